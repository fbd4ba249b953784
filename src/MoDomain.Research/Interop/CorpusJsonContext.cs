using System.Text.Json.Serialization;

namespace MoDomain.Interop;

/// <summary>
/// The source-generated serializer context of the corpus and codebook contracts, with the conventions of the other
/// MoDomain contexts: camelCase, unknown members rejected, absent values omitted, strict numbers.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(CorpusDto))]
[JsonSerializable(typeof(CodebookDto))]
internal sealed partial class CorpusJsonContext : JsonSerializerContext
{
}
