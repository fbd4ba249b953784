using System;
using System.Linq;
using MoDomain.Definitions;
using MoDomain.Rules;
using MoDomain.Vocabulary;
using NodaTime;

namespace MoDomain.Tests.Rules;

/// <summary>
/// Contracts of the shared rule types that the law-based properties do not pin down: argument checks and their
/// messages, missing facts of a criterion reading several facts, caching, hashing and text forms. (Several of these
/// were found by mutation testing, see docs/quality.md.)
/// </summary>
public sealed class RulesContractTests
{
    private static readonly LocalizedText Label = new("Prüfung", "Check");

    private static OrganisationProfile Profile(Fact<bool> foundedByMigrants, Fact<double> carrierShare) =>
        new OrganisationProfileBuilder("Verein", new LocalDate(2026, 1, 1)) { FoundedByMigrants = foundedByMigrants, CarrierMigrantShare = carrierShare }.Build();

    /// <summary>Unknown unless founded by migrants; reads two facts.</summary>
    private static Criterion<OrganisationProfile> TwoFactCriterion() => new(
        "two-facts",
        Label,
        "test",
        [OrganisationFacts.FoundedByMigrants, OrganisationFacts.CarrierMigrantShare],
        p => p.FoundedByMigrants.Test(f => f) | p.CarrierMigrantShare.Test(s => s >= 0.5),
        (_, outcome) => new LocalizedText(outcome.ToString(), outcome.ToString()));

    [Fact]
    public void Missing_facts_of_an_undetermined_criterion_are_exactly_its_unknown_facts()
    {
        var criterion = TwoFactCriterion();
        var shareUnknown = criterion.Evaluate(Profile(Fact.Known(false), Fact.Unknown<double>()));
        Assert.Equal(Truth.Unknown, shareUnknown.Outcome);
        Assert.Equal(["carrier-migrant-share"], shareUnknown.MissingFacts);
        var foundersUnknown = criterion.Evaluate(Profile(Fact.Unknown<bool>(), Fact.Known(0.2)));
        Assert.Equal(["founded-by-migrants"], foundersUnknown.MissingFacts);
        var bothUnknown = criterion.Evaluate(Profile(Fact.Unknown<bool>(), Fact.Unknown<double>()));
        Assert.Equal(["founded-by-migrants", "carrier-migrant-share"], bothUnknown.MissingFacts);
        Assert.Empty(criterion.Evaluate(Profile(Fact.Known(true), Fact.Unknown<double>())).MissingFacts);
    }

    [Fact]
    public void A_criterion_needs_facts_and_no_null_ones()
    {
        Assert.Throws<ArgumentNullException>(() => new Criterion<OrganisationProfile>("c", Label, "test", null!, _ => Truth.Yes, (_, _) => Label));
        Assert.Throws<ArgumentException>(() => new Criterion<OrganisationProfile>("c", Label, "test", [null!], _ => Truth.Yes, (_, _) => Label));
        var empty = Assert.Throws<ArgumentException>(() => new Criterion<OrganisationProfile>("c", Label, "test", [], _ => Truth.Yes, (_, _) => Label));
        Assert.Equal("reads", empty.ParamName);
        Assert.Contains("at least one fact", empty.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_evaluation_rejects_null_elements_and_missing_facts_of_a_decided_outcome()
    {
        var reading = new FactReading("fact-a", Label, Fact.Known("x"));
        Assert.Throws<ArgumentException>(() => new Evaluation("e", Label, "test", Truth.Unknown, Label, [null!], [], []));
        Assert.Throws<ArgumentException>(() => new Evaluation("e", Label, "test", Truth.Unknown, Label, [reading], [null!], []));
        Assert.Throws<ArgumentException>(() => new Evaluation("e", Label, "test", Truth.Unknown, Label, [reading], [], [null!]));
        var decided = Assert.Throws<ArgumentException>(() => new Evaluation("e", Label, "test", Truth.Yes, Label, [reading], ["fact-a"], []));
        Assert.Equal("missingFacts", decided.ParamName);
        Assert.Contains("Only an unknown outcome", decided.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_evaluation_keeps_the_first_reading_of_a_repeated_fact()
    {
        var first = new FactReading("fact-a", Label, Fact.Known("first"));
        var second = new FactReading("fact-a", Label, Fact.Known("second"));
        var other = new FactReading("fact-b", Label, Fact.Unknown<string>());
        var evaluation = new Evaluation("e", Label, "test", Truth.Unknown, Label, [first, other, second], ["fact-b"], []);
        Assert.Equal([first, other], evaluation.FactsRead);
        Assert.Equal("first", evaluation.FactsRead[0].Value.Value);
    }

    [Fact]
    public void An_explanation_is_built_once_and_cached()
    {
        var evaluation = StandardDefinitions.Svr2020.Rule.Evaluate(MoDomain.Samples.SampleData.Profiles[0]);
        Assert.Same(evaluation.Explanation, evaluation.Explanation);
        Assert.Same(evaluation.Parts[0].Explanation, evaluation.Parts[0].Explanation);
        Assert.Throws<ArgumentNullException>(() => evaluation.TryFind(null!, out _));
    }

    [Fact]
    public void Descriptors_check_the_subject_and_format_values_invariantly_by_default()
    {
        Assert.Throws<ArgumentNullException>(() => OrganisationFacts.CarrierMigrantShare.Get(null!));
        var descriptor = new FactDescriptor<OrganisationProfile, double>("share", Label, p => p.CarrierMigrantShare);
        var reading = descriptor.Read(Profile(Fact.Unknown<bool>(), Fact.Known(0.25)));
        Assert.Equal("0.25", reading.Value.Value);
    }

    [Fact]
    public void A_descriptor_with_a_format_reads_ids_and_facts_print_invariantly()
    {
        var profile = new OrganisationProfileBuilder("Verein", new LocalDate(2026, 1, 1)) { LegalForm = Fact.Known(LegalForm.RegisteredAssociation) }.Build();
        Assert.Equal("registered-association", OrganisationFacts.LegalForm.Read(profile).Value.Value);
        Assert.Equal("unknown", Fact.Unknown<double>().ToString());
        Assert.Equal("0.5", Fact.Known(0.5).ToString());
    }

    [Fact]
    public void Facts_check_their_arguments_and_say_what_is_wrong()
    {
        var unknown = Fact.Unknown<string>();
        Assert.Contains("unknown", Assert.Throws<InvalidOperationException>(() => unknown.Value).Message, StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrWhiteSpace(Assert.Throws<ArgumentNullException>(() => Fact.Known<string>(null!)).Message.Split('(')[0]));
        Assert.Throws<ArgumentNullException>(() => Fact.Known(1).Select<int>(null!));
        Assert.Throws<ArgumentNullException>(() => Fact.Known(1).Test(null!));
    }

    [Fact]
    public void Fact_hashes_separate_unknown_from_every_known_value_and_known_values_from_each_other()
    {
        var hashes = Enumerable.Range(0, 100).Select(i => Fact.Known(i).GetHashCode()).ToHashSet();
        Assert.Equal(100, hashes.Count);
        Assert.DoesNotContain(Fact.Unknown<int>().GetHashCode(), hashes);
        Assert.Equal(Fact.Unknown<int>().GetHashCode(), default(Fact<int>).GetHashCode());
    }

    [Fact]
    public void Fact_readings_compare_with_null_and_print_id_and_value()
    {
        var reading = new FactReading("fact-a", Label, Fact.Known("x"));
        Assert.False(reading.Equals(null));
        Assert.False(reading.Equals((object?)null));
        Assert.Equal("fact-a=x", reading.ToString());
    }

    [Fact]
    public void Truth_comparison_operators_follow_the_order_no_unknown_yes()
    {
        Truth[] ordered = [Truth.No, Truth.Unknown, Truth.Yes];
        for (int i = 0; i < ordered.Length; i++)
        {
            for (int j = 0; j < ordered.Length; j++)
            {
                Assert.Equal(i > j, ordered[i] > ordered[j]);
                Assert.Equal(i >= j, ordered[i] >= ordered[j]);
                Assert.Equal(i < j, ordered[i] < ordered[j]);
                Assert.Equal(i <= j, ordered[i] <= ordered[j]);
            }
        }
    }

    [Fact]
    public void Value_sets_check_arguments_hash_by_content_and_print_their_items()
    {
        Assert.Throws<ArgumentNullException>(() => ValueSet.OfStrings(null!));
        var nullElement = Assert.Throws<ArgumentException>(() => ValueSet.OfStrings(["a", null!]));
        Assert.Contains("null", nullElement.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => ValueSet.OfStrings("a").Overlaps(null!));
        var hashes = new[] { ValueSet.OfStrings(), ValueSet.OfStrings("a"), ValueSet.OfStrings("b"), ValueSet.OfStrings("a", "b"), ValueSet.OfStrings("a", "c") }
            .Select(s => s.GetHashCode()).ToHashSet();
        Assert.Equal(5, hashes.Count);
        Assert.Equal(ValueSet.OfStrings("b", "a").GetHashCode(), ValueSet.OfStrings("a", "b").GetHashCode());
        Assert.Equal("none", ValueSet.OfStrings().ToString());
        Assert.Equal("a, b", ValueSet.OfStrings("b", "a").ToString());
    }
}
