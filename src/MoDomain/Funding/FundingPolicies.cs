using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using MoDomain.Internal;
using MoDomain.Rules;
using MoDomain.Vocabulary;

namespace MoDomain.Funding;

/// <summary>The built-in funding policies and a lookup by id.</summary>
/// <remarks>Interpretive parameters (see docs/funding.md): the years of demonstrable success (default
/// <see cref="FundingRequirement.DefaultSuccessYears"/>), the § 75 status institutional youth funding needs (default
/// entitled), which funders need it (default the youth/education department), whether free-welfare subdivisions are
/// recognised by law (default unknown), and the two lower-rung policies of the default ladder.</remarks>
public static class FundingPolicies
{
    /// <summary>The id of the institutional funding policy.</summary>
    public const string InstitutionalFundingId = "institutional-funding";

    /// <summary>The id of the § 75 SGB VIII recognition policy.</summary>
    public const string YouthWelfareRecognitionId = "youth-welfare-recognition";

    /// <summary>The id of the labour-market cooperation readiness policy.</summary>
    public const string LabourMarketCooperationReadinessId = "labour-market-cooperation-readiness";

    /// <summary>The id of the (interpretive) policy of the project rungs of the default ladder.</summary>
    public const string ProjectEligibilityId = "project-eligibility";

    /// <summary>The id of the (interpretive) policy of the structural rungs of the default ladder.</summary>
    public const string StructuralEligibilityId = "structural-eligibility";

    /// <summary>Gets the institutional funding policy with default parameters (Qualitätszirkel 2023): paid structures,
    /// offers beyond the own community, demonstrable success for 3 years, and — when the youth/education department
    /// funds — entitlement to recognition as a youth-welfare provider.</summary>
    public static FundingPolicy InstitutionalFunding { get; } = CreateInstitutionalFunding();

    /// <summary>Gets the § 75 SGB VIII policy: eligible when the organisation may be recognised at all (status may-be-recognised,
    /// entitled or recognised-by-law); <see cref="EligibilityResult.YouthWelfareStatus"/> gives the five-valued status.</summary>
    public static FundingPolicy YouthWelfareRecognition { get; } = new(
        YouthWelfareRecognitionId,
        new LocalizedText("Recognition as a free youth-welfare provider (§ 75 SGB VIII)", "Anerkennung als Träger der freien Jugendhilfe (§ 75 SGB VIII)"),
        FundingSourceKeys.SgbVIII75,
        [FundingRequirement.YouthWelfareRecognition(RecognitionStatus.MayBeRecognised)]);

    /// <summary>Gets the labour-market cooperation readiness policy (IQ Fach-AG MO 2013): paid structures in the MO,
    /// intercultural staff in the regular institution, trust-building measures, and money or equipment provided (the
    /// deciding factor; interpretive as a requirement).</summary>
    public static FundingPolicy LabourMarketCooperationReadiness { get; } = new(
        LabourMarketCooperationReadinessId,
        new LocalizedText("Readiness for cooperation with labour-market institutions", "Voraussetzungen für die Zusammenarbeit mit Arbeitsmarktakteuren"),
        SourceKeys.IqFachAgMo2013,
        [
            FundingRequirement.Of(FundingRequirementKind.PaidStructures),
            FundingRequirement.Of(FundingRequirementKind.InterculturalStaff),
            FundingRequirement.Of(FundingRequirementKind.TrustBuilding),
            FundingRequirement.Of(FundingRequirementKind.ResourcesProvided),
        ]);

    /// <summary>Gets the interpretive policy of the project rungs of the default ladder: a legal person with recognised non-profit status.</summary>
    public static FundingPolicy ProjectEligibility { get; } = new(
        ProjectEligibilityId,
        new LocalizedText("Eligibility for project funding (interpretive)", "Projektförderfähigkeit (interpretativ)"),
        SourceKeys.Interpretive,
        [FundingRequirement.Of(FundingRequirementKind.LegalPerson), FundingRequirement.Of(FundingRequirementKind.RecognisedNonProfit)]);

    /// <summary>Gets the interpretive policy of the structural rungs of the default ladder: project eligibility plus paid structures.</summary>
    public static FundingPolicy StructuralEligibility { get; } = new(
        StructuralEligibilityId,
        new LocalizedText("Eligibility for structural funding (interpretive)", "Strukturförderfähigkeit (interpretativ)"),
        SourceKeys.Interpretive,
        [
            FundingRequirement.Of(FundingRequirementKind.LegalPerson),
            FundingRequirement.Of(FundingRequirementKind.RecognisedNonProfit),
            FundingRequirement.Of(FundingRequirementKind.PaidStructures),
        ]);

    /// <summary>Gets every built-in policy.</summary>
    public static ImmutableArray<FundingPolicy> All { get; } =
        [InstitutionalFunding, YouthWelfareRecognition, LabourMarketCooperationReadiness, ProjectEligibility, StructuralEligibility];

    /// <summary>Creates the institutional funding policy with other parameters.</summary>
    /// <param name="minimumSuccessYears">Years of demonstrable success (default 3, interpretive).</param>
    /// <param name="minimumRecognition">The § 75 status needed when a listed funder funds (default entitled).</param>
    /// <param name="recognitionFunders">The funders that need it; <see langword="null"/> = the youth/education department.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public static FundingPolicy CreateInstitutionalFunding(
        int minimumSuccessYears = FundingRequirement.DefaultSuccessYears,
        RecognitionStatus minimumRecognition = RecognitionStatus.Entitled,
        IEnumerable<FunderKind>? recognitionFunders = null) => new(
        InstitutionalFundingId,
        new LocalizedText("Institutional funding", "Institutionelle Förderung"),
        SourceKeys.Qualitaetszirkel2023,
        [
            FundingRequirement.Of(FundingRequirementKind.PaidStructures),
            FundingRequirement.Of(FundingRequirementKind.OffersBeyondOwnCommunity),
            FundingRequirement.DemonstrableSuccess(minimumSuccessYears),
            FundingRequirement.YouthWelfareRecognition(minimumRecognition, recognitionFunders ?? [FunderKind.MunicipalYouthEducationDepartment]),
        ]);

    /// <summary>Looks up a built-in policy.</summary>
    /// <param name="id">The id.</param>
    /// <param name="policy">The policy, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public static bool TryGet(string? id, [NotNullWhen(true)] out FundingPolicy? policy)
    {
        policy = All.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));
        return policy is not null;
    }

    /// <summary>Returns a built-in policy.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No built-in policy has the id (the message suggests close ids).</exception>
    public static FundingPolicy Get(string id)
    {
        Guard.Against.Null(id);
        if (TryGet(id, out var policy))
        {
            return policy;
        }
        string hint = IdSuggestions.Text(IdSuggestions.Suggest(id, All.Select(p => p.Id)));
        throw new KeyNotFoundException($"No built-in funding policy has the id '{id}'; {hint} Known: {string.Join(", ", All.Select(p => p.Id))}.");
    }
}
