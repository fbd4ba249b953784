using System.Collections.Generic;

namespace MoDomain.Interop;

/// <summary>The JSON shape of a classification report document.</summary>
internal sealed class ReportCollectionDto
{
    public int SchemaVersion { get; set; }

    public List<ReportDto> Reports { get; set; } = [];
}
