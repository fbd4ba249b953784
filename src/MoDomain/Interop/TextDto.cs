namespace MoDomain.Interop;

/// <summary>The JSON shape of a text in two languages.</summary>
internal sealed class TextDto
{
    public string En { get; set; } = "";

    public string De { get; set; } = "";
}
