namespace MoDomain.Interop;

/// <summary>The JSON shape of a ladder rung.</summary>
internal sealed class FundingRungDto
{
    public string? Form { get; set; }

    public string? Policy { get; set; }

    public TextDto? Rationale { get; set; }

    public string? Source { get; set; }
}
