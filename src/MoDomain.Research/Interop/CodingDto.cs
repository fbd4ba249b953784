namespace MoDomain.Interop;

/// <summary>The JSON shape of a coding.</summary>
internal sealed class CodingDto
{
    public string? Document { get; set; }

    public int? Start { get; set; }

    public int? End { get; set; }

    public string? Code { get; set; }

    public string? Coder { get; set; }

    public string? Memo { get; set; }
}
