using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using MoDomain.Cooperation;
using MoDomain.Rules;
using MoDomain.Vocabulary;
using static MoDomain.Tests.Cooperation.CoopFixtures;

namespace MoDomain.Tests.Cooperation;

/// <summary>
/// Contracts of cooperation assessments that mutation testing found unchecked: argument checks with parameter names and
/// messages, the kind/side/presence filter, weights, factor equality and text forms.
/// </summary>
public sealed class AssessmentContractTests
{
    private static readonly Truth[] Cycle = [Truth.Yes, Truth.No, Truth.Unknown];

    private static AssessmentResult Mixed() =>
        new CooperationAssessment(CooperationFactors.All.Select((f, i) => new FactorObservation(f.Id, Cycle[i % 3], i % 2 == 0 ? null : "Notiz " + i))).Evaluate();

    [Fact]
    public void Select_filters_by_kind_side_and_presence_together()
    {
        var result = Mixed();
        int total = 0;
        foreach (var kind in Enum.GetValues<FactorKind>())
        {
            foreach (var side in Enum.GetValues<FactorSide>())
            {
                foreach (var presence in new[] { Truth.Unknown, Truth.Yes, Truth.No })
                {
                    var expected = new List<FactorStatus>();
                    foreach (var status in result.Statuses)
                    {
                        if (status.Factor.Kind == kind && status.Factor.Side == side && status.Presence == presence)
                        {
                            expected.Add(status);
                        }
                    }
                    Assert.Equal(expected, result.Select(kind, side, presence));
                    total += expected.Count;
                }
            }
        }
        Assert.Equal(result.Statuses.Length, total);
        Assert.Equal(result.Statuses.Length, result.Present.Length + result.Missing.Length + result.Unknown.Length);
    }

    [Fact]
    public void Select_refuses_undefined_values_by_parameter()
    {
        var result = Mixed();
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => result.Select((FactorKind)9, FactorSide.Mo, Truth.Yes)).ParamName);
        Assert.Equal("side", Assert.Throws<ArgumentOutOfRangeException>(() => result.Select(FactorKind.Obstacle, (FactorSide)9, Truth.Yes)).ParamName);
    }

    [Fact]
    public void An_assessment_refuses_nulls_repeated_factors_and_repeated_observations()
    {
        var trust = CooperationFactors.Get("trust");
        AssertArgument(() => _ = new CooperationAssessment([new FactorObservation("trust", Truth.Yes), null!]), "observations", "null elements");
        AssertArgument(() => _ = new CooperationAssessment([], [trust, null!]), "factors", "null elements");
        Assert.Equal("observations", Assert.Throws<ArgumentNullException>(() => new CooperationAssessment(null!, [trust])).ParamName);
        Assert.Equal("factors", Assert.Throws<ArgumentNullException>(() => new CooperationAssessment([], null!)).ParamName);
        AssertArgument(() => _ = new CooperationAssessment([], [trust, CooperationFactors.Get("reliability"), CooperationFactors.Get("trust")]), "factors", "The factor 'trust' is listed twice.");
        AssertArgument(
            () => _ = new CooperationAssessment([new FactorObservation("trust", Truth.Yes), new FactorObservation("trust", Truth.No)]),
            "observations",
            "The factor 'trust' is observed twice.");
    }

    [Fact]
    public void Weights_are_checked_by_name_and_value()
    {
        var assessment = new CooperationAssessment([new FactorObservation("trust", Truth.Yes)]);
        Assert.Equal("weights", Assert.Throws<ArgumentNullException>(() => assessment.Evaluate(null!)).ParamName);
        Assert.Equal("weights", Assert.Throws<ArgumentNullException>(() => assessment.Evaluate(new NullKeyWeights())).ParamName);
        var unknown = Assert.Throws<ArgumentException>(() => assessment.Evaluate(new Dictionary<string, double> { ["trsut"] = 1 }));
        Assert.Equal("weights", unknown.ParamName);
        Assert.Contains("The weight names 'trsut', which is not a known factor; did you mean 'trust'?", unknown.Message, StringComparison.Ordinal);
        foreach (double bad in new[] { double.NaN, double.PositiveInfinity, double.NegativeInfinity })
        {
            AssertArgument(() => assessment.Evaluate(new Dictionary<string, double> { ["trust"] = bad }), "weights", "The weight of 'trust' must be a finite number.");
        }
        var score = assessment.Evaluate(new Dictionary<string, double> { ["trust"] = 2, ["reliability"] = -1, ["mutual-interest"] = 3 }).Weighted!;
        Assert.False(score.Score.IsKnown);
        Assert.Equal((1.0, 5.0), (score.Minimum, score.Maximum));
    }

    [Fact]
    public void A_factor_keeps_its_parts_and_compares_by_concept()
    {
        var concept = new Concept("test-factor", new LocalizedText("Test factor", "Testfaktor"), "A factor for tests.", SourceKeys.Interpretive);
        var factor = new CooperationFactor(concept, FactorKind.Obstacle, FactorSide.Administration);
        Assert.Same(concept, factor.Concept);
        Assert.Equal(("test-factor", FactorKind.Obstacle, FactorSide.Administration), (factor.Id, factor.Kind, factor.Side));
        Assert.Equal("test-factor", factor.ToString());
        EqualityLaws.Check(
            () => new CooperationFactor(concept, FactorKind.Obstacle, FactorSide.Administration),
            ("concept", new CooperationFactor(new Concept("other-factor", new LocalizedText("Other", "Andere"), "Another factor.", SourceKeys.Interpretive), FactorKind.Obstacle, FactorSide.Administration)));
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => CooperationFactors.Get(null!)).ParamName);
        Assert.Throws<KeyNotFoundException>(() => CooperationFactors.Get("trsut"));
    }

    [Fact]
    public void Observations_keep_their_note_and_print_their_presence()
    {
        var observation = new FactorObservation("trust", Truth.No, "Kaum Kontakt");
        Assert.Equal("Kaum Kontakt", observation.Note);
        Assert.Null(new FactorObservation("trust", Truth.No).Note);
        AssertArgument(() => _ = new FactorObservation("trust", Truth.No, " "), "note", "empty or white space");
        Assert.Equal("trust: absent", observation.ToString());
        var status = new CooperationAssessment([observation]).Evaluate().Statuses.Single(s => s.Factor.Id == "trust");
        Assert.Equal("Kaum Kontakt", status.Note);
        Assert.Equal("trust: absent", status.ToString());
        Assert.Equal("reliability: unknown", new CooperationAssessment([observation]).Evaluate().Statuses.Single(s => s.Factor.Id == "reliability").ToString());
    }

    /// <summary>A caller's dictionary that hands out a null key (the BCL dictionaries cannot hold one).</summary>
    private sealed class NullKeyWeights : IReadOnlyDictionary<string, double>
    {
        public double this[string key] => 1;

        public IEnumerable<string> Keys => [null!];

        public IEnumerable<double> Values => [1];

        public int Count => 1;

        public bool ContainsKey(string key) => key is null;

        public IEnumerator<KeyValuePair<string, double>> GetEnumerator()
        {
            yield return new KeyValuePair<string, double>(null!, 1);
        }

        public bool TryGetValue(string key, [MaybeNullWhen(false)] out double value)
        {
            value = 1;
            return key is null;
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
