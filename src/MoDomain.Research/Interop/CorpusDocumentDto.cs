using System.Collections.Generic;

namespace MoDomain.Interop;

/// <summary>The JSON shape of a corpus document with its attributes.</summary>
internal sealed class CorpusDocumentDto
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Text { get; set; }

    public string? Perspective { get; set; }

    public string? AdministrativeRole { get; set; }

    public string? Organisation { get; set; }

    public string? InterviewDate { get; set; }

    public string? Language { get; set; }

    public string? Speaker { get; set; }

    public string? SpeakerName { get; set; }

    public List<VariableDto?>? Variables { get; set; }
}
