using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace MoDomain.Interop;

/// <summary>
/// The source-generated serializer context for every JSON contract of MoDomain (no reflection; trimming- and
/// AOT-safe). camelCase names, unknown members rejected, absent values omitted on write.
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
[JsonSerializable(typeof(ProfileDto))]
[JsonSerializable(typeof(List<ProfileDto>))]
[JsonSerializable(typeof(ProfileCollectionDto))]
[JsonSerializable(typeof(ReportCollectionDto))]
internal sealed partial class MoDomainJsonContext : JsonSerializerContext
{
}
