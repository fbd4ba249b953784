using System.Collections.Generic;
using NodaTime;

namespace MoDomain.Interop;

/// <summary>The JSON shape of an organisation profile (contract version 1). Null means "absent", which reads as unknown.</summary>
internal sealed class ProfileDto
{
    public int? SchemaVersion { get; set; }

    [System.ComponentModel.Description("The organisation's stable id (kebab-case), unique within a document; other documents link to the organisation by it. When absent it is generated from the name (see OrganisationIds). Added in MoDomain 2.0.")]
    [System.ComponentModel.DataAnnotations.RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public string? Id { get; set; }

    public string? Name { get; set; }

    public LocalDate? AsOf { get; set; }

    public string? LegalForm { get; set; }

    public string? NonProfitStatus { get; set; }

    public LocalDate? FoundingDate { get; set; }

    public bool? FoundedByMigrants { get; set; }

    public double? CarrierMigrantShare { get; set; }

    public double? MemberMigrantShare { get; set; }

    public string? MigrantRoleInStructures { get; set; }

    public List<string?>? MigrationReferences { get; set; }

    public List<string?>? Purposes { get; set; }

    public string? SelfIdentification { get; set; }

    public List<string?>? Kinds { get; set; }

    public List<string?>? UmbrellaMemberships { get; set; }

    public List<string?>? Orientations { get; set; }

    public string? Staffing { get; set; }

    public bool? OwnPremises { get; set; }

    public bool? OfficeWithSetHours { get; set; }

    public string? GeographicScale { get; set; }
}
