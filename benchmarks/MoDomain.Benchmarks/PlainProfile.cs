using System.Collections.Generic;

namespace MoDomain.Benchmarks;

/// <summary>The profile contract as a plain DTO with no validation, no ids checked and dates as strings: what raw
/// System.Text.Json deserialisation costs, the baseline of <see cref="JsonReadBenchmarks"/>.</summary>
public sealed class PlainProfile
{
    public int? SchemaVersion { get; set; }
    public string? Name { get; set; }
    public string? AsOf { get; set; }
    public string? LegalForm { get; set; }
    public string? NonProfitStatus { get; set; }
    public string? FoundingDate { get; set; }
    public bool? FoundedByMigrants { get; set; }
    public double? CarrierMigrantShare { get; set; }
    public double? MemberMigrantShare { get; set; }
    public string? MigrantRoleInStructures { get; set; }
    public List<string>? MigrationReferences { get; set; }
    public List<string>? Purposes { get; set; }
    public string? SelfIdentification { get; set; }
    public List<string>? Kinds { get; set; }
    public List<string>? UmbrellaMemberships { get; set; }
    public List<string>? Orientations { get; set; }
    public string? Staffing { get; set; }
    public bool? OwnPremises { get; set; }
    public bool? OfficeWithSetHours { get; set; }
    public string? GeographicScale { get; set; }
}
