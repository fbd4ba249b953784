namespace MoDomain.Interop;

/// <summary>The JSON shape of one concept of a vocabulary document.</summary>
internal sealed class VocabularyConceptDto
{
    public string Id { get; set; } = "";

    public TextDto Label { get; set; } = new();

    public string Description { get; set; } = "";

    public string Source { get; set; } = "";
}
