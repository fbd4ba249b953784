using System.Collections.Generic;
using System.ComponentModel;
using NodaTime;

namespace MoDomain.Interop;

/// <summary>The JSON shape of a funding case: a profile plus funding facts and awards. Null means unknown.</summary>
internal sealed class FundingCaseDto
{
    public int? SchemaVersion { get; set; }

    public ProfileDto? Profile { get; set; }

    public string? LegalPersonKind { get; set; }

    public bool? PaidStructures { get; set; }

    public bool? OffersBeyondOwnCommunity { get; set; }

    public LocalDate? SuccessRecordSince { get; set; }

    public bool? WorksInYouthWelfare { get; set; }

    public LocalDate? YouthWelfareStart { get; set; }

    public bool? ProfessionalPrerequisites { get; set; }

    public bool? ConduciveToBasicLaw { get; set; }

    public bool? PartnerInterculturalStaff { get; set; }

    public bool? TrustBuilding { get; set; }

    public bool? ResourcesProvided { get; set; }

    public List<FundingAwardDto?>? Awards { get; set; }

    [Description("The caller's own facts by fact id (kebab-case): a text value, or null for a fact known to be asked but unknown. Read by custom requirements.")]
    public Dictionary<string, string?>? CallerFacts { get; set; }
}
