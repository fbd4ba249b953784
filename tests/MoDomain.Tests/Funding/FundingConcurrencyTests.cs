using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using MoDomain.Cooperation;
using MoDomain.Funding;
using MoDomain.Samples;

namespace MoDomain.Tests.Funding;

/// <summary>Funding policies, the funding ladder, the maturity order and portfolio analyses evaluated from many
/// threads give exactly the sequential results (bounded in count, not in time).</summary>
public sealed class FundingConcurrencyTests
{
    private const int Rounds = 2_000;
    private static readonly ParallelOptions Options = new() { MaxDegreeOfParallelism = 8 };

    private static string Fingerprint(EligibilityResult r) =>
        r.Policy.Id + ":" + r.OutcomeId + ":" + r.Evaluation.Explanation.English + ":" + string.Join(",", r.MissingFacts)
        + ":" + string.Join(",", r.Requirements.Select(q => q.Outcome.ToString()));

    [Fact]
    public void Funding_policies_from_many_threads_give_the_sequential_results()
    {
        var pairs = (from p in FundingPolicies.All from c in SampleFunding.Cases select (Policy: p, Case: c)).ToArray();
        string[] sequential = [.. pairs.Select(x => Fingerprint(x.Policy.Evaluate(x.Case, SampleFunding.AsOf)))];
        var differences = new ConcurrentBag<int>();
        Parallel.For(0, Rounds, Options, i =>
        {
            int k = i % pairs.Length;
            if (Fingerprint(pairs[k].Policy.Evaluate(pairs[k].Case, SampleFunding.AsOf)) != sequential[k])
            {
                differences.Add(k);
            }
        });
        Assert.Empty(differences);
    }

    [Fact]
    public void The_funding_ladder_from_many_threads_gives_the_sequential_results()
    {
        var ladder = FundingLadder.Default;
        var forms = ladder.Rungs.Select(r => r.Form).ToArray();
        var pairs = (from x in forms from y in forms select (x, y)).ToArray();
        int[] sequential = [.. pairs.Select(p => ladder.Compare(p.x, p.y))];
        string[] held = [.. SampleFunding.Cases.Select(c => c.Awards.HighestRungHeld(SampleFunding.AsOf, ladder)?.ToString() ?? "-")];
        var differences = new ConcurrentBag<int>();
        Parallel.For(0, Rounds, Options, i =>
        {
            int k = i % pairs.Length;
            int c = i % held.Length;
            if (ladder.Compare(pairs[k].x, pairs[k].y) != sequential[k]
                || (SampleFunding.Cases[c].Awards.HighestRungHeld(SampleFunding.AsOf, ladder)?.ToString() ?? "-") != held[c])
            {
                differences.Add(i);
            }
        });
        Assert.Empty(differences);
    }

    [Fact]
    public void The_maturity_order_from_many_threads_gives_the_sequential_results()
    {
        var all = CooperationArrangement.All;
        var orders = new[] { MaturityOrder.Default, MaturityOrder.Subsuming };
        var pairs = (from o in orders from x in all from y in all select (o, x, y)).ToArray();
        MaturityComparison[] sequential = [.. pairs.Select(p => p.o.Compare(p.x, p.y))];
        var differences = new ConcurrentBag<int>();
        Parallel.For(0, Rounds * 4, Options, i =>
        {
            int k = i % pairs.Length;
            if (pairs[k].o.Compare(pairs[k].x, pairs[k].y) != sequential[k])
            {
                differences.Add(k);
            }
        });
        Assert.Empty(differences);
    }

    private static string Fingerprint(PortfolioAnalysis a) => string.Join("|",
        string.Join(",", a.ByLevel.Entries), string.Join(",", a.ByForm.Entries), string.Join(",", a.ByTopic.Entries),
        string.Join(",", a.ByInitiator.Entries), a.EventForms.Length, a.ProjectForms.Length, a.Initiators.Length,
        string.Join(",", a.TopicGaps.Select(g => $"{g.Topic}:{g.Count}:{g.SurveyTier}:{string.Join("/", g.ExceededBy)}")));

    [Fact]
    public void Portfolio_analyses_from_many_threads_match_the_sequential_one()
    {
        var portfolio = SampleCooperation.Municipality.Portfolio;
        string sequential = Fingerprint(portfolio.Analyze());
        var differences = new ConcurrentBag<int>();
        Parallel.For(0, Rounds / 4, Options, i =>
        {
            if (Fingerprint(portfolio.Analyze()) != sequential)
            {
                differences.Add(i);
            }
        });
        Assert.Empty(differences);
    }
}
