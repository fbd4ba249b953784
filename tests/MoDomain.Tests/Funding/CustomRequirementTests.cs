using System;
using System.Linq;
using System.Text.Json;
using MoDomain.Definitions;
using MoDomain.Funding;
using MoDomain.Interop;
using MoDomain.Rules;
using MoDomain.Vocabulary;
using NodaTime;
using NodaTime.Text;

namespace MoDomain.Tests.Funding;

/// <summary>A caller's own requirement ("seat in Neustadt", read from a caller fact) in a policy, a ladder, the gap
/// analysis and JSON, plus a time-based custom requirement whose first date the gap analysis checks.</summary>
public sealed class CustomRequirementTests
{
    private static readonly LocalDate Today = new(2025, 6, 1);

    private static readonly FundingRequirement SeatInNeustadt = FundingRequirement.Create(
        Criterion.CallerFactEquals<FundingSubject>(
            "seat-in-neustadt", new LocalizedText("Seat in Neustadt", "Sitz in Neustadt"), "neustadt-guideline-2024",
            "seat-municipality", new LocalizedText("Seat municipality", "Sitzgemeinde"), "Neustadt"));

    // Time-based: registered in Neustadt for two years, from the caller fact "registered-in-neustadt-since" (yyyy-MM-dd).
    private static readonly FundingRequirement TwoYearsInNeustadt = FundingRequirement.Create(
        new Criterion<FundingSubject>(
            "two-years-in-neustadt", new LocalizedText("Two years in Neustadt", "Zwei Jahre in Neustadt"), "neustadt-guideline-2024",
            [CallerFacts.Descriptor<FundingSubject>("registered-in-neustadt-since", new LocalizedText("Registered in Neustadt since", "In Neustadt eingetragen seit")), FundingFacts.EvaluationDate],
            s => RegisteredSince(s) is { } since ? Truth.FromBoolean(s.At >= since.PlusYears(2)) : Truth.Unknown,
            (s, o) => new LocalizedText(o.IsYes ? "Two years are complete." : "Two years are not complete or unknown.", o.IsYes ? "Zwei Jahre sind vollendet." : "Zwei Jahre sind nicht vollendet oder unbekannt.")),
        s => RegisteredSince(s)?.PlusYears(2));

    private static readonly FundingPolicy Neustadt = new(
        "neustadt-project-funding", new LocalizedText("Neustadt project funding", "Neustädter Projektförderung"), "neustadt-guideline-2024",
        [FundingRequirement.Of(FundingRequirementKind.RecognisedNonProfit), SeatInNeustadt]);

    private static LocalDate? RegisteredSince(FundingSubject s) =>
        s.CallerFacts.Get("registered-in-neustadt-since").TryGetValue(out string? text) && LocalDatePattern.Iso.Parse(text).TryGetValue(default, out var d) ? d : null;

    private static FundingCase Case(string? seat, NonProfitStatus status = NonProfitStatus.Recognised)
    {
        var c = new FundingCase(new OrganisationProfile("Kulturbrücke Neustadt e.V.", Today, legalForm: LegalForm.RegisteredAssociation, nonProfitStatus: status));
        return seat is null ? c : c.WithCallerFacts(CallerFacts.Empty.With("seat-municipality", seat));
    }

    [Fact]
    public void A_custom_requirement_decides_a_policy_from_a_caller_fact()
    {
        var met = Neustadt.Evaluate(Case("Neustadt"), Today);
        Assert.True(met.Outcome.IsYes);
        Assert.Equal("Seat municipality: 'Neustadt', as required.", met.Requirements[1].Evaluation.Explanation.English);
        Assert.Equal("Sitzgemeinde: „Neustadt“, wie verlangt.", met.Requirements[1].Evaluation.Explanation.German);

        var elsewhere = Neustadt.Evaluate(Case("Altdorf"), Today);
        Assert.True(elsewhere.Outcome.IsNo);
        Assert.Equal("seat-in-neustadt", Assert.Single(elsewhere.Failing).Requirement.Id);
        Assert.Equal("Seat municipality: 'Altdorf', not 'Neustadt'.", elsewhere.Requirements[1].Evaluation.Explanation.English);

        var unknown = Neustadt.Evaluate(Case(null), Today);
        Assert.True(unknown.Outcome.IsUnknown);
        Assert.Equal(["seat-municipality"], unknown.MissingFacts);
        Assert.Equal("Sitzgemeinde: unbekannt.", unknown.Requirements[1].Evaluation.Explanation.German);

        // The case's own facts still decide: a known "no" elsewhere wins over the unknown seat.
        Assert.True(Neustadt.Evaluate(Case(null, NonProfitStatus.NotRecognised), Today).Outcome.IsNo);
    }

    [Fact]
    public void A_custom_requirement_is_an_ordinary_requirement()
    {
        Assert.False(SeatInNeustadt.IsBuiltIn);
        Assert.Null(SeatInNeustadt.Kind);
        Assert.Equal("seat-in-neustadt", SeatInNeustadt.Id);
        Assert.Equal("Sitz in Neustadt", SeatInNeustadt.Label.German);
        Assert.Equal("neustadt-guideline-2024", SeatInNeustadt.Source);
        Assert.False(SeatInNeustadt.IsTimeBased);
        Assert.True(TwoYearsInNeustadt.IsTimeBased);
        var builtIn = FundingRequirement.Of(FundingRequirementKind.TrustBuilding);
        Assert.True(builtIn.IsBuiltIn);
        Assert.Equal(FundingVocabulary.RequirementKinds.ConceptOf(FundingRequirementKind.TrustBuilding).Label, builtIn.Label);
        Assert.Equal(SourceKeys.IqFachAgMo2013, builtIn.Source);
    }

    [Fact]
    public void Every_built_in_kind_keeps_its_id_and_only_the_two_dated_kinds_are_time_based()
    {
        foreach (var kind in Enum.GetValues<FundingRequirementKind>())
        {
            var r = FundingRequirement.Of(kind);
            Assert.Equal(FundingVocabulary.RequirementKinds.IdOf(kind), r.Id);
            Assert.Equal(kind, r.Kind);
            Assert.Equal(kind is FundingRequirementKind.DemonstrableSuccess or FundingRequirementKind.YouthWelfareRecognition, r.IsTimeBased);
        }
        Assert.False(FundingRequirement.YouthWelfareRecognition(RecognitionStatus.RecognisedByLaw).IsTimeBased);
        Assert.Throws<ArgumentOutOfRangeException>(() => FundingRequirement.Of((FundingRequirementKind)99));
    }

    [Fact]
    public void A_custom_requirement_cannot_take_a_built_in_id_or_appear_twice()
    {
        var fake = Criterion.CallerFactEquals<FundingSubject>("trust-building", new LocalizedText("T", "T"), "s", "x", new LocalizedText("X", "X"), "y");
        var ex = Assert.Throws<ArgumentException>(() => FundingRequirement.Create(fake));
        Assert.Equal("rule", ex.ParamName);
        Assert.Contains("built-in", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new FundingPolicy("p", new LocalizedText("P", "P"), "s", [SeatInNeustadt, SeatInNeustadt]));
        Assert.Throws<ArgumentException>(() => new FundingRequirementRegistry([SeatInNeustadt, SeatInNeustadt]));
        Assert.Throws<ArgumentException>(() => new FundingRequirementRegistry([FundingRequirement.Of(FundingRequirementKind.PaidStructures)]));
        Assert.Throws<ArgumentException>(() => FundingRequirementRegistry.Empty.With(SeatInNeustadt).With(SeatInNeustadt));
    }

    [Fact]
    public void The_gap_analysis_blocks_on_a_custom_requirement_of_a_custom_ladder()
    {
        var ladder = new FundingLadder("neustadt-ladder", new LocalizedText("Neustadt", "Neustadt"),
        [
            new FundingRung(FundingForm.SingleMeasureFunding, null, new LocalizedText("Open to all", "Offen für alle"), "neustadt-guideline-2024"),
            new FundingRung(FundingForm.ProjectFunding, Neustadt.Id, new LocalizedText("Needs the seat", "Braucht den Sitz"), "neustadt-guideline-2024"),
        ]);
        var gap = FundingGapAnalysis.Analyse(new FundingSubject(Case("Altdorf"), Today), ladder, [Neustadt]);
        Assert.Equal(FundingForm.SingleMeasureFunding, gap.HighestRungMet!.Form);
        Assert.Equal(FundingForm.ProjectFunding, gap.NextRung!.Form);
        var blocking = Assert.Single(gap.Blocking);
        Assert.Same(SeatInNeustadt, blocking.Requirement);
        Assert.True(blocking.Outcome.IsNo);
        Assert.Null(blocking.FirstDateMet);

        var met = FundingGapAnalysis.Analyse(new FundingSubject(Case("Neustadt"), Today), ladder, [Neustadt]);
        Assert.Equal(FundingForm.ProjectFunding, met.HighestRungMet!.Form);
        Assert.Empty(met.Blocking);
    }

    [Fact]
    public void The_gap_analysis_gives_the_first_date_of_a_time_based_custom_requirement()
    {
        var c = Case("Neustadt").WithCallerFacts(CallerFacts.Empty.With("registered-in-neustadt-since", "2024-02-29"));
        var subject = new FundingSubject(c, Today);
        // 2024-02-29 plus two years is 2026-02-28 in NodaTime; the rule and its candidate agree, so the date is confirmed.
        Assert.Equal(new LocalDate(2026, 2, 28), FundingGapAnalysis.FirstDateMet(TwoYearsInNeustadt, subject));
        Assert.Null(FundingGapAnalysis.FirstDateMet(TwoYearsInNeustadt, subject.WithDate(new LocalDate(2026, 3, 1))));
        Assert.Null(FundingGapAnalysis.FirstDateMet(TwoYearsInNeustadt, new FundingSubject(Case("Neustadt"), Today)));
        Assert.Null(FundingGapAnalysis.FirstDateMet(SeatInNeustadt, subject));
    }

    [Fact]
    public void A_candidate_date_that_the_rule_does_not_confirm_is_dropped()
    {
        // The time rule claims one day too early: met on the candidate's day before as well? No: not met on the candidate.
        var wrong = FundingRequirement.Create(TwoYearsInNeustadt.Rule, s => RegisteredSince(s)?.PlusYears(2).PlusDays(-1));
        var c = Case("Neustadt").WithCallerFacts(CallerFacts.Empty.With("registered-in-neustadt-since", "2024-06-01"));
        Assert.Null(FundingGapAnalysis.FirstDateMet(wrong, new FundingSubject(c, Today)));
        Assert.NotEqual(wrong, TwoYearsInNeustadt);
    }

    [Fact]
    public void A_policy_with_a_custom_requirement_round_trips_through_json_with_a_registry()
    {
        var registry = new FundingRequirementRegistry([SeatInNeustadt, TwoYearsInNeustadt]);
        string json = FundingJson.SerializePolicy(Neustadt);
        Assert.Contains("\"kind\": \"seat-in-neustadt\"", json, StringComparison.Ordinal);
        var back = FundingJson.DeserializePolicy(json, registry);
        Assert.Equal(Neustadt, back);
        Assert.Same(SeatInNeustadt, back.Requirements[1]);
        Assert.Equal([Neustadt], FundingJson.DeserializePolicies(FundingJson.SerializePolicies([Neustadt]), registry));
        using var stream = new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        Assert.Equal(Neustadt, FundingJson.ReadPolicy(stream, registry));
    }

    [Fact]
    public void An_unregistered_custom_kind_is_an_error_naming_the_json_path()
    {
        string json = FundingJson.SerializePolicy(Neustadt);
        var ex = Assert.Throws<JsonException>(() => FundingJson.DeserializePolicy(json));
        Assert.StartsWith("$.requirements[1].kind: 'seat-in-neustadt' is neither a built-in requirement kind nor registered", ex.Message, StringComparison.Ordinal);
        Assert.Contains("registered: none", ex.Message, StringComparison.Ordinal);
        var other = new FundingRequirementRegistry([TwoYearsInNeustadt]);
        var ex2 = Assert.Throws<JsonException>(() => FundingJson.DeserializePolicies(FundingJson.SerializePolicies([Neustadt]), other));
        Assert.StartsWith("$.policies[0].requirements[1].kind: ", ex2.Message, StringComparison.Ordinal);
        Assert.Contains("registered: two-years-in-neustadt", ex2.Message, StringComparison.Ordinal);
        // A typo of a built-in id still gets the suggestion.
        var typo = Assert.Throws<JsonException>(() => FundingJson.DeserializePolicy(json.Replace("recognised-non-profit", "recognised-non-proft", StringComparison.Ordinal)));
        Assert.Contains("did you mean 'recognised-non-profit'", typo.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_kind_takes_no_parameters_in_json()
    {
        var registry = new FundingRequirementRegistry([SeatInNeustadt]);
        string json = FundingJson.SerializePolicy(Neustadt).Replace("\"kind\": \"seat-in-neustadt\"", "\"kind\": \"seat-in-neustadt\", \"minimumYears\": 2", StringComparison.Ordinal);
        var ex = Assert.Throws<JsonException>(() => FundingJson.DeserializePolicy(json, registry));
        Assert.StartsWith("$.requirements[1]: the custom requirement 'seat-in-neustadt' takes no parameters", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Caller_facts_of_a_case_round_trip_through_json_known_and_unknown()
    {
        var c = Case("Neustadt").WithCallerFacts(CallerFacts.Empty.With("seat-municipality", "Neustadt").With("district", Fact<string>.Unknown));
        string json = FundingJson.SerializeCases([c]);
        Assert.Contains("\"district\": null", json, StringComparison.Ordinal);
        var back = Assert.Single(FundingJson.DeserializeCases(json));
        Assert.Equal(c.CallerFacts, back.CallerFacts);
        Assert.True(back.CallerFacts.Contains("district"));
        Assert.True(back.CallerFacts.Get("district").IsUnknown);
        Assert.True(Neustadt.Evaluate(back, Today).Outcome.IsYes);
        Assert.Equal(c.CallerFacts, back.WithProfile(back.Profile).CallerFacts);
        Assert.DoesNotContain("callerFacts", FundingJson.SerializeCases([Case(null)]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"Seat\": \"x\"", "$.fundingCases[0].callerFacts.Seat: 'Seat' is not a valid fact id")]
    [InlineData("\"paid-structures\": \"yes\"", "$.fundingCases[0].callerFacts.paid-structures: 'paid-structures' is a fact the library models itself")]
    [InlineData("\"seat-municipality\": \" \"", "$.fundingCases[0].callerFacts.seat-municipality: a caller fact's value must not be blank")]
    public void Bad_caller_facts_are_errors_naming_the_json_path(string entry, string expected)
    {
        string json = FundingJson.SerializeCases([Case("Neustadt")]).Replace("\"seat-municipality\": \"Neustadt\"", entry, StringComparison.Ordinal);
        var ex = Assert.Throws<JsonException>(() => FundingJson.DeserializeCases(json));
        Assert.StartsWith(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_rejects_caller_facts_that_shadow_library_facts()
    {
        var ex = Assert.Throws<ArgumentException>(() => Case(null).WithCallerFacts(CallerFacts.Empty.With("trust-building", "yes")));
        Assert.Equal("callerFacts", ex.ParamName);
    }
}
