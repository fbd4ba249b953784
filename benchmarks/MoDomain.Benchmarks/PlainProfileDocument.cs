using System.Collections.Generic;

namespace MoDomain.Benchmarks;

/// <summary>The profile collection document as a plain DTO (baseline of <see cref="JsonReadBenchmarks"/>).</summary>
public sealed class PlainProfileDocument
{
    public int? SchemaVersion { get; set; }
    public List<PlainProfile>? Profiles { get; set; }
}
