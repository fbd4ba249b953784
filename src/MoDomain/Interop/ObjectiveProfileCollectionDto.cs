using System.Collections.Generic;

namespace MoDomain.Interop;

/// <summary>The JSON shape of an objective profile collection: <c>{ "schemaVersion": 2, "objectiveProfiles": [ … ] }</c>.</summary>
internal sealed class ObjectiveProfileCollectionDto
{
    public int? SchemaVersion { get; set; }

    public List<ObjectiveProfileDto>? ObjectiveProfiles { get; set; }
}
