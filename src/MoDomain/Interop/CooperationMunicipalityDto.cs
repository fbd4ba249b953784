using System.Collections.Generic;

namespace MoDomain.Interop;

/// <summary>The JSON shape of a municipality's cooperation: <c>{ "schemaVersion": 2, "name": "…", "setUp": { … }, "records": [ … ] }</c>.</summary>
internal sealed class CooperationMunicipalityDto
{
    public int? SchemaVersion { get; set; }

    public string? Name { get; set; }

    public CooperationSetUpDto? SetUp { get; set; }

    public List<CooperationRecordDto>? Records { get; set; }
}
