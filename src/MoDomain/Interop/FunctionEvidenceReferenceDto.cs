using NodaTime;

namespace MoDomain.Interop;

/// <summary>The JSON shape of an evidence reference (contract version 1).</summary>
internal sealed class FunctionEvidenceReferenceDto
{
    public string? DocumentId { get; set; }

    public string? SegmentId { get; set; }

    public string? Note { get; set; }

    public LocalDate? Date { get; set; }
}
