using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MoDomain.Definitions;
using MoDomain.Rules;
using MoDomain.Samples;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.Rules;

/// <summary>
/// Pins the generated "because" sentences of all-of, any-of and negation nodes word for word, in both languages:
/// which parts are named for each outcome, how a leaf part carries its own explanation in brackets (without its final
/// full stop), and how a composite part is named by its label alone.
/// </summary>
public sealed class CompositeExplanationTests
{
    private static readonly OrganisationProfile Subject = SampleData.Profiles[0];

    [Fact]
    public void All_of_that_holds_counts_its_criteria()
    {
        var e = All(Truth.Yes, Truth.Yes, Truth.Yes);
        Assert.Equal(Truth.Yes, e.Outcome);
        Assert.Equal("All 3 criteria are met.", e.Explanation.English);
        Assert.Equal("Alle 3 Kriterien sind erfüllt.", e.Explanation.German);
    }

    [Fact]
    public void All_of_that_fails_names_only_the_failing_parts_with_their_explanations()
    {
        var e = All(Truth.No, Truth.Yes, Truth.Unknown, Truth.No);
        Assert.Equal(Truth.No, e.Outcome);
        // Leaf 0 explains with a final full stop (trimmed); leaf 3 without one (kept whole).
        Assert.Equal("Not met: Leaf 0 (leaf 0 says no); Leaf 3 (leaf 3 says no, no stop).", e.Explanation.English);
        Assert.Equal("Nicht erfüllt: Blatt 0 (Blatt 0 sagt no); Blatt 3 (Blatt 3 sagt no, ohne Punkt).", e.Explanation.German);
    }

    [Fact]
    public void All_of_that_is_undetermined_names_only_the_open_parts()
    {
        var e = All(Truth.Yes, Truth.Unknown, Truth.Unknown, Truth.Yes);
        Assert.Equal(Truth.Unknown, e.Outcome);
        Assert.Equal(
            "Undetermined: no criterion fails, but Leaf 1 (leaf 1 says unknown, no stop); Leaf 2 (leaf 2 says unknown) cannot be decided from the known facts.",
            e.Explanation.English);
        Assert.Equal(
            "Offen: kein Kriterium scheitert, aber Blatt 1 (Blatt 1 sagt unknown, ohne Punkt); Blatt 2 (Blatt 2 sagt unknown) lässt sich aus den bekannten Fakten nicht entscheiden.",
            e.Explanation.German);
    }

    [Fact]
    public void Any_of_that_holds_names_only_the_parts_that_hold()
    {
        var e = Any(Truth.Yes, Truth.No, Truth.Yes, Truth.Unknown);
        Assert.Equal(Truth.Yes, e.Outcome);
        Assert.Equal("Met through: Leaf 0 (leaf 0 says yes); Leaf 2 (leaf 2 says yes).", e.Explanation.English);
        Assert.Equal("Erfüllt durch: Blatt 0 (Blatt 0 sagt yes); Blatt 2 (Blatt 2 sagt yes).", e.Explanation.German);
    }

    [Fact]
    public void Any_of_that_fails_names_every_alternative()
    {
        var e = Any(Truth.No, Truth.No);
        Assert.Equal(Truth.No, e.Outcome);
        Assert.Equal("None of the alternatives is met: Leaf 0 (leaf 0 says no); Leaf 1 (leaf 1 says no, no stop).", e.Explanation.English);
        Assert.Equal("Keine der Alternativen ist erfüllt: Blatt 0 (Blatt 0 sagt no); Blatt 1 (Blatt 1 sagt no, ohne Punkt).", e.Explanation.German);
    }

    [Fact]
    public void Any_of_that_is_undetermined_names_the_open_alternatives()
    {
        var e = Any(Truth.No, Truth.Unknown);
        Assert.Equal(Truth.Unknown, e.Outcome);
        Assert.Equal("Undetermined: no alternative is met yet; open: Leaf 1 (leaf 1 says unknown, no stop).", e.Explanation.English);
        Assert.Equal("Offen: noch keine Alternative erfüllt; offen sind: Blatt 1 (Blatt 1 sagt unknown, ohne Punkt).", e.Explanation.German);
    }

    [Fact]
    public void A_composite_part_is_named_by_its_label_alone()
    {
        var inner = new AnyOf<OrganisationProfile>("inner", new LocalizedText("Inner group", "Innere Gruppe"), SourceKeys.Model, Leaves(Truth.No));
        var outer = new AllOf<OrganisationProfile>("outer", new LocalizedText("Outer", "Äußere"), SourceKeys.Model, [inner, .. Leaves(Truth.Yes, Truth.No).Skip(1)]);
        var e = outer.Evaluate(Subject);
        Assert.Equal(Truth.No, e.Outcome);
        Assert.Equal("Not met: Inner group; Leaf 1 (leaf 1 says no, no stop).", e.Explanation.English);
        Assert.Equal("Nicht erfüllt: Innere Gruppe; Blatt 1 (Blatt 1 sagt no, ohne Punkt).", e.Explanation.German);
    }

    [Theory]
    [InlineData("yes", "Does not hold because 'Leaf 0' is met.", "Trifft nicht zu, weil „Blatt 0“ erfüllt ist.")]
    [InlineData("no", "Holds because 'Leaf 0' is not met.", "Trifft zu, weil „Blatt 0“ nicht erfüllt ist.")]
    [InlineData("unknown", "Undetermined because 'Leaf 0' is undetermined.", "Offen, weil „Blatt 0“ offen ist.")]
    public void Negation_explains_through_the_label_of_its_inner_rule(string inner, string english, string german)
    {
        var value = inner switch { "yes" => Truth.Yes, "no" => Truth.No, _ => Truth.Unknown };
        var rule = new Negation<OrganisationProfile>("not", new LocalizedText("Not", "Nicht"), SourceKeys.Model, Leaves(value)[0]);
        var e = rule.Evaluate(Subject);
        Assert.Equal(!value, e.Outcome);
        Assert.Equal(english, e.Explanation.English);
        Assert.Equal(german, e.Explanation.German);
    }

    private static Evaluation All(params Truth[] values) =>
        new AllOf<OrganisationProfile>("all", new LocalizedText("All", "Alle"), SourceKeys.Model, Leaves(values)).Evaluate(Subject);

    private static Evaluation Any(params Truth[] values) =>
        new AnyOf<OrganisationProfile>("any", new LocalizedText("Any", "Irgendeins"), SourceKeys.Model, Leaves(values)).Evaluate(Subject);

    // Leaf i is labelled "Leaf i"; odd leaves explain without a final full stop, even leaves with one.
    private static List<Rule<OrganisationProfile>> Leaves(params Truth[] values)
    {
        var rules = new List<Rule<OrganisationProfile>>();
        for (int i = 0; i < values.Length; i++)
        {
            var value = values[i];
            string n = i.ToString(CultureInfo.InvariantCulture);
            var label = new LocalizedText($"Leaf {n}", $"Blatt {n}");
            var fact = new FactDescriptor<OrganisationProfile, string>($"fact-{n}", label, _ => value.IsUnknown ? default : Fact.Known(value.Id));
            bool odd = i % 2 == 1;
            rules.Add(new Criterion<OrganisationProfile>(
                $"leaf-{n}", label, SourceKeys.Model, [fact], _ => value,
                (_, o) => odd
                    ? new LocalizedText($"leaf {n} says {o.Id}, no stop", $"Blatt {n} sagt {o.Id}, ohne Punkt")
                    : new LocalizedText($"leaf {n} says {o.Id}.", $"Blatt {n} sagt {o.Id}.")));
        }
        return rules;
    }
}
