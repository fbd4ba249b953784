using MoDomain.Definitions;
using MoDomain.Funding;
using MoDomain.Rules;
using MoDomain.Vocabulary;
using NodaTime;

namespace MoDomain.Tests.Funding;

/// <summary>Small builders shared by the funding mutant tests.</summary>
internal static class Fixtures
{
    public static readonly LocalDate AsOf = new(2024, 6, 1);

    public static readonly LocalDate YouthStart = new(2020, 1, 1);

    /// <summary>Three years after <see cref="YouthStart"/>.</summary>
    public static readonly LocalDate EntitledOn = new(2023, 1, 1);

    public static readonly LocalizedText Label = new("Label", "Bezeichnung");

    public static OrganisationProfile Profile(Fact<LegalForm> legalForm = default, Fact<Staffing> staffing = default, Fact<NonProfitStatus> nonProfit = default) =>
        new("Musterverein e.V.", AsOf, legalForm: legalForm, nonProfitStatus: nonProfit, staffing: staffing);

    public static FundingSubject Subject(FundingCase @case, LocalDate? at = null) => new(@case, at ?? AsOf);

    /// <summary>A case that meets every § 75 Abs. 1 precondition except what the arguments leave open.</summary>
    public static FundingCase Youth(Fact<LegalPersonKind> kind, Fact<bool> works = default, Fact<LocalDate> start = default) =>
        new(Profile(LegalForm.RegisteredAssociation, nonProfit: NonProfitStatus.Recognised), kind,
            worksInYouthWelfare: works, youthWelfareStart: start, professionalPrerequisites: true, conduciveToBasicLaw: true);

    /// <summary>A policy with the single requirement trust-building.</summary>
    public static FundingPolicy OnlyTrust { get; } = new("only-trust", new LocalizedText("Trust", "Vertrauen"), "test", [FundingRequirement.Of(FundingRequirementKind.TrustBuilding)]);

    public static FundingCase Trust(Fact<bool> trust) => new(Profile(), trustBuilding: trust);

    public static FundingRung Rung(FundingForm form, string? policyId = null) => new(form, policyId, new LocalizedText("Why", "Warum"), "test");
}
