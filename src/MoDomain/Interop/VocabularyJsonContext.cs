using System.Text.Json.Serialization;

namespace MoDomain.Interop;

/// <summary>
/// The source-generated serializer context for the plain vocabulary contract, with the options of the other MoDomain
/// contexts (camelCase, unknown members rejected, indented).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(VocabularyDocumentDto))]
internal sealed partial class VocabularyJsonContext : JsonSerializerContext
{
}
