using System.Collections.Generic;

namespace MoDomain.Interop;

/// <summary>The JSON shape of an objective profile (contract version 1). Null means "absent".</summary>
internal sealed class ObjectiveProfileDto
{
    public int? SchemaVersion { get; set; }

    public string? Organisation { get; set; }

    public List<ObjectivePursuitDto?>? Objectives { get; set; }
}
