using System.Collections.Generic;

namespace MoDomain.Interop;

/// <summary>The JSON shape of a record collection: <c>{ "schemaVersion": 1, "records": [ … ] }</c>.</summary>
internal sealed class CooperationRecordCollectionDto
{
    public int? SchemaVersion { get; set; }

    public List<CooperationRecordDto>? Records { get; set; }
}
