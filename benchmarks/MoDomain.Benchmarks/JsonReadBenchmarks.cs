using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using MoDomain.Interop;

namespace MoDomain.Benchmarks;

/// <summary>
/// Reading 10,000 organisation profiles: MoDomain's reader (duplicate-key and Unicode pre-pass, source-generated
/// deserialisation, id and range validation with JSON paths, immutable domain objects) against raw System.Text.Json on
/// plain DTOs with no validation at all.
/// </summary>
[MemoryDiagnoser]
public class JsonReadBenchmarks
{
    private byte[] document = [];

    [Params(10_000)]
    public int Profiles { get; set; }

    [GlobalSetup]
    public void Setup() => document = System.Text.Encoding.UTF8.GetBytes(MoDomainJson.SerializeProfiles(ProfileGenerator.Generate(Profiles)));

    [Benchmark(Baseline = true, Description = "raw System.Text.Json, plain DTOs")]
    public int Raw() => JsonSerializer.Deserialize(document, PlainJsonContext.Default.PlainProfileDocument)!.Profiles!.Count;

    [Benchmark(Description = "MoDomainJson.ReadProfiles (validated domain objects)")]
    public int MoDomain()
    {
        using var stream = new MemoryStream(document, writable: false);
        return MoDomainJson.ReadProfiles(stream).Length;
    }
}
