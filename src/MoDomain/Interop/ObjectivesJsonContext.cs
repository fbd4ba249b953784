using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace MoDomain.Interop;

/// <summary>
/// The source-generated serializer context for the objective-profile contract (Preißler's matrix), with the same
/// options as <see cref="MoDomainJsonContext"/>: camelCase names, unknown members rejected, absent values omitted on
/// write, strict numbers, no comments or trailing commas.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(ObjectiveProfileDto))]
[JsonSerializable(typeof(List<ObjectiveProfileDto>))]
[JsonSerializable(typeof(ObjectiveProfileCollectionDto))]
internal sealed partial class ObjectivesJsonContext : JsonSerializerContext
{
}
