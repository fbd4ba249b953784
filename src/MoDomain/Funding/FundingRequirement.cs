using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MoDomain.Definitions;
using MoDomain.Internal;
using MoDomain.Rules;
using MoDomain.Vocabulary;
using NodaTime;

namespace MoDomain.Funding;

/// <summary>
/// One named requirement of a <see cref="FundingPolicy"/>: a <see cref="FundingRequirementKind"/> with its parameters.
/// Its id is the kind's id. It evaluates through the shared rule mechanism (<see cref="Rule"/>).
/// </summary>
/// <remarks>Parameters: <see cref="MinimumYears"/> for <c>demonstrable-success</c>; <see cref="MinimumStatus"/>,
/// <see cref="OnlyForFunders"/> and <see cref="SubdivisionsRecognisedByLaw"/> for <c>youth-welfare-recognition</c>. Other
/// kinds have none. Time-based requirements (<see cref="IsTimeBased"/>) can say on which date they will first be met.</remarks>
public sealed class FundingRequirement : IEquatable<FundingRequirement>
{
    /// <summary>The default minimum number of years of demonstrable success (interpretive: "langjährig").</summary>
    public const int DefaultSuccessYears = 3;

    private FundingRequirement(FundingRequirementKind kind, int minimumYears, RecognitionStatus minimumStatus, ImmutableArray<FunderKind> onlyForFunders, Truth subdivisions)
    {
        Kind = kind;
        MinimumYears = minimumYears;
        MinimumStatus = minimumStatus;
        OnlyForFunders = onlyForFunders;
        SubdivisionsRecognisedByLaw = subdivisions;
        Rule = BuildRule();
    }

    /// <summary>Gets the kind.</summary>
    public FundingRequirementKind Kind { get; }

    /// <summary>Gets the id (the kind's id).</summary>
    public string Id => FundingVocabulary.RequirementKinds.IdOf(Kind);

    /// <summary>Gets the minimum years of demonstrable success (only for <c>demonstrable-success</c>; otherwise 0).</summary>
    public int MinimumYears { get; }

    /// <summary>Gets the minimum § 75 status (only for <c>youth-welfare-recognition</c>; otherwise <see cref="RecognitionStatus.NotApplicable"/>).</summary>
    public RecognitionStatus MinimumStatus { get; }

    /// <summary>Gets the funders for which a <c>youth-welfare-recognition</c> requirement applies; empty = always.</summary>
    /// <remarks>Each funder appears once, in the declaration order of <see cref="FunderKind"/>, whatever order and repeats
    /// were given; equality of requirements relies on this.</remarks>
    public ImmutableArray<FunderKind> OnlyForFunders { get; }

    /// <summary>Gets whether Land and local subdivisions of the federal free-welfare associations are recognised by law
    /// (disputed, so <see cref="Truth.Unknown"/> by default; only for <c>youth-welfare-recognition</c>).</summary>
    public Truth SubdivisionsRecognisedByLaw { get; }

    /// <summary>Gets whether the requirement depends on the evaluation date.</summary>
    public bool IsTimeBased => Kind is FundingRequirementKind.DemonstrableSuccess
        || (Kind is FundingRequirementKind.YouthWelfareRecognition && MinimumStatus != RecognitionStatus.RecognisedByLaw);

    /// <summary>Gets the rule that decides the requirement.</summary>
    public Rule<FundingSubject> Rule { get; }

    /// <summary>Returns a requirement of a kind with its default parameters (3 years for <c>demonstrable-success</c>;
    /// <c>entitled</c>, all funders and disputed subdivisions for <c>youth-welfare-recognition</c>).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The requirement.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static FundingRequirement Of(FundingRequirementKind kind) => Preconditions.CheckDefined(kind) switch
    {
        FundingRequirementKind.DemonstrableSuccess => DemonstrableSuccess(DefaultSuccessYears),
        FundingRequirementKind.YouthWelfareRecognition => YouthWelfareRecognition(RecognitionStatus.Entitled),
        _ => new FundingRequirement(kind, 0, RecognitionStatus.NotApplicable, [], Truth.Unknown),
    };

    /// <summary>Returns a <c>demonstrable-success</c> requirement.</summary>
    /// <param name="minimumYears">The minimum number of whole years, zero or more.</param>
    /// <returns>The requirement.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumYears"/> is negative or above 200.</exception>
    public static FundingRequirement DemonstrableSuccess(int minimumYears)
    {
        if (minimumYears is < 0 or > 200)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumYears), minimumYears, "The minimum years must be between 0 and 200.");
        }
        return new FundingRequirement(FundingRequirementKind.DemonstrableSuccess, minimumYears, RecognitionStatus.NotApplicable, [], Truth.Unknown);
    }

    /// <summary>Returns a <c>youth-welfare-recognition</c> requirement.</summary>
    /// <param name="minimumStatus">The minimum status: may-be-recognised, entitled or recognised-by-law.</param>
    /// <param name="onlyForFunders">The funders for which it applies; <see langword="null"/> or empty = always.</param>
    /// <param name="subdivisionsRecognisedByLaw">Whether subdivisions of the federal free-welfare associations are recognised
    /// by law; default <see cref="Truth.Unknown"/> (disputed).</param>
    /// <returns>The requirement.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumStatus"/> is not one of the three, or a funder is not defined.</exception>
    public static FundingRequirement YouthWelfareRecognition(RecognitionStatus minimumStatus, IEnumerable<FunderKind>? onlyForFunders = null, Truth subdivisionsRecognisedByLaw = default)
    {
        if (minimumStatus is not (RecognitionStatus.MayBeRecognised or RecognitionStatus.Entitled or RecognitionStatus.RecognisedByLaw))
        {
            throw new ArgumentOutOfRangeException(nameof(minimumStatus), minimumStatus, "The minimum status must be may-be-recognised, entitled or recognised-by-law.");
        }
        var funders = (onlyForFunders ?? []).Select(f => Preconditions.CheckDefined(f, nameof(onlyForFunders))).Distinct().Order().ToImmutableArray();
        return new FundingRequirement(FundingRequirementKind.YouthWelfareRecognition, 0, minimumStatus, funders, subdivisionsRecognisedByLaw);
    }

    /// <summary>For a time-based requirement, returns the date from which it would hold if the other facts stay as they are
    /// (a candidate; <see cref="FundingGapAnalysis"/> checks it).</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>The candidate date, or <see langword="null"/> when no date follows from the facts.</returns>
    internal LocalDate? CandidateDate(FundingSubject subject)
    {
        switch (Kind)
        {
            case FundingRequirementKind.DemonstrableSuccess:
                return subject.Case.SuccessRecordSince.TryGetValue(out var since) ? FundingPeriods.FirstDayAfterYears(since, MinimumYears) : null;
            case FundingRequirementKind.YouthWelfareRecognition when subject.Case.YouthWelfareStart.TryGetValue(out var start):
                return MinimumStatus == RecognitionStatus.Entitled ? YouthWelfareRules.EntitlementDate(start) : MinimumStatus == RecognitionStatus.MayBeRecognised ? start : null;
            case FundingRequirementKind.YouthWelfareRecognition when MinimumStatus == RecognitionStatus.MayBeRecognised && subject.Case.WorksInYouthWelfare.TryGetValue(out bool works) && works:
                // Without a start, "works in youth welfare" holds from the profile's date on.
                return subject.Case.Profile.AsOf;
            default:
                return null;
        }
    }

    /// <inheritdoc/>
    public bool Equals(FundingRequirement? other) =>
        other is not null && Kind == other.Kind && MinimumYears == other.MinimumYears && MinimumStatus == other.MinimumStatus
        && OnlyForFunders.SequenceEqual(other.OnlyForFunders) && SubdivisionsRecognisedByLaw == other.SubdivisionsRecognisedByLaw;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FundingRequirement);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, MinimumYears, MinimumStatus, OnlyForFunders.Length, SubdivisionsRecognisedByLaw);

    /// <inheritdoc/>
    public override string ToString() => Id;

    private Rule<FundingSubject> BuildRule()
    {
        var label = FundingVocabulary.RequirementKinds.ConceptOf(Kind).Label;
        const string Qz = SourceKeys.Qualitaetszirkel2023;
        const string Iq = SourceKeys.IqFachAgMo2013;
        switch (Kind)
        {
            case FundingRequirementKind.LegalPerson:
                return new Criterion<FundingSubject>(Id, label, SourceKeys.Interpretive,
                    [FundingFacts.LegalPersonKind, FundingFacts.LegalForm],
                    static s => DecideLegalPerson(s),
                    static (s, o) => YouthWelfareRules.Text(o,
                        "It is an association or other legal person.", "Sie ist eine Vereinigung oder andere juristische Person.",
                        "It is an individual or an informal initiative.", "Sie ist eine Einzelperson oder eine informelle Initiative.",
                        new LocalizedText("Its kind of legal person is unknown.", "Ihre Art der Person ist unbekannt.")));
            case FundingRequirementKind.RecognisedNonProfit:
                return new Criterion<FundingSubject>(Id, label, SourceKeys.Interpretive,
                    [FundingFacts.NonProfitStatus],
                    static s => FundingFacts.NonProfitStatus.Get(s).Test(static n => n == NonProfitStatus.Recognised),
                    static (s, o) => YouthWelfareRules.Text(o, "Its non-profit status is recognised.", "Ihre Gemeinnützigkeit ist anerkannt.", "Its non-profit status is not recognised.", "Ihre Gemeinnützigkeit ist nicht anerkannt.",
                        new LocalizedText("Its non-profit status is unknown.", "Ihre Gemeinnützigkeit ist unbekannt.")));
            case FundingRequirementKind.PaidStructures:
                return new Criterion<FundingSubject>(Id, label, Qz,
                    [FundingFacts.PaidStructures],
                    static s => FundingFacts.DecidePaidStructures(s.Case),
                    static (s, o) => YouthWelfareRules.Text(o, "It has paid structures.", "Sie hat hauptamtliche Strukturen.", "Its work rests on volunteers alone.", "Ihre Arbeit ruht allein auf Ehrenamtlichen.",
                        new LocalizedText("Whether it has paid structures is unknown (neither given nor derivable from its staffing).", "Ob sie hauptamtliche Strukturen hat, ist unbekannt (weder angegeben noch aus der Personalausstattung ableitbar).")));
            case FundingRequirementKind.OffersBeyondOwnCommunity:
                return YouthWelfareRules.BooleanCriterion(Id, label, Qz, FundingFacts.OffersBeyondOwnCommunity,
                    "Its offers reach target groups beyond its own community.", "Ihre Angebote richten sich über die eigene Community hinaus.",
                    "Its offers stay within its own community.", "Ihre Angebote bleiben in der eigenen Community.");
            case FundingRequirementKind.DemonstrableSuccess:
                int years = MinimumYears;
                return new Criterion<FundingSubject>(Id, label, Qz,
                    [FundingFacts.SuccessRecordSince, FundingFacts.EvaluationDate],
                    s => s.Case.SuccessRecordSince.TryGetValue(out var since) ? Truth.FromBoolean(s.At >= FundingPeriods.FirstDayAfterYears(since, years)) : Truth.Unknown,
                    (s, o) => s.Case.SuccessRecordSince.TryGetValue(out var since)
                        ? YouthWelfareRules.Text(o,
                            $"Success demonstrable since {YouthWelfareRules.Iso(since)}: at least {years} years.", $"Nachweisbare Erfolge seit {YouthWelfareRules.Iso(since)}: mindestens {years} Jahre.",
                            $"Success demonstrable since {YouthWelfareRules.Iso(since)}: {years} years are complete only on {YouthWelfareRules.Iso(FundingPeriods.FirstDayAfterYears(since, years))}.", $"Nachweisbare Erfolge seit {YouthWelfareRules.Iso(since)}: {years} Jahre sind erst am {YouthWelfareRules.Iso(FundingPeriods.FirstDayAfterYears(since, years))} vollendet.",
                            new LocalizedText("-", "-"))
                        : new LocalizedText("Since when its success is demonstrable is unknown.", "Seit wann Erfolge nachweisbar sind, ist unbekannt."));
            case FundingRequirementKind.YouthWelfareRecognition:
                var recognition = YouthWelfareRules.For(SubdivisionsRecognisedByLaw).AtLeast(MinimumStatus);
                if (OnlyForFunders.IsEmpty)
                {
                    return new AllOf<FundingSubject>(Id, label, FundingSourceKeys.SgbVIII75, [recognition]);
                }
                var funders = OnlyForFunders;
                string list = string.Join(", ", funders.Select(f => FundingVocabulary.Funders.IdOf(f)));
                var notApplicable = new Criterion<FundingSubject>(
                    "recognition-not-required-by-funder",
                    new LocalizedText("The funder applied to does not require recognition", "Der angefragte Fördergeber verlangt keine Anerkennung"),
                    Qz,
                    [FundingFacts.IntendedFunder],
                    s => Truth.FromBoolean(s.Funder is not { } f || !funders.Contains(f)),
                    (s, o) => YouthWelfareRules.Text(o,
                        $"Recognition is required only by: {list}; the funder applied to is '{FundingFacts.IntendedFunder.Get(s).Value}'.", $"Anerkennung verlangen nur: {list}; angefragt ist „{FundingFacts.IntendedFunder.Get(s).Value}“.",
                        $"The funder applied to ('{FundingFacts.IntendedFunder.Get(s).Value}') requires recognition.", $"Der angefragte Fördergeber („{FundingFacts.IntendedFunder.Get(s).Value}“) verlangt Anerkennung.",
                        new LocalizedText("-", "-")));
                return new AnyOf<FundingSubject>(Id, label, Qz, [notApplicable, recognition]);
            case FundingRequirementKind.InterculturalStaff:
                return YouthWelfareRules.BooleanCriterion(Id, label, Iq, FundingFacts.PartnerInterculturalStaff,
                    "The regular institution has interculturally trained staff.", "Die Regelinstitution hat interkulturell geschulte Mitarbeitende.",
                    "The regular institution lacks interculturally trained staff.", "Der Regelinstitution fehlen interkulturell geschulte Mitarbeitende.");
            case FundingRequirementKind.TrustBuilding:
                return YouthWelfareRules.BooleanCriterion(Id, label, Iq, FundingFacts.TrustBuilding,
                    "Trust-building measures are in place.", "Vertrauensbildende Maßnahmen bestehen.", "No trust-building measures are in place.", "Es bestehen keine vertrauensbildenden Maßnahmen.");
            default:
                return YouthWelfareRules.BooleanCriterion(Id, label, Iq, FundingFacts.ResourcesProvided,
                    "Money or equipment is provided.", "Geld oder Ausstattung wird bereitgestellt.", "Neither money nor equipment is provided.", "Weder Geld noch Ausstattung wird bereitgestellt.");
        }
    }

    // Kleene AND of "not an individual" and "not an informal initiative"; an unknown legal form leaves it open.
    private static Truth DecideLegalPerson(FundingSubject s)
    {
        var form = s.Case.Profile.LegalForm;
        var notInformal = form.Test(static f => f != LegalForm.InformalInitiative);
        return notInformal & FundingFacts.NotAnIndividual(s.Case);
    }
}
