using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Definitions;
using MoDomain.Rules;
using NodaTime;

namespace MoDomain.Tests.Definitions;

/// <summary>
/// The explanation of every criterion of the built-in definitions, pinned for each outcome: a yes must never be
/// explained with the words of a no or of an unknown, and each text names the values that decided it.
/// </summary>
public sealed class DefinitionTextTests
{
    private static readonly LocalDate AsOf = new(2026, 1, 1);

    private static Config Config => Config.QuickThrowOnFailure.WithMaxTest(Generators.Runs).WithQuietOnSuccess(true);

    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "legal-form-yes", "association-of-persons", "yes", "The legal form 'registered-association' is an association of people." },
        { "legal-form-no", "association-of-persons", "no", "The legal form 'foundation' is not an association of people." },
        { "legal-form-other", "association-of-persons", "unknown", "The legal form 'other' is too unspecific to decide." },
        { "legal-form-unknown", "association-of-persons", "unknown", "The legal form is unknown." },
        { "non-profit-yes", "recognised-non-profit", "yes", "Its non-profit status is recognised." },
        { "non-profit-no", "recognised-non-profit", "no", "Its non-profit status is not recognised." },
        { "non-profit-unknown", "recognised-non-profit", "unknown", "Its non-profit status is unknown." },
        { "carried-yes", "carried-at-least-half", "yes", "0.5 (50 %) of the people carrying it have a migration history: at least 0.5." },
        { "carried-no", "carried-at-least-half", "no", "0.25 (25 %) of the people carrying it have a migration history: below 0.5." },
        { "carried-unknown", "carried-at-least-half", "unknown", "The share is unknown." },
        { "founded-yes", "founded-by-migrants", "yes", "It was founded by people with a migration history." },
        { "founded-no", "founded-by-migrants", "no", "It was not founded by people with a migration history." },
        { "founded-unknown", "founded-by-migrants", "unknown", "Who founded it is unknown." },
        { "references-yes", "migration-experience-central", "yes", "Central migration references: origin-country-or-region, living-together-in-germany." },
        { "references-no", "migration-experience-central", "no", "No migration reference is central to its self-understanding, goals and activities." },
        { "references-unknown", "migration-experience-central", "unknown", "Its migration references are unknown." },
        { "purposes-yes", "purpose-from-migrant-interests", "yes", "Its purposes (migration-process, other) arise from migrants' situation and interests." },
        { "purposes-no", "purpose-from-migrant-interests", "no", "None of its purposes (other) arises from migrants' situation and interests." },
        { "purposes-unknown", "purpose-from-migrant-interests", "unknown", "Its purposes are unknown." },
        { "members-yes", "members-largely-migrant", "yes", "0.75 (75 %) of the members have a migration background: at least 0.5." },
        { "members-no", "members-largely-migrant", "no", "0.125 (12.5 %) of the members have a migration background: below 0.5." },
        { "members-unknown", "members-largely-migrant", "unknown", "The share is unknown." },
        { "role-yes", "migrants-shape-internal-structures", "yes", "Their role is 'leading', at least 'considerable'." },
        { "role-no", "migrants-shape-internal-structures", "no", "Their role is 'minor', below 'considerable'." },
        { "role-unknown", "migrants-shape-internal-structures", "unknown", "Their role in internal structures is unknown." },
        { "kinds-yes", "container-term", "yes", "Named kinds: sports-club." },
        { "kinds-no", "container-term", "no", "None of the kinds the container term names applies." },
        { "kinds-unknown", "container-term", "unknown", "Its kinds are unknown." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_outcome_of_each_criterion_has_its_own_pinned_text(string profileCase, string ruleId, string outcome, string english)
    {
        var evaluation = Evaluate(ruleId, Profile(profileCase));

        Assert.Equal(outcome, evaluation.Outcome.Id);
        Assert.Equal(english, evaluation.Explanation.English);
        Assert.False(string.IsNullOrWhiteSpace(evaluation.Explanation.German));
        Assert.NotEqual(evaluation.Explanation.English, evaluation.Explanation.German);
    }

    [Fact]
    public void German_texts_follow_the_same_outcome_as_the_english_ones()
    {
        Assert.Equal("Die Rechtsform „registered-association“ ist ein Zusammenschluss von Personen.", Evaluate("association-of-persons", Profile("legal-form-yes")).Explanation.German);
        Assert.Equal("Die Rechtsform ist unbekannt.", Evaluate("association-of-persons", Profile("legal-form-unknown")).Explanation.German);
        Assert.Equal("0.75 (75 %) der Mitglieder haben einen Migrationshintergrund: mindestens 0.5.", Evaluate("members-largely-migrant", Profile("members-yes")).Explanation.German);
        Assert.Equal("0.25 (25 %) der Tragenden haben eine Zuwanderungsgeschichte: unter 0.5.", Evaluate("carried-at-least-half", Profile("carried-no")).Explanation.German);
        Assert.Equal("Ihre Rolle ist „minor“, unterhalb von „considerable“.", Evaluate("migrants-shape-internal-structures", Profile("role-no")).Explanation.German);
    }

    [Fact]
    public void Property_no_criterion_explains_two_outcomes_with_the_same_text()
    {
        // Over a batch of profiles, the texts each leaf gives for yes, no and unknown never coincide: the text alone
        // tells a reader which way the criterion went.
        var batch = Gen.ListOf(Generators.Profile).Select(l => l.ToArray()).Where(a => a.Length > 0).ToArbitrary();
        Check.One(Config, Prop.ForAll(batch, profiles =>
        {
            var outcomesByText = new Dictionary<(string Rule, string Text), string>();
            foreach (var p in profiles)
            {
                foreach (var definition in TestRules.Definitions)
                {
                    foreach (var node in TestRules.Nodes(definition.Rule.Evaluate(p)).Where(n => n.Parts.IsEmpty))
                    {
                        foreach (string text in new[] { node.Explanation.English, node.Explanation.German })
                        {
                            if (outcomesByText.TryGetValue((node.RuleId, text), out string? seen))
                            {
                                Assert.True(seen == node.Outcome.Id, $"{node.RuleId}: '{text}' explains both {seen} and {node.Outcome.Id}");
                            }
                            else
                            {
                                outcomesByText.Add((node.RuleId, text), node.Outcome.Id);
                            }
                        }
                    }
                }
            }
        }));
    }

    private static Evaluation Evaluate(string ruleId, OrganisationProfile profile)
    {
        Rule<OrganisationProfile>[] rules =
        [
            DefinitionCriteria.NonProfitAssociation(SvrParameters.Default),
            DefinitionCriteria.MigrantCarriedOrFounded(),
            DefinitionCriteria.MigrationExperienceCentral(),
            DefinitionCriteria.PurposeFromMigrantInterests(BpbParameters.Default),
            DefinitionCriteria.MembersLargelyMigrant(BpbParameters.Default),
            DefinitionCriteria.MigrantsShapeInternalStructures(BpbParameters.Default),
            DefinitionCriteria.ContainerTerm(),
        ];
        foreach (var rule in rules)
        {
            if (rule.Evaluate(profile).TryFind(ruleId, out var found))
            {
                return found;
            }
        }
        throw new InvalidOperationException($"No criterion '{ruleId}'.");
    }

    private static OrganisationProfile Profile(string profileCase)
    {
        var b = new OrganisationProfileBuilder("Beispielverein", AsOf);
        switch (profileCase)
        {
            case "legal-form-yes": b.LegalForm = LegalForm.RegisteredAssociation; break;
            case "legal-form-no": b.LegalForm = LegalForm.Foundation; break;
            case "legal-form-other": b.LegalForm = LegalForm.Other; break;
            case "legal-form-unknown": break;
            case "non-profit-yes": b.NonProfitStatus = NonProfitStatus.Recognised; break;
            case "non-profit-no": b.NonProfitStatus = NonProfitStatus.NotRecognised; break;
            case "non-profit-unknown": break;
            case "carried-yes": b.CarrierMigrantShare = 0.5; break;
            case "carried-no": b.CarrierMigrantShare = 0.25; break;
            case "carried-unknown": break;
            case "founded-yes": b.FoundedByMigrants = true; break;
            case "founded-no": b.FoundedByMigrants = false; break;
            case "founded-unknown": break;
            case "references-yes": b.MigrationReferences = ValueSet.Of(MigrationReference.LivingTogether, MigrationReference.OriginCountryOrRegion); break;
            case "references-no": b.MigrationReferences = ValueSet.Of<MigrationReference>(); break;
            case "references-unknown": break;
            case "purposes-yes": b.Purposes = ValueSet.Of(Purpose.Other, Purpose.MigrationProcess); break;
            case "purposes-no": b.Purposes = ValueSet.Of(Purpose.Other); break;
            case "purposes-unknown": break;
            case "members-yes": b.MemberMigrantShare = 0.75; break;
            case "members-no": b.MemberMigrantShare = 0.125; break;
            case "members-unknown": break;
            case "role-yes": b.MigrantRoleInStructures = InternalRole.Leading; break;
            case "role-no": b.MigrantRoleInStructures = InternalRole.Minor; break;
            case "role-unknown": break;
            case "kinds-yes": b.Kinds = ValueSet.Of(OrganisationKind.SportsClub); break;
            case "kinds-no": b.Kinds = ValueSet.Of<OrganisationKind>(); break;
            case "kinds-unknown": break;
            default: throw new ArgumentOutOfRangeException(nameof(profileCase), profileCase, "No such case.");
        }
        return b.Build();
    }
}
