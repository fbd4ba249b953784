namespace MoDomain.Interop;

/// <summary>The JSON shape of a code.</summary>
internal sealed class CodeDto
{
    public string? Id { get; set; }

    public string? Guid { get; set; }

    public TextDto? Label { get; set; }

    public string? Description { get; set; }

    public string? Parent { get; set; }

    public string? Colour { get; set; }

    public string? Source { get; set; }

    public bool? Codable { get; set; }
}
