using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace MoDomain.Interop;

/// <summary>
/// The JSON shape of a record collection: <c>{ "schemaVersion": 2, "cooperationRecords": [ … ] }</c>; documents of
/// schemaVersion 1 name the array <c>records</c>.
/// </summary>
internal sealed class CooperationRecordCollectionDto
{
    public int? SchemaVersion { get; set; }

    [Description("The records (schemaVersion 2 and later).")]
    public List<CooperationRecordDto>? CooperationRecords { get; set; }

    [Obsolete("Read only from documents with schemaVersion 1; since schemaVersion 2 the array is 'cooperationRecords'.")]
    [Description("The schemaVersion 1 name of 'cooperationRecords'; accepted only in documents that declare \"schemaVersion\": 1.")]
    public List<CooperationRecordDto>? Records { get; set; }
}
