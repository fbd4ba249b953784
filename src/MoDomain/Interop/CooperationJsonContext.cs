using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace MoDomain.Interop;

/// <summary>
/// The source-generated serializer context for the cooperation contract (records and a municipality's cooperation),
/// with the options of <see cref="MoDomainJsonContext"/>: camelCase names, unknown members rejected, absent values
/// omitted on write, strict numbers, no comments or trailing commas, ISO dates.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [typeof(LocalDateJsonConverter)])]
[JsonSerializable(typeof(CooperationMunicipalityDto))]
[JsonSerializable(typeof(CooperationRecordCollectionDto))]
[JsonSerializable(typeof(List<CooperationRecordDto>))]
internal sealed partial class CooperationJsonContext : JsonSerializerContext
{
}
