using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Definitions;
using MoDomain.Funding;
using MoDomain.Rules;
using NodaTime;

namespace MoDomain.Tests.Funding;

/// <summary>A generated funding case as plain slots, so that it can be masked (facts made unknown) and refined.</summary>
public sealed record FundingSpec(
    LocalDate AsOf,
    Fact<LegalForm> LegalForm,
    Fact<NonProfitStatus> NonProfit,
    Fact<Staffing> Staffing,
    Fact<LegalPersonKind> Kind,
    Fact<bool> Paid,
    Fact<bool> Beyond,
    Fact<LocalDate> SuccessSince,
    Fact<bool> Works,
    Fact<LocalDate> YouthStart,
    Fact<bool> Professional,
    Fact<bool> BasicLaw,
    Fact<bool> Intercultural,
    Fact<bool> Trust,
    Fact<bool> Resources,
    Fact<LocalDate> Founding)
{
    public const int SlotCount = 15;

    public FundingSpec Mask(Func<int, bool> keep) => this with
    {
        LegalForm = keep(0) ? LegalForm : default,
        NonProfit = keep(1) ? NonProfit : default,
        Staffing = keep(2) ? Staffing : default,
        Kind = keep(3) ? Kind : default,
        Paid = keep(4) ? Paid : default,
        Beyond = keep(5) ? Beyond : default,
        SuccessSince = keep(6) ? SuccessSince : default,
        Works = keep(7) ? Works : default,
        YouthStart = keep(8) ? YouthStart : default,
        Professional = keep(9) ? Professional : default,
        BasicLaw = keep(10) ? BasicLaw : default,
        Intercultural = keep(11) ? Intercultural : default,
        Trust = keep(12) ? Trust : default,
        Resources = keep(13) ? Resources : default,
        Founding = keep(14) ? Founding : default,
    };

    public FundingCase Build() => new(
        new OrganisationProfile("Generated e.V.", AsOf, legalForm: LegalForm, nonProfitStatus: NonProfit, staffing: Staffing, foundingDate: Founding),
        Kind, Paid, Beyond, SuccessSince, Works, YouthStart, Professional, BasicLaw, Intercultural, Trust, Resources);
}

/// <summary>A coarse spec and a refinement of it (some unknown facts made known, none changed).</summary>
public sealed record FundingRefinement(FundingSpec Coarse, FundingSpec Fine, LocalDate At);

/// <summary>FsCheck generators for the funding area.</summary>
public static class FundingGenerators
{
    public static readonly int Runs = Generators.Scaled(400);

    private static readonly LocalDate Epoch = new(2000, 1, 1);

    public static Gen<LocalDate> AsOf { get; } = Gen.Choose(0, 9_000).Select(d => Epoch.PlusDays(d));

    /// <summary>A date on or before <paramref name="asOf"/>, weighted to 29 February and month ends.</summary>
    public static Gen<LocalDate> DateOnOrBefore(LocalDate asOf) => Gen.Frequency(
        (3, Gen.Choose(0, 7_000).Select(d => asOf.PlusDays(-d))),
        (1, Gen.Elements(1996, 2000, 2004, 2008, 2012, 2016, 2020, 2024).Select(y => new LocalDate(y, 2, 29)).Where(d => d <= asOf)),
        (1, Gen.Choose(0, 40).Select(y => new LocalDate(1990 + y, 2, 28)).Where(d => d <= asOf)));

    public static Gen<FundingSpec> FullSpec { get; } =
        from asOf in AsOf
        from legalForm in Generators.EnumValue<LegalForm>()
        from nonProfit in Generators.EnumValue<NonProfitStatus>()
        from staffing in Generators.EnumValue<Staffing>()
        from kind in Gen.Frequency((4, Gen.Constant(LegalPersonKind.Association)), (3, Generators.EnumValue<LegalPersonKind>()))
        from beyond in Gen.Elements(true, false)
        from success in DateOnOrBefore(asOf)
        from hasYouth in Gen.Elements(true, true, false)
        from youthStart in DateOnOrBefore(asOf)
        from prof in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from basic in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from inter in Gen.Elements(true, false)
        from trust in Gen.Elements(true, false)
        from res in Gen.Elements(true, false)
        from founding in Gen.Choose(0, 20_000).Select(d => asOf.PlusDays(-d))
        select new FundingSpec(asOf, kind == LegalPersonKind.Individual ? LegalForm.Other : legalForm, nonProfit, staffing, kind, staffing != Staffing.VolunteerOnly, beyond, success,
            hasYouth, hasYouth ? new Fact<LocalDate>(youthStart) : default, prof, basic, inter, trust, res, founding);

    public static Gen<bool[]> MaskOf(int knownWeight) =>
        Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(false)), (knownWeight, Gen.Constant(true))), FundingSpec.SlotCount);

    /// <summary>Specs with some facts unknown.</summary>
    public static Gen<FundingSpec> Spec { get; } =
        from full in FullSpec
        from mask in MaskOf(2)
        select full.Mask(i => mask[i]);

    /// <summary>An evaluation date around the spec's date (before, at, and up to ten years after).</summary>
    public static Gen<LocalDate> DateAround(LocalDate asOf) => Gen.Choose(-1_500, 4_000).Select(d => asOf.PlusDays(d));

    public static Gen<(FundingSpec Spec, LocalDate At)> SpecAtDate { get; } =
        from spec in Spec
        from at in DateAround(spec.AsOf)
        select (spec, at);

    public static Arbitrary<(FundingSpec Spec, LocalDate At)> SpecAtDateArb { get; } = SpecAtDate.ToArbitrary();

    public static Arbitrary<FundingRefinement> RefinementArb { get; } = (
        from full in FullSpec
        from coarse in MaskOf(1)
        from extra in MaskOf(1)
        from at in DateAround(full.AsOf)
        select new FundingRefinement(full.Mask(i => coarse[i]), full.Mask(i => coarse[i] || extra[i]), at)).ToArbitrary();

    /// <summary>Every requirement whose outcome can depend on the date, with a spread of parameters.</summary>
    public static IReadOnlyList<FundingRequirement> TimeBasedRequirements { get; } =
    [
        FundingRequirement.DemonstrableSuccess(0),
        FundingRequirement.DemonstrableSuccess(1),
        FundingRequirement.DemonstrableSuccess(3),
        FundingRequirement.DemonstrableSuccess(4),
        FundingRequirement.DemonstrableSuccess(10),
        FundingRequirement.YouthWelfareRecognition(RecognitionStatus.MayBeRecognised),
        FundingRequirement.YouthWelfareRecognition(RecognitionStatus.Entitled),
        FundingRequirement.YouthWelfareRecognition(RecognitionStatus.Entitled, [FunderKind.MunicipalYouthEducationDepartment]),
        FundingRequirement.YouthWelfareRecognition(RecognitionStatus.Entitled, null, Truth.Yes),
    ];

    public static Gen<FundingAward> Award { get; } =
        from form in Generators.EnumValue<FundingForm>()
        from funder in Generators.EnumValue<FunderKind>()
        from start in Gen.Choose(0, 3_000).Select(d => Epoch.PlusDays(d))
        from length in Gen.Choose(0, 1_500)
        from open in Gen.Elements(false, false, true)
        from amount in Gen.Frequency(
            (1, Gen.Constant<FundingAmount?>(null)),
            (3, from v in Gen.Choose(0, 1_000_000) from c in Gen.Elements("EUR", "EUR", "USD") select (FundingAmount?)new FundingAmount(v / 100m, c)))
        select new FundingAward(form, funder, start,
            open && !FundingVocabulary.TraitsOf(form).TimeLimited.IsYes ? null : start.PlusDays(length), amount);

    /// <summary>A random custom policy built from the requirement kinds.</summary>
    public static Gen<FundingPolicy> Policy { get; } =
        from kinds in Gen.SubListOf(Enum.GetValues<FundingRequirementKind>()).Where(l => l.Count > 0)
        from years in Gen.Choose(0, 12)
        from minimum in Gen.Elements(RecognitionStatus.MayBeRecognised, RecognitionStatus.Entitled, RecognitionStatus.RecognisedByLaw)
        from funders in Gen.SubListOf(Enum.GetValues<FunderKind>())
        from subdivisions in Generators.TruthValue
        from id in Generators.ValidId
        select new FundingPolicy(id, new MoDomain.Vocabulary.LocalizedText("Guideline „Vielfalt“", "Förderrichtlinie „Vielfalt“ (Ü)"), "Musterstadt Förderrichtlinie 2026",
            kinds.Select(k => k switch
            {
                FundingRequirementKind.DemonstrableSuccess => FundingRequirement.DemonstrableSuccess(years),
                FundingRequirementKind.YouthWelfareRecognition => FundingRequirement.YouthWelfareRecognition(minimum, funders, subdivisions),
                _ => FundingRequirement.Of(k),
            }));

    /// <summary>A random custom ladder: a non-empty subset of the forms in random order.</summary>
    public static Gen<FundingLadder> Ladder { get; } =
        from forms in Gen.Shuffle(Enum.GetValues<FundingForm>()).SelectMany(s => Gen.Choose(1, s.Length).Select(n => s.Take(n).ToArray()))
        from policies in Gen.ArrayOf(Gen.Elements<string?>(null, "institutional-funding", "project-eligibility", "my-guideline"), forms.Length)
        from id in Generators.ValidId
        select new FundingLadder(id, new MoDomain.Vocabulary.LocalizedText("Custom ladder", "Eigene Leiter"),
            forms.Select((f, i) => new FundingRung(f, policies[i], new MoDomain.Vocabulary.LocalizedText($"Rung {i}", $"Stufe {i} „ä“"), "Musterstadt")));
}
