using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace MoDomain.Interop;

/// <summary>The source-generated serializer context of the funding JSON contract (trimming- and AOT-safe).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    NumberHandling = JsonNumberHandling.Strict,
    Converters = [typeof(LocalDateJsonConverter)])]
[JsonSerializable(typeof(FundingPolicyDto))]
[JsonSerializable(typeof(List<FundingPolicyDto>))]
[JsonSerializable(typeof(FundingPolicyCollectionDto))]
[JsonSerializable(typeof(FundingLadderDto))]
[JsonSerializable(typeof(FundingCaseDto))]
[JsonSerializable(typeof(List<FundingCaseDto>))]
[JsonSerializable(typeof(FundingCaseCollectionDto))]
internal sealed partial class FundingJsonContext : JsonSerializerContext
{
}
