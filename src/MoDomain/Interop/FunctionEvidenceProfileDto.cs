using System.Collections.Generic;

namespace MoDomain.Interop;

/// <summary>The JSON shape of a function evidence document (contract version 1). Null means "absent".</summary>
internal sealed class FunctionEvidenceProfileDto
{
    public int? SchemaVersion { get; set; }

    public string? Organisation { get; set; }

    public List<FunctionEvidenceItemDto?>? Evidence { get; set; }
}
