using System.Collections.Generic;

namespace MoDomain.Interop;

/// <summary>The JSON shape of a function evidence collection: <c>{ "schemaVersion": 2, "functionEvidenceProfiles": [ … ] }</c>.</summary>
internal sealed class FunctionEvidenceProfileCollectionDto
{
    public int? SchemaVersion { get; set; }

    public List<FunctionEvidenceProfileDto>? FunctionEvidenceProfiles { get; set; }
}
