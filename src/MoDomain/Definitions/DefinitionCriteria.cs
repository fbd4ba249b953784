using System;
using System.Globalization;
using MoDomain.Internal;
using MoDomain.Rules;
using MoDomain.Vocabulary;

namespace MoDomain.Definitions;

/// <summary>
/// Factories for the criteria of the built-in definitions. Each is an ordinary <see cref="Rule{TSubject}"/>, so
/// callers can reuse them in definitions of their own.
/// </summary>
/// <remarks>Every criterion decides unknown exactly when a fact it needs is unknown (or a value is too unspecific),
/// so replacing an unknown fact with a known value never flips a decided answer.</remarks>
public static class DefinitionCriteria
{
    /// <summary>The SVR 2020 threshold of criterion 2: "at least half" carried by people with a migration history (inclusive).</summary>
    public const double SvrCarrierShareThreshold = 0.5;

    /// <summary>Creates SVR criterion 1, <c>non-profit-association</c>: a non-profit association of people.</summary>
    /// <param name="parameters">Which legal forms count as an association of people.</param>
    /// <returns>The criterion (an all-of of <c>association-of-persons</c> and <c>recognised-non-profit</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public static Rule<OrganisationProfile> NonProfitAssociation(SvrParameters parameters)
    {
        Guard.Against.Null(parameters);
        var associationForms = parameters.AssociationLegalForms;
        var undecidable = parameters.UndecidableLegalForms;
        var association = new Criterion<OrganisationProfile>(
            "association-of-persons",
            new LocalizedText("Association of people", "Zusammenschluss von Personen"),
            SourceKeys.Qualitaetszirkel2023,
            [OrganisationFacts.LegalForm],
            p => DecideLegalForm(p, associationForms, undecidable),
            (p, outcome) =>
            {
                string form = p.LegalForm.IsKnown ? DefinitionsVocabulary.LegalForms.IdOf(p.LegalForm.Value) : "unknown";
                return outcome.Id switch
                {
                    "yes" => new LocalizedText($"The legal form '{form}' is an association of people.", $"Die Rechtsform „{form}“ ist ein Zusammenschluss von Personen."),
                    "no" => new LocalizedText($"The legal form '{form}' is not an association of people.", $"Die Rechtsform „{form}“ ist kein Zusammenschluss von Personen."),
                    _ => p.LegalForm.IsKnown
                        ? new LocalizedText($"The legal form '{form}' is too unspecific to decide.", $"Die Rechtsform „{form}“ ist zu unbestimmt für eine Entscheidung.")
                        : new LocalizedText("The legal form is unknown.", "Die Rechtsform ist unbekannt."),
                };
            });
        var nonProfit = new Criterion<OrganisationProfile>(
            "recognised-non-profit",
            new LocalizedText("Recognised non-profit status", "Anerkannte Gemeinnützigkeit"),
            SourceKeys.Qualitaetszirkel2023,
            [OrganisationFacts.NonProfitStatus],
            static p => p.NonProfitStatus.IsKnown ? Truth.FromBoolean(p.NonProfitStatus.Value == NonProfitStatus.Recognised) : Truth.Unknown,
            static (p, outcome) => outcome.Id switch
            {
                "yes" => new LocalizedText("Its non-profit status is recognised.", "Die Gemeinnützigkeit ist anerkannt."),
                "no" => new LocalizedText("Its non-profit status is not recognised.", "Die Gemeinnützigkeit ist nicht anerkannt."),
                _ => new LocalizedText("Its non-profit status is unknown.", "Die Gemeinnützigkeit ist unbekannt."),
            });
        return new AllOf<OrganisationProfile>(
            "non-profit-association",
            new LocalizedText("(1) Non-profit association", "(1) Gemeinnütziger Zusammenschluss"),
            SourceKeys.Qualitaetszirkel2023,
            [association, nonProfit]);
    }

    /// <summary>Creates SVR criterion 2, <c>migrant-carried-or-founded</c>: carried at least half by people with a migration history, or founded by them.</summary>
    /// <returns>The criterion (an any-of of <c>carried-at-least-half</c> and <c>founded-by-migrants</c>).</returns>
    /// <remarks>Exactly 0.5 meets the threshold.</remarks>
    public static Rule<OrganisationProfile> MigrantCarriedOrFounded()
    {
        var carried = new Criterion<OrganisationProfile>(
            "carried-at-least-half",
            new LocalizedText("Carried at least half by people with a migration history", "Mindestens zur Hälfte von Menschen mit Zuwanderungsgeschichte getragen"),
            SourceKeys.Qualitaetszirkel2023,
            [OrganisationFacts.CarrierMigrantShare],
            static p => p.CarrierMigrantShare.IsKnown ? Truth.FromBoolean(p.CarrierMigrantShare.Value >= SvrCarrierShareThreshold) : Truth.Unknown,
            static (p, outcome) => ShareText(p.CarrierMigrantShare, SvrCarrierShareThreshold, outcome, "of the people carrying it have a migration history", "der Tragenden haben eine Zuwanderungsgeschichte"));
        var founded = new Criterion<OrganisationProfile>(
            "founded-by-migrants",
            new LocalizedText("Founded by people with a migration history", "Von Menschen mit Zuwanderungsgeschichte gegründet"),
            SourceKeys.Qualitaetszirkel2023,
            [OrganisationFacts.FoundedByMigrants],
            static p => p.FoundedByMigrants.IsKnown ? Truth.FromBoolean(p.FoundedByMigrants.Value) : Truth.Unknown,
            static (p, outcome) => outcome.Id switch
            {
                "yes" => new LocalizedText("It was founded by people with a migration history.", "Sie wurde von Menschen mit Zuwanderungsgeschichte gegründet."),
                "no" => new LocalizedText("It was not founded by people with a migration history.", "Sie wurde nicht von Menschen mit Zuwanderungsgeschichte gegründet."),
                _ => new LocalizedText("Who founded it is unknown.", "Wer sie gegründet hat, ist unbekannt."),
            });
        return new AnyOf<OrganisationProfile>(
            "migrant-carried-or-founded",
            new LocalizedText("(2) Carried at least half or founded by people with a migration history", "(2) Mindestens zur Hälfte von Menschen mit Zuwanderungsgeschichte getragen oder gegründet"),
            SourceKeys.Qualitaetszirkel2023,
            [carried, founded]);
    }

    /// <summary>Creates SVR criterion 3, <c>migration-experience-central</c>: a migration experience is central to self-understanding, goals and activities.</summary>
    /// <returns>The criterion: met when at least one central migration reference is known, not met when none is.</returns>
    public static Rule<OrganisationProfile> MigrationExperienceCentral() => new Criterion<OrganisationProfile>(
        "migration-experience-central",
        new LocalizedText("(3) Migration experience central", "(3) Migrationserfahrung zentral"),
        SourceKeys.Qualitaetszirkel2023,
        [OrganisationFacts.MigrationReferences],
        static p => p.MigrationReferences.IsKnown ? Truth.FromBoolean(!p.MigrationReferences.Value.IsEmpty) : Truth.Unknown,
        static (p, outcome) => outcome.Id switch
        {
            "yes" => new LocalizedText(
                $"Central migration references: {OrganisationFacts.MigrationReferences.Format(p.MigrationReferences.Value)}.",
                $"Zentrale Migrationsbezüge: {OrganisationFacts.MigrationReferences.Format(p.MigrationReferences.Value)}."),
            "no" => new LocalizedText("No migration reference is central to its self-understanding, goals and activities.", "Kein Migrationsbezug ist für Selbstverständnis, Ziele und Aktivitäten zentral."),
            _ => new LocalizedText("Its migration references are unknown.", "Die Migrationsbezüge sind unbekannt."),
        });

    /// <summary>Creates BpB criterion 1, <c>purpose-from-migrant-interests</c>.</summary>
    /// <param name="parameters">Which purposes count.</param>
    /// <returns>The criterion: met when a known purpose is one of <see cref="BpbParameters.MigrantInterestPurposes"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public static Rule<OrganisationProfile> PurposeFromMigrantInterests(BpbParameters parameters)
    {
        Guard.Against.Null(parameters);
        var counting = parameters.MigrantInterestPurposes;
        return new Criterion<OrganisationProfile>(
            "purpose-from-migrant-interests",
            new LocalizedText("(1) Goals arise from migrants' situation and interests", "(1) Ziele ergeben sich aus Situation und Interessen von Menschen mit Migrationsgeschichte"),
            SourceKeys.KitaEinstieg2018,
            [OrganisationFacts.Purposes],
            p => p.Purposes.IsKnown ? Truth.FromBoolean(p.Purposes.Value.Overlaps(counting)) : Truth.Unknown,
            static (p, outcome) => outcome.Id switch
            {
                "yes" => new LocalizedText($"Its purposes ({OrganisationFacts.Purposes.Format(p.Purposes.Value)}) arise from migrants' situation and interests.", $"Ihre Zwecke ({OrganisationFacts.Purposes.Format(p.Purposes.Value)}) ergeben sich aus Situation und Interessen von Menschen mit Migrationsgeschichte."),
                "no" => new LocalizedText($"None of its purposes ({OrganisationFacts.Purposes.Format(p.Purposes.Value)}) arises from migrants' situation and interests.", $"Keiner ihrer Zwecke ({OrganisationFacts.Purposes.Format(p.Purposes.Value)}) ergibt sich aus Situation und Interessen von Menschen mit Migrationsgeschichte."),
                _ => new LocalizedText("Its purposes are unknown.", "Ihre Zwecke sind unbekannt."),
            });
    }

    /// <summary>Creates BpB criterion 2, <c>members-largely-migrant</c>.</summary>
    /// <param name="parameters">The "large part" threshold.</param>
    /// <returns>The criterion: met when the member share is at least <see cref="BpbParameters.LargePartThreshold"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public static Rule<OrganisationProfile> MembersLargelyMigrant(BpbParameters parameters)
    {
        Guard.Against.Null(parameters);
        double threshold = parameters.LargePartThreshold;
        return new Criterion<OrganisationProfile>(
            "members-largely-migrant",
            new LocalizedText("(2) Members largely with a migration background", "(2) Mitglieder zu einem Großteil mit Migrationshintergrund"),
            SourceKeys.KitaEinstieg2018,
            [OrganisationFacts.MemberMigrantShare],
            p => p.MemberMigrantShare.IsKnown ? Truth.FromBoolean(p.MemberMigrantShare.Value >= threshold) : Truth.Unknown,
            (p, outcome) => ShareText(p.MemberMigrantShare, threshold, outcome, "of the members have a migration background", "der Mitglieder haben einen Migrationshintergrund"));
    }

    /// <summary>Creates BpB criterion 3, <c>migrants-shape-internal-structures</c>.</summary>
    /// <param name="parameters">The "considerable role" minimum.</param>
    /// <returns>The criterion: met when the role is at least <see cref="BpbParameters.ConsiderableRoleMinimum"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> is null.</exception>
    public static Rule<OrganisationProfile> MigrantsShapeInternalStructures(BpbParameters parameters)
    {
        Guard.Against.Null(parameters);
        var minimum = parameters.ConsiderableRoleMinimum;
        string minimumId = DefinitionsVocabulary.InternalRoles.IdOf(minimum);
        return new Criterion<OrganisationProfile>(
            "migrants-shape-internal-structures",
            new LocalizedText("(3) People with a migration background play a considerable role internally", "(3) Personen mit Migrationshintergrund spielen in internen Strukturen eine beachtliche Rolle"),
            SourceKeys.KitaEinstieg2018,
            [OrganisationFacts.MigrantRoleInStructures],
            p => p.MigrantRoleInStructures.IsKnown ? Truth.FromBoolean(p.MigrantRoleInStructures.Value >= minimum) : Truth.Unknown,
            (p, outcome) =>
            {
                if (outcome.IsUnknown)
                {
                    return new LocalizedText("Their role in internal structures is unknown.", "Ihre Rolle in den internen Strukturen ist unbekannt.");
                }
                string role = DefinitionsVocabulary.InternalRoles.IdOf(p.MigrantRoleInStructures.Value);
                return outcome.IsYes
                    ? new LocalizedText($"Their role is '{role}', at least '{minimumId}'.", $"Ihre Rolle ist „{role}“, mindestens „{minimumId}“.")
                    : new LocalizedText($"Their role is '{role}', below '{minimumId}'.", $"Ihre Rolle ist „{role}“, unterhalb von „{minimumId}“.");
            });
    }

    /// <summary>Creates the container-term rule (Qualitätszirkel 2023): the organisation has at least one kind the collective term names.</summary>
    /// <returns>The rule, id <c>container-term</c>.</returns>
    /// <remarks>Reported separately from the strict definitions; it is not a definition.</remarks>
    public static Rule<OrganisationProfile> ContainerTerm() => new Criterion<OrganisationProfile>(
        "container-term",
        new LocalizedText("Covered by the MO container term", "Vom Begriffscontainer MO erfasst"),
        SourceKeys.Qualitaetszirkel2023,
        [OrganisationFacts.Kinds],
        static p => p.Kinds.IsKnown ? Truth.FromBoolean(!p.Kinds.Value.IsEmpty) : Truth.Unknown,
        static (p, outcome) => outcome.Id switch
        {
            "yes" => new LocalizedText($"Named kinds: {OrganisationFacts.Kinds.Format(p.Kinds.Value)}.", $"Genannte Arten: {OrganisationFacts.Kinds.Format(p.Kinds.Value)}."),
            "no" => new LocalizedText("None of the kinds the container term names applies.", "Keine der im Begriffscontainer genannten Arten trifft zu."),
            _ => new LocalizedText("Its kinds are unknown.", "Ihre Arten sind unbekannt."),
        });

    private static Truth DecideLegalForm(OrganisationProfile profile, ValueSet<LegalForm> counting, ValueSet<LegalForm> undecidable)
    {
        if (!profile.LegalForm.IsKnown)
        {
            return Truth.Unknown;
        }
        var form = profile.LegalForm.Value;
        if (counting.Contains(form))
        {
            return Truth.Yes;
        }
        return undecidable.Contains(form) ? Truth.Unknown : Truth.No;
    }

    private static LocalizedText ShareText(Fact<double> share, double threshold, Truth outcome, string english, string german)
    {
        string t = OrganisationFacts.FormatShare(threshold);
        if (outcome.IsUnknown)
        {
            return new LocalizedText("The share is unknown.", "Der Anteil ist unbekannt.");
        }
        string s = OrganisationFacts.FormatShare(share.Value);
        string percent = (share.Value * 100).ToString("0.#", CultureInfo.InvariantCulture);
        return outcome.IsYes
            ? new LocalizedText($"{s} ({percent} %) {english}: at least {t}.", $"{s} ({percent} %) {german}: mindestens {t}.")
            : new LocalizedText($"{s} ({percent} %) {english}: below {t}.", $"{s} ({percent} %) {german}: unter {t}.");
    }
}
