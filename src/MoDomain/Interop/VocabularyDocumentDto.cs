using System.Collections.Generic;

namespace MoDomain.Interop;

/// <summary>The JSON shape of a vocabulary (concept scheme) document.</summary>
internal sealed class VocabularyDocumentDto
{
    public int SchemaVersion { get; set; }

    public string Id { get; set; } = "";

    public TextDto Label { get; set; } = new();

    public string Source { get; set; } = "";

    public List<VocabularyConceptDto> Concepts { get; set; } = [];
}
