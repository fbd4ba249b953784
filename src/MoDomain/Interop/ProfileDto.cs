using System.Collections.Generic;
using MoDomain.Definitions;
using NodaTime;

namespace MoDomain.Interop;

/// <summary>The JSON shape of an organisation profile (contract version 1). Null means "absent", which reads as unknown.</summary>
internal sealed class ProfileDto
{
    public int? SchemaVersion { get; set; }

    [System.ComponentModel.Description("The organisation's stable id (kebab-case), unique within a document; other documents link to the organisation by it. When absent it is generated from the name (see OrganisationIds). Added in MoDomain 2.0.")]
    [System.ComponentModel.DataAnnotations.RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public string? Id { get; set; }

    [JsonSchemaRule(Required = true, NotBlank = true)]
    public string? Name { get; set; }

    [JsonSchemaRule(Required = true)]
    public LocalDate? AsOf { get; set; }

    [JsonSchemaRule(IdsOf = typeof(DefinitionsVocabulary), IdsMember = nameof(DefinitionsVocabulary.LegalForms))]
    public string? LegalForm { get; set; }

    [JsonSchemaRule(IdsOf = typeof(DefinitionsVocabulary), IdsMember = nameof(DefinitionsVocabulary.NonProfitStatuses))]
    public string? NonProfitStatus { get; set; }

    public LocalDate? FoundingDate { get; set; }

    public bool? FoundedByMigrants { get; set; }

    [JsonSchemaRule(Minimum = 0.0, Maximum = 1.0)]
    public double? CarrierMigrantShare { get; set; }

    [JsonSchemaRule(Minimum = 0.0, Maximum = 1.0)]
    public double? MemberMigrantShare { get; set; }

    [JsonSchemaRule(IdsOf = typeof(DefinitionsVocabulary), IdsMember = nameof(DefinitionsVocabulary.InternalRoles))]
    public string? MigrantRoleInStructures { get; set; }

    [JsonSchemaRule(IdsOf = typeof(DefinitionsVocabulary), IdsMember = nameof(DefinitionsVocabulary.MigrationReferences))]
    public List<string?>? MigrationReferences { get; set; }

    [JsonSchemaRule(IdsOf = typeof(DefinitionsVocabulary), IdsMember = nameof(DefinitionsVocabulary.Purposes))]
    public List<string?>? Purposes { get; set; }

    [JsonSchemaRule(IdsOf = typeof(DefinitionsVocabulary), IdsMember = nameof(DefinitionsVocabulary.SelfIdentifications))]
    public string? SelfIdentification { get; set; }

    [JsonSchemaRule(IdsOf = typeof(DefinitionsVocabulary), IdsMember = nameof(DefinitionsVocabulary.OrganisationKinds))]
    public List<string?>? Kinds { get; set; }

    [JsonSchemaRule(NotBlankItems = true)]
    public List<string?>? UmbrellaMemberships { get; set; }

    [JsonSchemaRule(IdsOf = typeof(DefinitionsVocabulary), IdsMember = nameof(DefinitionsVocabulary.Orientations))]
    public List<string?>? Orientations { get; set; }

    [JsonSchemaRule(IdsOf = typeof(DefinitionsVocabulary), IdsMember = nameof(DefinitionsVocabulary.Staffing))]
    public string? Staffing { get; set; }

    public bool? OwnPremises { get; set; }

    public bool? OfficeWithSetHours { get; set; }

    [JsonSchemaRule(IdsOf = typeof(DefinitionsVocabulary), IdsMember = nameof(DefinitionsVocabulary.GeographicScales))]
    public string? GeographicScale { get; set; }
}
