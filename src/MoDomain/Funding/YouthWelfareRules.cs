using System;
using MoDomain.Definitions;
using MoDomain.Rules;
using MoDomain.Vocabulary;
using NodaTime.Text;

namespace MoDomain.Funding;

/// <summary>The § 75 SGB VIII rules for one choice of the interpretive parameter "subdivisions share the status".</summary>
internal sealed class YouthWelfareRules
{
    internal const int YearsForEntitlement = 3;
    private const string Law = FundingSourceKeys.SgbVIII75;

    // The ids and labels of the rules (written out in docs/vocabularies/rules.tsv). They come before ByParameter:
    // static fields are initialised in the order they are declared.
    private static readonly (string Id, LocalizedText Label) ByLawName = ("recognised-by-law", new LocalizedText("Recognised by law (Abs. 3)", "Kraft Gesetzes anerkannt (Abs. 3)"));

    private static readonly (string Id, LocalizedText Label) NotIndividualName = ("not-an-individual", new LocalizedText("Legal person or association of persons, not an individual", "Juristische Person oder Personenvereinigung, keine Einzelperson"));

    private static readonly (string Id, LocalizedText Label) WorksName = ("works-in-youth-welfare", new LocalizedText("(1) Works in youth welfare (§ 1 SGB VIII)", "(1) Tätig auf dem Gebiet der Jugendhilfe (§ 1 SGB VIII)"));

    private static readonly (string Id, LocalizedText Label) NonProfitName = ("pursues-non-profit-aims", new LocalizedText("(2) Pursues non-profit aims", "(2) Verfolgt gemeinnützige Ziele"));

    private static readonly (string Id, LocalizedText Label) PrerequisitesName = ("professional-and-staffing-prerequisites", new LocalizedText("(3) Professional and staffing prerequisites for a not insignificant contribution", "(3) Fachliche und personelle Voraussetzungen für einen nicht unwesentlichen Beitrag"));

    private static readonly (string Id, LocalizedText Label) BasicLawName = ("conducive-to-basic-law", new LocalizedText("(4) Work conducive to the aims of the Basic Law", "(4) Gewähr für eine den Zielen des Grundgesetzes förderliche Arbeit"));

    private static readonly (string Id, LocalizedText Label) Abs1Name = ("section-75-abs-1", new LocalizedText("Preconditions of § 75 Abs. 1", "Voraussetzungen des § 75 Abs. 1"));

    private static readonly (string Id, LocalizedText Label) ThreeYearsName = ("three-years-youth-welfare-work", new LocalizedText("At least three years of youth-welfare work (Abs. 2)", "Mindestens drei Jahre Tätigkeit in der Jugendhilfe (Abs. 2)"));

    private static readonly (string Id, LocalizedText Label) RecognisableName = ("youth-welfare-recognisable", new LocalizedText("May be recognised as a free youth-welfare provider", "Als Träger der freien Jugendhilfe anerkennungsfähig"));

    private static readonly (string Id, LocalizedText Label) EntitledName = ("youth-welfare-entitled", new LocalizedText("Entitled to recognition or recognised by law", "Anspruch auf Anerkennung oder kraft Gesetzes anerkannt"));

    private static readonly (string Id, LocalizedText Label) Abs2Name = ("section-75-abs-2", new LocalizedText("Entitlement under § 75 Abs. 2", "Anspruch nach § 75 Abs. 2"));

    private static readonly YouthWelfareRules[] ByParameter = [new(Truth.No), new(Truth.Unknown), new(Truth.Yes)];

    private YouthWelfareRules(Truth subdivisions)
    {
        ByLaw = new Criterion<FundingSubject>(
            ByLawName.Id, ByLawName.Label,
            Law,
            [FundingFacts.LegalPersonKind],
            s => DecideByLaw(s, subdivisions),
            (s, o) => Text(o,
                $"As a '{KindId(s)}' it is recognised by law.", $"Als „{KindId(s)}“ ist sie kraft Gesetzes anerkannt.",
                $"A '{KindId(s)}' is not recognised by law.", $"Eine „{KindId(s)}“ ist nicht kraft Gesetzes anerkannt.",
                FundingFacts.LegalPersonKind.Get(s).IsKnown
                    ? new LocalizedText("Whether a Land or local subdivision shares the status by law is disputed.", "Ob Landes- oder Ortsgliederungen den Status teilen, ist umstritten.")
                    : new LocalizedText("The kind of legal person is unknown.", "Die Art der Person ist unbekannt.")));

        var notIndividual = new Criterion<FundingSubject>(
            NotIndividualName.Id, NotIndividualName.Label,
            Law,
            [FundingFacts.LegalPersonKind, FundingFacts.LegalForm],
            static s => FundingFacts.NotAnIndividual(s.Case),
            static (s, o) => Text(o,
                "It is a legal person or an association of persons.", "Sie ist eine juristische Person oder Personenvereinigung.",
                "Individuals are never recognised.", "Einzelpersonen werden nie anerkannt.",
                new LocalizedText("The kind of legal person is unknown.", "Die Art der Person ist unbekannt.")));
        var works = new Criterion<FundingSubject>(
            WorksName.Id, WorksName.Label,
            Law,
            [FundingFacts.YouthWelfareStart, FundingFacts.WorksInYouthWelfare, FundingFacts.EvaluationDate],
            static s => DecideWorks(s),
            static (s, o) => s.Case.YouthWelfareStart.IsKnown
                ? Decided(o,
                    $"It has worked in youth welfare since {Iso(s.Case.YouthWelfareStart.Value)}.", $"Sie ist seit {Iso(s.Case.YouthWelfareStart.Value)} in der Jugendhilfe tätig.",
                    $"Its youth-welfare work begins only on {Iso(s.Case.YouthWelfareStart.Value)}.", $"Ihre Tätigkeit in der Jugendhilfe beginnt erst am {Iso(s.Case.YouthWelfareStart.Value)}.")
                : Text(o, "It works in youth welfare.", "Sie ist in der Jugendhilfe tätig.", "It does not work in youth welfare.", "Sie ist nicht in der Jugendhilfe tätig.",
                    new LocalizedText("Whether and since when it works in youth welfare is unknown.", "Ob und seit wann sie in der Jugendhilfe tätig ist, ist unbekannt.")));
        var nonProfit = new Criterion<FundingSubject>(
            NonProfitName.Id, NonProfitName.Label,
            Law,
            [FundingFacts.NonProfitStatus],
            static s => FundingFacts.NonProfitStatus.Get(s).Test(static n => n == NonProfitStatus.Recognised),
            static (s, o) => Text(o, "Its non-profit status is recognised.", "Ihre Gemeinnützigkeit ist anerkannt.", "Its non-profit status is not recognised.", "Ihre Gemeinnützigkeit ist nicht anerkannt.",
                new LocalizedText("Its non-profit status is unknown.", "Ihre Gemeinnützigkeit ist unbekannt.")));
        // The texts of these two criteria are written inside their explanations (not passed in as arguments), so that
        // they are built each time a rule explains, not once per process.
        var prerequisites = new Criterion<FundingSubject>(
            PrerequisitesName.Id, PrerequisitesName.Label,
            Law,
            [FundingFacts.ProfessionalPrerequisites],
            static s => FundingFacts.ProfessionalPrerequisites.Get(s).Test(static v => v),
            static (s, o) => Text(o,
                "It meets the professional and staffing prerequisites.", "Sie erfüllt die fachlichen und personellen Voraussetzungen.",
                "It does not meet the professional and staffing prerequisites.", "Sie erfüllt die fachlichen und personellen Voraussetzungen nicht.",
                UnknownText(FundingFacts.ProfessionalPrerequisites)));
        var basicLaw = new Criterion<FundingSubject>(
            BasicLawName.Id, BasicLawName.Label,
            Law,
            [FundingFacts.ConduciveToBasicLaw],
            static s => FundingFacts.ConduciveToBasicLaw.Get(s).Test(static v => v),
            static (s, o) => Text(o,
                "It guarantees work conducive to the aims of the Basic Law.", "Sie bietet Gewähr für eine dem Grundgesetz förderliche Arbeit.",
                "It does not guarantee work conducive to the aims of the Basic Law.", "Sie bietet keine Gewähr für eine dem Grundgesetz förderliche Arbeit.",
                UnknownText(FundingFacts.ConduciveToBasicLaw)));
        Abs1 = new AllOf<FundingSubject>(
            Abs1Name.Id, Abs1Name.Label,
            Law,
            [notIndividual, works, nonProfit, prerequisites, basicLaw]);
        ThreeYears = new Criterion<FundingSubject>(
            ThreeYearsName.Id, ThreeYearsName.Label,
            Law,
            [FundingFacts.YouthWelfareStart, FundingFacts.WorksInYouthWelfare, FundingFacts.EvaluationDate],
            static s => DecideThreeYears(s),
            static (s, o) => s.Case.YouthWelfareStart.IsKnown
                ? Decided(o,
                    $"Three years of youth-welfare work were complete on {Iso(EntitlementDate(s.Case.YouthWelfareStart.Value))}.", $"Drei Jahre Tätigkeit in der Jugendhilfe waren am {Iso(EntitlementDate(s.Case.YouthWelfareStart.Value))} vollendet.",
                    $"Three years of youth-welfare work (since {Iso(s.Case.YouthWelfareStart.Value)}) are complete only on {Iso(EntitlementDate(s.Case.YouthWelfareStart.Value))}.", $"Drei Jahre Tätigkeit in der Jugendhilfe (seit {Iso(s.Case.YouthWelfareStart.Value)}) sind erst am {Iso(EntitlementDate(s.Case.YouthWelfareStart.Value))} vollendet.")
                : NeverYes(o, "It does not work in youth welfare.", "Sie ist nicht in der Jugendhilfe tätig.",
                    new LocalizedText("The start of its youth-welfare work is unknown (the founding date does not count).", "Der Beginn der Tätigkeit in der Jugendhilfe ist unbekannt (das Gründungsdatum zählt nicht).")));
        Recognisable = new AnyOf<FundingSubject>(
            RecognisableName.Id, RecognisableName.Label,
            Law,
            [ByLaw, Abs1]);
        Entitled = new AnyOf<FundingSubject>(
            EntitledName.Id, EntitledName.Label,
            Law,
            [ByLaw, new AllOf<FundingSubject>(
                Abs2Name.Id, Abs2Name.Label,
                Law,
                [Abs1, ThreeYears])]);
    }

    internal Rule<FundingSubject> ByLaw { get; }

    internal Rule<FundingSubject> Abs1 { get; }

    internal Rule<FundingSubject> ThreeYears { get; }

    internal Rule<FundingSubject> Recognisable { get; }

    internal Rule<FundingSubject> Entitled { get; }

    internal static YouthWelfareRules For(Truth subdivisionsRecognisedByLaw) =>
        ByParameter[subdivisionsRecognisedByLaw.IsNo ? 0 : subdivisionsRecognisedByLaw.IsUnknown ? 1 : 2];

    internal Rule<FundingSubject> AtLeast(RecognitionStatus minimum) => minimum switch
    {
        RecognitionStatus.MayBeRecognised => Recognisable,
        RecognitionStatus.Entitled => Entitled,
        RecognitionStatus.RecognisedByLaw => ByLaw,
        _ => throw new ArgumentOutOfRangeException(nameof(minimum), minimum, "The minimum status must be may-be-recognised, entitled or recognised-by-law."),
    };

    // The five-valued status is final only once "recognised by law" is decided: while it is unknown, an organisation that
    // meets Abs. 1 and Abs. 2 could still turn out to be recognised by law, so the status stays undetermined.
    internal RecognitionStatus Status(FundingSubject subject)
    {
        var byLaw = ByLaw.Decide(subject);
        if (byLaw.IsYes)
        {
            return RecognitionStatus.RecognisedByLaw;
        }
        if (byLaw.IsUnknown)
        {
            return RecognitionStatus.Undetermined;
        }
        if (Entitled.Decide(subject).IsYes)
        {
            return RecognitionStatus.Entitled;
        }
        var recognisable = Recognisable.Decide(subject);
        if (recognisable.IsNo)
        {
            return RecognitionStatus.NotRecognisable;
        }
        return recognisable.IsYes && Entitled.Decide(subject).IsNo ? RecognitionStatus.MayBeRecognised : RecognitionStatus.Undetermined;
    }

    internal static NodaTime.LocalDate EntitlementDate(NodaTime.LocalDate start) => FundingPeriods.FirstDayAfterYears(start, YearsForEntitlement);

    internal static Criterion<FundingSubject> BooleanCriterion(string id, LocalizedText label, string source, FactDescriptor<FundingSubject, bool> fact, string yesEn, string yesDe, string noEn, string noDe) => new(
        id, label, source, [fact],
        s => fact.Get(s).Test(static v => v),
        (s, o) => Text(o, yesEn, yesDe, noEn, noDe, UnknownText(fact)));

    internal static LocalizedText UnknownText(FactDescriptor<FundingSubject> fact) => new($"'{fact.Id}' is unknown.", $"„{fact.Id}“ ist unbekannt.");

    internal static LocalizedText Text(Truth outcome, string yesEn, string yesDe, string noEn, string noDe, LocalizedText unknown) =>
        outcome.IsYes ? new LocalizedText(yesEn, yesDe) : outcome.IsNo ? new LocalizedText(noEn, noDe) : unknown;

    // For a criterion whose decide function never returns unknown in this branch (its facts are known): an unknown outcome
    // would be a broken invariant, so it throws instead of showing a text that does not fit.
    internal static LocalizedText Decided(Truth outcome, string yesEn, string yesDe, string noEn, string noDe) =>
        outcome.IsYes ? new LocalizedText(yesEn, yesDe)
        : outcome.IsNo ? new LocalizedText(noEn, noDe)
        : throw new InvalidOperationException("A decided criterion was explained as unknown.");

    // For a branch whose outcome is never yes (no or unknown); a yes would be a broken invariant.
    internal static LocalizedText NeverYes(Truth outcome, string noEn, string noDe, LocalizedText unknown) =>
        outcome.IsYes ? throw new InvalidOperationException("A criterion that cannot hold here was explained as met.")
        : outcome.IsNo ? new LocalizedText(noEn, noDe) : unknown;

    internal static string Iso(NodaTime.LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string KindId(FundingSubject s)
    {
        var kind = FundingFacts.LegalPersonKind.Get(s);
        return kind.IsKnown ? FundingVocabulary.LegalPersonKinds.IdOf(kind.Value) : "unknown";
    }

    private static Truth DecideByLaw(FundingSubject s, Truth subdivisions)
    {
        var kind = s.Case.LegalPersonKind;
        if (!kind.IsKnown)
        {
            return Truth.Unknown;
        }
        return kind.Value switch
        {
            LegalPersonKind.Church or LegalPersonKind.PublicLawReligiousCommunity or LegalPersonKind.FederalFreeWelfareAssociation => Truth.Yes,
            LegalPersonKind.FreeWelfareSubdivision => subdivisions,
            _ => Truth.No,
        };
    }

    private static Truth DecideWorks(FundingSubject s)
    {
        if (s.Case.YouthWelfareStart.TryGetValue(out var start))
        {
            return Truth.FromBoolean(start <= s.At);
        }
        // Without a start, "works in youth welfare" describes the organisation as of its profile date: it decides dates
        // from then on; before that date it cannot say when the work began, so it stays open (refinement-safe).
        var works = s.Case.WorksInYouthWelfare;
        if (!works.IsKnown)
        {
            return Truth.Unknown;
        }
        return !works.Value ? Truth.No : s.At >= s.Case.Profile.AsOf ? Truth.Yes : Truth.Unknown;
    }

    private static Truth DecideThreeYears(FundingSubject s)
    {
        if (s.Case.YouthWelfareStart.TryGetValue(out var start))
        {
            return Truth.FromBoolean(s.At >= EntitlementDate(start));
        }
        return s.Case.WorksInYouthWelfare.IsKnown && !s.Case.WorksInYouthWelfare.Value ? Truth.No : Truth.Unknown;
    }
}
