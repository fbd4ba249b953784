namespace MoDomain.Interop;

/// <summary>The JSON shape of one pursued objective inside an objective profile (contract version 1).</summary>
internal sealed class ObjectivePursuitDto
{
    public string? Objective { get; set; }

    public double? Emphasis { get; set; }

    public string? Evidence { get; set; }
}
