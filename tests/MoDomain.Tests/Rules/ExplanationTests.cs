using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Definitions;
using MoDomain.Rules;
using MoDomain.Samples;

namespace MoDomain.Tests.Rules;

/// <summary>Every evaluation explains itself in English and German, names the fact values, and is culture-invariant.</summary>
public sealed class ExplanationTests
{
    private static Config Config => Config.QuickThrowOnFailure.WithMaxTest(Generators.Runs).WithQuietOnSuccess(true);

    [Fact]
    public void Property_every_node_has_distinct_non_blank_english_and_german_explanations()
    {
        Check.One(Config, Prop.ForAll(Generators.ProfileArb, p =>
        {
            foreach (var rule in TestRules.AllRules)
            {
                foreach (var node in TestRules.Nodes(rule.Evaluate(p)))
                {
                    Assert.False(string.IsNullOrWhiteSpace(node.Explanation.English), node.RuleId);
                    Assert.False(string.IsNullOrWhiteSpace(node.Explanation.German), node.RuleId);
                    Assert.NotEqual(node.Explanation.English, node.Explanation.German);
                    Assert.Equal(node.Label, TestRules.Rule(node.RuleId).Label);
                }
            }
        }));
    }

    [Fact]
    public void Property_leaf_explanations_contain_the_fact_values_in_both_languages()
    {
        Check.One(Config, Prop.ForAll(Generators.ProfileArb, p =>
        {
            foreach (var definition in TestRules.Definitions)
            {
                var evaluation = definition.Rule.Evaluate(p);
                foreach (var node in TestRules.Nodes(evaluation).Where(n => n.Parts.IsEmpty && n.Outcome.IsDecided))
                {
                    foreach (var expected in ExpectedValues(node.RuleId, p))
                    {
                        Assert.True(node.Explanation.English.Contains(expected, StringComparison.Ordinal), $"{node.RuleId}: '{node.Explanation.English}' lacks '{expected}'");
                        Assert.True(node.Explanation.German.Contains(expected, StringComparison.Ordinal), $"{node.RuleId}: '{node.Explanation.German}' lacks '{expected}'");
                    }
                }
            }
        }));
    }

    [Fact]
    public void Property_explanations_and_readings_do_not_depend_on_the_current_culture()
    {
        Check.One(Config, Prop.ForAll(Generators.ProfileArb, p =>
        {
            var invariant = InCulture(CultureInfo.InvariantCulture, () => DefinitionSet.Default.ClassifyAll(p));
            foreach (var name in new[] { "de-DE", "tr-TR", "ar-SA", "fr-FR" })
            {
                var local = InCulture(CultureInfo.GetCultureInfo(name), () => DefinitionSet.Default.ClassifyAll(p));
                for (int i = 0; i < invariant.Classifications.Length; i++)
                {
                    EvaluationAssert.Equal(invariant.Classifications[i].Evaluation, local.Classifications[i].Evaluation, name);
                }
                EvaluationAssert.Equal(invariant.ContainerTerm, local.ContainerTerm, name);
            }
        }));
    }

    [Fact]
    public void Share_explanations_use_a_decimal_point_under_a_german_culture()
    {
        var p = new OrganisationProfile("X", SampleData.AsOf, carrierMigrantShare: 0.45, memberMigrantShare: 0.625, foundedByMigrants: false);
        var (svr, bpb) = InCulture(CultureInfo.GetCultureInfo("de-DE"), () => (StandardDefinitions.Svr2020.Rule.Evaluate(p), StandardDefinitions.Bpb2013.Rule.Evaluate(p)));
        var carried = TestRules.Node(svr, "carried-at-least-half");
        Assert.Equal("0.45 (45 %) of the people carrying it have a migration history: below 0.5.", carried.Explanation.English);
        Assert.Equal("0.45 (45 %) der Tragenden haben eine Zuwanderungsgeschichte: unter 0.5.", carried.Explanation.German);
        Assert.Equal("0.45", carried.FactsRead.Single().Value.Value);
        var members = TestRules.Node(bpb, "members-largely-migrant");
        Assert.Contains("0.625 (62.5 %)", members.Explanation.English, StringComparison.Ordinal);
        Assert.DoesNotContain("0,", members.Explanation.German, StringComparison.Ordinal);
    }

    [Fact]
    public void Composite_explanations_name_the_failing_and_open_criteria()
    {
        var friends = SampleData.Organisations.Single(o => o.Id == "freundeskreis-lissabon").Profile;
        var svr = StandardDefinitions.Svr2020.Rule.Evaluate(friends);
        Assert.StartsWith("Not met: " + StandardDefinitions.Svr2020.Criteria[1].Label.English, svr.Explanation.English, StringComparison.Ordinal);
        Assert.StartsWith("Nicht erfüllt: " + StandardDefinitions.Svr2020.Criteria[1].Label.German, svr.Explanation.German, StringComparison.Ordinal);
        Assert.DoesNotContain(StandardDefinitions.Svr2020.Criteria[0].Label.English, svr.Explanation.English, StringComparison.Ordinal);
        Assert.DoesNotContain(StandardDefinitions.Svr2020.Criteria[2].Label.English, svr.Explanation.English, StringComparison.Ordinal);

        var academics = SampleData.Organisations.Single(o => o.Id == "akademikerforum-entwicklung").Profile;
        var open = StandardDefinitions.Svr2020.Rule.Evaluate(academics);
        Assert.StartsWith("Undetermined", open.Explanation.English, StringComparison.Ordinal);
        Assert.Contains(StandardDefinitions.Svr2020.Criteria[1].Label.English, open.Explanation.English, StringComparison.Ordinal);
        Assert.Contains(StandardDefinitions.Svr2020.Criteria[1].Label.German, open.Explanation.German, StringComparison.Ordinal);
        Assert.DoesNotContain(StandardDefinitions.Svr2020.Criteria[0].Label.English, open.Explanation.English, StringComparison.Ordinal);

        var met = StandardDefinitions.Svr2020.Rule.Evaluate(SampleData.Profiles[0]);
        Assert.Equal("All 3 criteria are met.", met.Explanation.English);
        Assert.Equal("Alle 3 Kriterien sind erfüllt.", met.Explanation.German);
        Assert.StartsWith("svr-2020: yes", met.ToString(), StringComparison.Ordinal);
    }

    private static string[] ExpectedValues(string ruleId, OrganisationProfile p) => ruleId switch
    {
        "association-of-persons" => [DefinitionsVocabulary.LegalForms.IdOf(p.LegalForm.Value)],
        "carried-at-least-half" => [OrganisationFacts.FormatShare(p.CarrierMigrantShare.Value), "0.5"],
        "members-largely-migrant" => [OrganisationFacts.FormatShare(p.MemberMigrantShare.Value), "0.5"],
        "migrants-shape-internal-structures" => [DefinitionsVocabulary.InternalRoles.IdOf(p.MigrantRoleInStructures.Value), "considerable"],
        "purpose-from-migrant-interests" => [.. p.Purposes.Value.Select(DefinitionsVocabulary.Purposes.IdOf)],
        "migration-experience-central" => [.. p.MigrationReferences.Value.Select(DefinitionsVocabulary.MigrationReferences.IdOf)],
        _ => [],
    };

    private static T InCulture<T>(CultureInfo culture, Func<T> action)
    {
        var saved = CultureInfo.CurrentCulture;
        var savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }
}
