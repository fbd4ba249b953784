using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Cooperation;
using MoDomain.Rules;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.Cooperation;

/// <summary>The laws of the partial maturity order (issue 5): partial-order laws, source-open pairs, Hasse consistency.</summary>
public sealed class MaturityOrderProperties
{
    private static CooperationArrangement A(CooperationLevel level, CooperationForm form) => new(level, form);

    private static CooperationArrangement A(CooperationLevel level) => new(level);

    // Written out by hand from the source statements (not computed from the implementation): every ordered pair
    // (lower, upper) of the default order. Everything else must be incomparable.
    private static readonly (CooperationArrangement Lower, CooperationArrangement Upper)[] StatedPairs = BuildStatedPairs();

    private static (CooperationArrangement, CooperationArrangement)[] BuildStatedPairs()
    {
        var pairs = new List<(CooperationArrangement, CooperationArrangement)>();
        foreach (var level in new[] { CooperationLevel.SingleEvent, CooperationLevel.Project })
        {
            // joint is the most demanding form
            pairs.Add((A(level, CooperationForm.MunicipalityLed), A(level, CooperationForm.Joint)));
            pairs.Add((A(level, CooperationForm.MoLed), A(level, CooperationForm.Joint)));
            // standing bodies are more institutionalised than events and projects (every form)
            foreach (var form in Enum.GetValues<CooperationForm>())
            {
                pairs.Add((A(level, form), A(CooperationLevel.StandingBody)));
            }
        }
        return [.. pairs];
    }

    private static Arbitrary<(CooperationArrangement, CooperationArrangement)> PairArb =>
        (from a in CooperationGenerators.Arrangement from b in CooperationGenerators.Arrangement select (a, b)).ToArbitrary();

    private static Arbitrary<(CooperationArrangement, CooperationArrangement, CooperationArrangement)> TripleArb =>
        (from a in CooperationGenerators.Arrangement from b in CooperationGenerators.Arrangement from c in CooperationGenerators.Arrangement select (a, b, c)).ToArbitrary();

    public static TheoryData<string> Orders => new() { "default", "subsuming" };

    private static MaturityOrder OrderNamed(string name) => name == "default" ? MaturityOrder.Default : MaturityOrder.Subsuming;

    [Theory]
    [MemberData(nameof(Orders))]
    public void Property_reflexive(string name)
    {
        var order = OrderNamed(name);
        Check.One(CooperationGenerators.Config, Prop.ForAll(CooperationGenerators.Arrangement.ToArbitrary(), a =>
            Assert.Equal(MaturityComparison.Equal, order.Compare(a, a))));
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public void Property_antisymmetric_and_dual(string name)
    {
        var order = OrderNamed(name);
        Check.One(CooperationGenerators.Config, Prop.ForAll(PairArb, p =>
        {
            var (a, b) = p;
            var ab = order.Compare(a, b);
            var ba = order.Compare(b, a);
            Assert.Equal(Dual(ab), ba);
            if (order.IsAtMost(a, b) && order.IsAtMost(b, a))
            {
                Assert.Equal(a, b);
            }
        }));
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public void Property_transitive(string name)
    {
        var order = OrderNamed(name);
        Check.One(CooperationGenerators.Config, Prop.ForAll(TripleArb, t =>
        {
            var (a, b, c) = t;
            if (order.IsAtMost(a, b) && order.IsAtMost(b, c))
            {
                Assert.True(order.IsAtMost(a, c), $"{a} <= {b} <= {c} but not {a} <= {c}");
            }
        }));
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public void Property_comparisons_agree_with_paths_of_Hasse_edges(string name)
    {
        var order = OrderNamed(name);
        Check.One(CooperationGenerators.Config, Prop.ForAll(PairArb, p =>
        {
            var (a, b) = p;
            bool path = Reachable(order.HasseEdges, a, b);
            Assert.Equal(path && !a.Equals(b), order.Compare(a, b) == MaturityComparison.Less);
        }));
        foreach (var edge in order.HasseEdges)
        {
            Assert.Equal(MaturityComparison.Less, order.Compare(edge.Lower, edge.Upper));
            Assert.DoesNotContain(order.Elements, c => order.Compare(edge.Lower, c) == MaturityComparison.Less && order.Compare(c, edge.Upper) == MaturityComparison.Less);
            Assert.Contains(edge, order.StatedEdges);
        }
    }

    [Fact]
    public void Property_no_pair_the_source_leaves_open_is_ordered()
    {
        Check.One(CooperationGenerators.Config, Prop.ForAll(PairArb, p =>
        {
            var (a, b) = p;
            var expected = a.Equals(b) ? MaturityComparison.Equal
                : StatedPairs.Contains((a, b)) ? MaturityComparison.Less
                : StatedPairs.Contains((b, a)) ? MaturityComparison.Greater
                : MaturityComparison.Incomparable;
            Assert.Equal(expected, MaturityOrder.Default.Compare(a, b));
        }));
    }

    [Fact]
    public void Source_open_pairs_are_incomparable_examples()
    {
        var order = MaturityOrder.Default;
        // The source gives frequencies, not maturity, for events vs projects and for the two non-joint forms.
        Assert.Equal(MaturityComparison.Incomparable, order.Compare(A(CooperationLevel.SingleEvent, CooperationForm.Joint), A(CooperationLevel.Project, CooperationForm.MunicipalityLed)));
        Assert.Equal(MaturityComparison.Incomparable, order.Compare(A(CooperationLevel.Project, CooperationForm.MoLed), A(CooperationLevel.Project, CooperationForm.MunicipalityLed)));
        Assert.Equal(MaturityComparison.Incomparable, order.Compare(A(CooperationLevel.SingleEvent, CooperationForm.Joint), A(CooperationLevel.Project, CooperationForm.Joint)));
        Assert.Equal(MaturityComparison.Incomparable, order.Compare(A(CooperationLevel.AdHocExchange), A(CooperationLevel.StandingBody)));
        Assert.Equal(MaturityComparison.Incomparable, order.Compare(A(CooperationLevel.ThematicWorkingGroup), A(CooperationLevel.SingleEvent, CooperationForm.MoLed)));
        Assert.Equal(MaturityComparison.Greater, MaturityOrder.Subsuming.Compare(A(CooperationLevel.ThematicWorkingGroup), A(CooperationLevel.SingleEvent, CooperationForm.MoLed)));
        Assert.Equal(MaturityComparison.Incomparable, MaturityOrder.Subsuming.Compare(A(CooperationLevel.ThematicWorkingGroup), A(CooperationLevel.StandingBody)));
        Assert.Equal(MaturityComparison.Incomparable, MaturityOrder.Subsuming.Compare(A(CooperationLevel.DemocracyPartnershipNetwork), A(CooperationLevel.SingleEvent, CooperationForm.MoLed)));
    }

    [Fact]
    public void Default_Hasse_edges_are_the_six_stated_covering_pairs_each_with_a_statement_and_source()
    {
        var order = MaturityOrder.Default;
        Assert.Equal(6, order.HasseEdges.Length);
        Assert.All(order.HasseEdges, e =>
        {
            Assert.Equal(SourceKeys.Qualitaetszirkel2023, e.Source);
            Assert.False(string.IsNullOrWhiteSpace(e.Statement.English));
            Assert.False(string.IsNullOrWhiteSpace(e.Statement.German));
        });
        Assert.All(MaturityOrder.Subsuming.StatedEdges.Skip(order.StatedEdges.Length), e => Assert.Equal(SourceKeys.Interpretive, e.Source));
        Assert.Equal(order.StatedEdges.Select(e => e.ToString()), MaturityOrder.Subsuming.StatedEdges.Take(order.StatedEdges.Length).Select(e => e.ToString()));
        Assert.Equal(11, order.Elements.Length);
    }

    [Fact]
    public void Property_random_acyclic_edge_sets_give_partial_orders()
    {
        var elements = CooperationArrangement.All.ToArray();
        var gen =
            from permutation in Gen.Shuffle(elements)
            from picks in Gen.ListOf(Gen.Two(Gen.Choose(0, elements.Length - 1)))
            select picks.Where(p => p.Item1 != p.Item2)
                .Select(p => (Math.Min(p.Item1, p.Item2), Math.Max(p.Item1, p.Item2)))
                .Distinct()
                .Select(p => new MaturityEdge(permutation[p.Item1], permutation[p.Item2], new LocalizedText("test", "Test"), SourceKeys.Model))
                .ToArray();
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Generators.Scaled(100)), Prop.ForAll(gen.ToArbitrary(), edges =>
        {
            var order = new MaturityOrder(edges);
            foreach (var a in elements)
            {
                Assert.Equal(MaturityComparison.Equal, order.Compare(a, a));
                foreach (var b in elements)
                {
                    Assert.Equal(Dual(order.Compare(a, b)), order.Compare(b, a));
                    Assert.Equal(!a.Equals(b) && Reachable(order.HasseEdges, a, b), order.Compare(a, b) == MaturityComparison.Less);
                    foreach (var c in elements)
                    {
                        if (order.IsAtMost(a, b) && order.IsAtMost(b, c))
                        {
                            Assert.True(order.IsAtMost(a, c));
                        }
                    }
                }
            }
            // Every stated edge holds, and nothing is ordered that no chain of stated edges connects.
            Assert.All(edges, e => Assert.Equal(MaturityComparison.Less, order.Compare(e.Lower, e.Upper)));
        }));
    }

    [Fact]
    public void A_cycle_is_rejected_naming_an_element()
    {
        var text = new LocalizedText("test", "Test");
        var a = A(CooperationLevel.StandingBody);
        var b = A(CooperationLevel.AdHocExchange);
        var ex = Assert.Throws<ArgumentException>(() => new MaturityOrder([new MaturityEdge(a, b, text, SourceKeys.Model), new MaturityEdge(b, a, text, SourceKeys.Model)]));
        Assert.Contains("cycle", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new MaturityEdge(a, a, text, SourceKeys.Model));
    }

    [Fact]
    public void Property_learning_an_unknown_form_never_flips_a_known_comparison()
    {
        var gen =
            from l1 in CooperationGenerators.Enum<CooperationLevel>()
            from l2 in CooperationGenerators.Enum<CooperationLevel>()
            from f1 in CooperationGenerators.Enum<CooperationForm>()
            from f2 in CooperationGenerators.Enum<CooperationForm>()
            select (l1, l2, f1, f2);
        Check.One(CooperationGenerators.Config, Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var order = MaturityOrder.Default;
            var partial = order.Compare(t.l1, Fact<CooperationForm>.Unknown, t.l2, Fact<CooperationForm>.Unknown);
            var full = order.Compare(t.l1, t.f1, t.l2, t.f2);
            Assert.True(full.IsKnown);
            if (partial.IsKnown)
            {
                Assert.Equal(partial.Value, full.Value);
            }
        }));
        // A standing body is above any event, whatever its form.
        Assert.Equal(MaturityComparison.Greater, MaturityOrder.Default.Compare(CooperationLevel.StandingBody, default, CooperationLevel.SingleEvent, default).Value);
        Assert.False(MaturityOrder.Default.Compare(CooperationLevel.Project, default, CooperationLevel.Project, CooperationForm.Joint).IsKnown);
    }

    private static MaturityComparison Dual(MaturityComparison c) => c switch
    {
        MaturityComparison.Less => MaturityComparison.Greater,
        MaturityComparison.Greater => MaturityComparison.Less,
        _ => c,
    };

    private static bool Reachable(IEnumerable<MaturityEdge> edges, CooperationArrangement from, CooperationArrangement to)
    {
        var seen = new HashSet<CooperationArrangement> { from };
        var queue = new Queue<CooperationArrangement>([from]);
        while (queue.Count > 0)
        {
            var x = queue.Dequeue();
            if (x.Equals(to))
            {
                return true;
            }
            foreach (var e in edges.Where(e => e.Lower.Equals(x)))
            {
                if (seen.Add(e.Upper))
                {
                    queue.Enqueue(e.Upper);
                }
            }
        }
        return false;
    }
}
