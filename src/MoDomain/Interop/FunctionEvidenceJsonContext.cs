using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace MoDomain.Interop;

/// <summary>
/// The source-generated serializer context for the function evidence contract (MIKOSS 2022 functions and
/// perspectives), with the same options as <see cref="MoDomainJsonContext"/>: camelCase names, unknown members
/// rejected, absent values omitted on write, strict numbers, no comments or trailing commas, dates as <c>yyyy-MM-dd</c>.
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
[JsonSerializable(typeof(FunctionEvidenceProfileDto))]
[JsonSerializable(typeof(List<FunctionEvidenceProfileDto>))]
[JsonSerializable(typeof(FunctionEvidenceProfileCollectionDto))]
internal sealed partial class FunctionEvidenceJsonContext : JsonSerializerContext
{
}
