using System.Text.Json.Serialization;

namespace MoDomain.Benchmarks;

/// <summary>Source-generated context for the plain DTOs (camelCase, like MoDomain's contracts).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PlainProfileDocument))]
internal sealed partial class PlainJsonContext : JsonSerializerContext
{
}
