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
/// One named requirement of a <see cref="FundingPolicy"/>: a rule over a <see cref="FundingSubject"/> with an id, labels
/// and a source key, and optionally a time rule that says from which date it will hold. The nine built-in kinds
/// (<see cref="FundingRequirementKind"/>) are instances of this type made by <see cref="Of"/>,
/// <see cref="DemonstrableSuccess"/> and <see cref="YouthWelfareRecognition"/>; a caller's own requirement (e.g. "seat in
/// Neustadt") is made by <see cref="Create"/> and works the same way in policies, ladders, the gap analysis and JSON.
/// </summary>
/// <remarks>
/// <para>The id, label and source are the rule's. Parameters: <see cref="MinimumYears"/> for <c>demonstrable-success</c>;
/// <see cref="MinimumStatus"/>, <see cref="OnlyForFunders"/> and <see cref="SubdivisionsRecognisedByLaw"/> for
/// <c>youth-welfare-recognition</c>; other requirements have none. Time-based requirements (<see cref="IsTimeBased"/>) can
/// say on which date they will first be met.</para>
/// <para>Equality: two built-in requirements are equal when kind and parameters are equal; two custom requirements are
/// equal when they have the same id, the same rule instance and the same time rule. JSON keeps custom requirements by id
/// and resolves them through a <see cref="FundingRequirementRegistry"/>, so a round trip gives an equal requirement.</para>
/// </remarks>
public sealed class FundingRequirement : IEquatable<FundingRequirement>
{
    /// <summary>The default minimum number of years of demonstrable success (interpretive: "langjährig").</summary>
    public const int DefaultSuccessYears = 3;

    private readonly Func<FundingSubject, LocalDate?>? firstDate;

    private FundingRequirement(FundingRequirementKind? kind, Rule<FundingSubject> rule, Func<FundingSubject, LocalDate?>? firstDate, int minimumYears = 0, RecognitionStatus minimumStatus = RecognitionStatus.NotApplicable, ImmutableArray<FunderKind> onlyForFunders = default, Truth subdivisions = default)
    {
        Kind = kind;
        Rule = rule;
        this.firstDate = firstDate;
        MinimumYears = minimumYears;
        MinimumStatus = minimumStatus;
        OnlyForFunders = onlyForFunders.IsDefault ? [] : onlyForFunders;
        SubdivisionsRecognisedByLaw = subdivisions;
    }

    /// <summary>Gets the built-in kind, or <see langword="null"/> for a caller's own requirement (<see cref="Create"/>).</summary>
    public FundingRequirementKind? Kind { get; }

    /// <summary>Gets whether this is one of the built-in kinds.</summary>
    public bool IsBuiltIn => Kind is not null;

    /// <summary>Gets the id (for a built-in requirement the kind's id, for a custom one its rule's id).</summary>
    public string Id => Rule.Id;

    /// <summary>Gets the label (English and German).</summary>
    public LocalizedText Label => Rule.Label;

    /// <summary>Gets the source key.</summary>
    public string Source => Rule.Source;

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

    /// <summary>Gets whether the requirement depends on the evaluation date and has a time rule that yields the date
    /// from which it would hold.</summary>
    public bool IsTimeBased => firstDate is not null;

    /// <summary>Gets the rule that decides the requirement.</summary>
    public Rule<FundingSubject> Rule { get; }

    /// <summary>Creates a caller's own requirement from a rule (its id, label and source become the requirement's).</summary>
    /// <param name="rule">The rule, e.g. from <see cref="Criterion.CallerFactEquals{TSubject}"/> or any composite of
    /// <see cref="Criterion{TSubject}"/>, <see cref="AllOf{TSubject}"/>, <see cref="AnyOf{TSubject}"/>.</param>
    /// <param name="firstDateCandidate">For a rule that depends on the evaluation date: returns, for a subject, the date from
    /// which the rule would hold if the other facts stay as they are, or <see langword="null"/> when none follows.
    /// <see cref="FundingGapAnalysis.FirstDateMet"/> checks the candidate (met on it, not the day before). Must be pure.
    /// <see langword="null"/> for a requirement that does not depend on the date.</param>
    /// <returns>The requirement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentException">The rule's id is the id of a built-in kind (use <see cref="Of"/> for those).</exception>
    public static FundingRequirement Create(Rule<FundingSubject> rule, Func<FundingSubject, LocalDate?>? firstDateCandidate = null)
    {
        Guard.Against.Null(rule);
        Guard.Against.Unsatisfied(
            !FundingVocabulary.RequirementKinds.TryParse(rule.Id, out _),
            $"The id '{rule.Id}' is the id of a built-in requirement kind; use FundingRequirement.Of for it, or give the custom rule another id.",
            nameof(rule));
        return new FundingRequirement(null, rule, firstDateCandidate);
    }

    /// <summary>Returns a requirement of a built-in kind with its default parameters (3 years for <c>demonstrable-success</c>;
    /// <c>entitled</c>, all funders and disputed subdivisions for <c>youth-welfare-recognition</c>).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The requirement.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static FundingRequirement Of(FundingRequirementKind kind) => kind switch
    {
        FundingRequirementKind.LegalPerson => LegalPerson(),
        FundingRequirementKind.RecognisedNonProfit => RecognisedNonProfit(),
        FundingRequirementKind.PaidStructures => PaidStructures(),
        FundingRequirementKind.OffersBeyondOwnCommunity => BooleanKind(kind, SourceKeys.Qualitaetszirkel2023, FundingFacts.OffersBeyondOwnCommunity,
            "Its offers reach target groups beyond its own community.", "Ihre Angebote richten sich über die eigene Community hinaus.",
            "Its offers stay within its own community.", "Ihre Angebote bleiben in der eigenen Community."),
        FundingRequirementKind.DemonstrableSuccess => DemonstrableSuccess(DefaultSuccessYears),
        FundingRequirementKind.YouthWelfareRecognition => YouthWelfareRecognition(RecognitionStatus.Entitled),
        FundingRequirementKind.InterculturalStaff => BooleanKind(kind, SourceKeys.IqFachAgMo2013, FundingFacts.PartnerInterculturalStaff,
            "The regular institution has interculturally trained staff.", "Die Regelinstitution hat interkulturell geschulte Mitarbeitende.",
            "The regular institution lacks interculturally trained staff.", "Der Regelinstitution fehlen interkulturell geschulte Mitarbeitende."),
        FundingRequirementKind.TrustBuilding => BooleanKind(kind, SourceKeys.IqFachAgMo2013, FundingFacts.TrustBuilding,
            "Trust-building measures are in place.", "Vertrauensbildende Maßnahmen bestehen.", "No trust-building measures are in place.", "Es bestehen keine vertrauensbildenden Maßnahmen."),
        FundingRequirementKind.ResourcesProvided => BooleanKind(kind, SourceKeys.IqFachAgMo2013, FundingFacts.ResourcesProvided,
            "Money or equipment is provided.", "Geld oder Ausstattung wird bereitgestellt.", "Neither money nor equipment is provided.", "Weder Geld noch Ausstattung wird bereitgestellt."),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, $"'{kind}' is not a defined FundingRequirementKind."),
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
        const FundingRequirementKind Kind = FundingRequirementKind.DemonstrableSuccess;
        int years = minimumYears;
        var rule = new Criterion<FundingSubject>(IdOf(Kind), LabelOf(Kind), SourceKeys.Qualitaetszirkel2023,
            [FundingFacts.SuccessRecordSince, FundingFacts.EvaluationDate],
            s => s.Case.SuccessRecordSince.TryGetValue(out var since) ? Truth.FromBoolean(s.At >= FundingPeriods.FirstDayAfterYears(since, years)) : Truth.Unknown,
            (s, o) => s.Case.SuccessRecordSince.TryGetValue(out var since)
                ? YouthWelfareRules.Decided(o,
                    $"Success demonstrable since {YouthWelfareRules.Iso(since)}: at least {years} years.", $"Nachweisbare Erfolge seit {YouthWelfareRules.Iso(since)}: mindestens {years} Jahre.",
                    $"Success demonstrable since {YouthWelfareRules.Iso(since)}: {years} years are complete only on {YouthWelfareRules.Iso(FundingPeriods.FirstDayAfterYears(since, years))}.", $"Nachweisbare Erfolge seit {YouthWelfareRules.Iso(since)}: {years} Jahre sind erst am {YouthWelfareRules.Iso(FundingPeriods.FirstDayAfterYears(since, years))} vollendet.")
                : new LocalizedText("Since when its success is demonstrable is unknown.", "Seit wann Erfolge nachweisbar sind, ist unbekannt."));
        return new FundingRequirement(Kind, rule,
            s => s.Case.SuccessRecordSince.TryGetValue(out var since) ? FundingPeriods.FirstDayAfterYears(since, years) : null,
            minimumYears: minimumYears);
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
        var funders = (onlyForFunders ?? []).Select(f => Guard.Against.UndefinedValue(f, nameof(onlyForFunders))).Distinct().Order().ToImmutableArray();
        const FundingRequirementKind Kind = FundingRequirementKind.YouthWelfareRecognition;
        return new FundingRequirement(Kind, YouthWelfareRule(funders, minimumStatus, subdivisionsRecognisedByLaw),
            minimumStatus == RecognitionStatus.RecognisedByLaw ? null : s => YouthWelfareCandidate(s, minimumStatus),
            minimumStatus: minimumStatus, onlyForFunders: funders, subdivisions: subdivisionsRecognisedByLaw);
    }

    /// <summary>For a time-based requirement, returns the date from which it would hold if the other facts stay as they are
    /// (a candidate; <see cref="FundingGapAnalysis"/> checks it).</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>The candidate date, or <see langword="null"/> when the requirement is not time-based or no date follows from the facts.</returns>
    internal LocalDate? CandidateDate(FundingSubject subject) => firstDate?.Invoke(subject);

    /// <inheritdoc/>
    public bool Equals(FundingRequirement? other)
    {
        if (other is null || Kind != other.Kind || !string.Equals(Id, other.Id, StringComparison.Ordinal))
        {
            return false;
        }
        return Kind is null
            ? ReferenceEquals(Rule, other.Rule) && Equals(firstDate, other.firstDate)
            : MinimumYears == other.MinimumYears && MinimumStatus == other.MinimumStatus
              && OnlyForFunders.SequenceEqual(other.OnlyForFunders) && SubdivisionsRecognisedByLaw == other.SubdivisionsRecognisedByLaw;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FundingRequirement);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), MinimumYears, MinimumStatus, OnlyForFunders.Length, SubdivisionsRecognisedByLaw);

    /// <inheritdoc/>
    public override string ToString() => Id;

    private static string IdOf(FundingRequirementKind kind) => FundingVocabulary.RequirementKinds.IdOf(kind);

    private static LocalizedText LabelOf(FundingRequirementKind kind) => FundingVocabulary.RequirementKinds.ConceptOf(kind).Label;

    private static FundingRequirement LegalPerson()
    {
        const FundingRequirementKind Kind = FundingRequirementKind.LegalPerson;
        return new FundingRequirement(Kind, new Criterion<FundingSubject>(IdOf(Kind), LabelOf(Kind), SourceKeys.Interpretive,
            [FundingFacts.LegalPersonKind, FundingFacts.LegalForm],
            static s => DecideLegalPerson(s),
            static (s, o) => YouthWelfareRules.Text(o,
                "It is an association or other legal person.", "Sie ist eine Vereinigung oder andere juristische Person.",
                "It is an individual or an informal initiative.", "Sie ist eine Einzelperson oder eine informelle Initiative.",
                new LocalizedText("Its kind of legal person is unknown.", "Ihre Art der Person ist unbekannt."))), null);
    }

    private static FundingRequirement RecognisedNonProfit()
    {
        const FundingRequirementKind Kind = FundingRequirementKind.RecognisedNonProfit;
        return new FundingRequirement(Kind, new Criterion<FundingSubject>(IdOf(Kind), LabelOf(Kind), SourceKeys.Interpretive,
            [FundingFacts.NonProfitStatus],
            static s => FundingFacts.NonProfitStatus.Get(s).Test(static n => n == NonProfitStatus.Recognised),
            static (s, o) => YouthWelfareRules.Text(o, "Its non-profit status is recognised.", "Ihre Gemeinnützigkeit ist anerkannt.", "Its non-profit status is not recognised.", "Ihre Gemeinnützigkeit ist nicht anerkannt.",
                new LocalizedText("Its non-profit status is unknown.", "Ihre Gemeinnützigkeit ist unbekannt."))), null);
    }

    private static FundingRequirement PaidStructures()
    {
        const FundingRequirementKind Kind = FundingRequirementKind.PaidStructures;
        return new FundingRequirement(Kind, new Criterion<FundingSubject>(IdOf(Kind), LabelOf(Kind), SourceKeys.Qualitaetszirkel2023,
            [FundingFacts.PaidStructures],
            static s => FundingFacts.DecidePaidStructures(s.Case),
            static (s, o) => YouthWelfareRules.Text(o, "It has paid structures.", "Sie hat hauptamtliche Strukturen.", "Its work rests on volunteers alone.", "Ihre Arbeit ruht allein auf Ehrenamtlichen.",
                new LocalizedText("Whether it has paid structures is unknown (neither given nor derivable from its staffing).", "Ob sie hauptamtliche Strukturen hat, ist unbekannt (weder angegeben noch aus der Personalausstattung ableitbar)."))), null);
    }

    private static FundingRequirement BooleanKind(FundingRequirementKind kind, string source, FactDescriptor<FundingSubject, bool> fact, string yesEn, string yesDe, string noEn, string noDe) =>
        new(kind, YouthWelfareRules.BooleanCriterion(IdOf(kind), LabelOf(kind), source, fact, yesEn, yesDe, noEn, noDe), null);

    private static Rule<FundingSubject> YouthWelfareRule(ImmutableArray<FunderKind> funders, RecognitionStatus minimumStatus, Truth subdivisions)
    {
        const FundingRequirementKind Kind = FundingRequirementKind.YouthWelfareRecognition;
        string id = IdOf(Kind);
        var label = LabelOf(Kind);
        var recognition = YouthWelfareRules.For(subdivisions).AtLeast(minimumStatus);
        if (funders.IsEmpty)
        {
            return new AllOf<FundingSubject>(id, label, FundingSourceKeys.SgbVIII75, [recognition]);
        }
        string list = string.Join(", ", funders.Select(f => FundingVocabulary.Funders.IdOf(f)));
        var notApplicable = new Criterion<FundingSubject>(
            "recognition-not-required-by-funder",
            new LocalizedText("The funder applied to does not require recognition", "Der angefragte Fördergeber verlangt keine Anerkennung"),
            SourceKeys.Qualitaetszirkel2023,
            [FundingFacts.IntendedFunder],
            s => Truth.FromBoolean(s.Funder is not { } f || !funders.Contains(f)),
            (s, o) => YouthWelfareRules.Decided(o,
                $"Recognition is required only by: {list}; the funder applied to is '{FundingFacts.IntendedFunder.Get(s).Value}'.", $"Anerkennung verlangen nur: {list}; angefragt ist „{FundingFacts.IntendedFunder.Get(s).Value}“.",
                $"The funder applied to ('{FundingFacts.IntendedFunder.Get(s).Value}') requires recognition.", $"Der angefragte Fördergeber („{FundingFacts.IntendedFunder.Get(s).Value}“) verlangt Anerkennung."));
        return new AnyOf<FundingSubject>(id, label, SourceKeys.Qualitaetszirkel2023, [notApplicable, recognition]);
    }

    private static LocalDate? YouthWelfareCandidate(FundingSubject subject, RecognitionStatus minimumStatus)
    {
        if (subject.Case.YouthWelfareStart.TryGetValue(out var start))
        {
            return minimumStatus == RecognitionStatus.Entitled ? YouthWelfareRules.EntitlementDate(start) : start;
        }
        // Without a start, "works in youth welfare" holds from the profile's date on.
        return minimumStatus == RecognitionStatus.MayBeRecognised && subject.Case.WorksInYouthWelfare.TryGetValue(out bool works) && works
            ? subject.Case.Profile.AsOf
            : null;
    }

    // Kleene AND of "not an individual" and "not an informal initiative"; an unknown legal form leaves it open.
    private static Truth DecideLegalPerson(FundingSubject s)
    {
        var form = s.Case.Profile.LegalForm;
        var notInformal = form.Test(static f => f != LegalForm.InformalInitiative);
        return notInformal & FundingFacts.NotAnIndividual(s.Case);
    }
}
