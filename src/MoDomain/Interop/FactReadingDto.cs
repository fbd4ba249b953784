namespace MoDomain.Interop;

/// <summary>The JSON shape of a fact as read by a rule; <see cref="Value"/> is absent when the fact is unknown.</summary>
internal sealed class FactReadingDto
{
    public string Id { get; set; } = "";

    public bool Known { get; set; }

    public string? Value { get; set; }
}
