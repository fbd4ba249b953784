using System.Linq;
using MoDomain.Cooperation;
using MoDomain.Rules;
using NodaTime;
using Xunit;

namespace MoDomain.Tests.Cooperation;

/// <summary>
/// Issue 16: trajectories were quadratic (every pair scanned every record; the institutionalisation check compared every
/// step with every earlier step). These tests count work, not time, so a return to quadratic work fails on any machine.
/// </summary>
public sealed class CooperationPortfolioScalingTests
{
    private static CooperationRecord Record(int i, string mo, string partner, CooperationLevel level) => new(
        $"r{i}",
        $"Record {i}",
        [mo],
        [new CooperationPartner(partner, PartnerKind.IntegrationDepartment)],
        level,
        Fact<CooperationForm>.Unknown,
        ValueSet.Of(CooperationTopic.Other),
        Fact<CooperationInitiator>.Unknown,
        Fact<ValueSet<CooperationRole>>.Unknown,
        CooperationPeriod.On(new LocalDate(2020, 1, 1).PlusDays(i % 3000)));

    [Fact]
    public void Trajectories_of_many_pairs_hand_each_record_to_one_trajectory_only()
    {
        const int pairs = 2000;
        var portfolio = new CooperationPortfolio("town", Enumerable.Range(0, 2 * pairs)
            .Select(i => Record(i, $"mo-{i % pairs}", "partner", CooperationLevel.StandingBody)));

        var trajectories = portfolio.Trajectories();

        Assert.Equal(pairs, trajectories.Length);
        Assert.All(trajectories, t => Assert.Equal(2, t.Steps.Length));
        Assert.Equal(2 * pairs, portfolio.RecordsVisited); // quadratic would be pairs × records = 8,000,000
    }

    [Fact]
    public void Mo_portfolios_of_many_mos_visit_each_record_once()
    {
        const int mos = 2000;
        var portfolio = new CooperationPortfolio("town", Enumerable.Range(0, mos)
            .Select(i => Record(i, $"mo-{i}", "partner", CooperationLevel.StandingBody)));

        int total = Enumerable.Range(0, mos).Sum(i => portfolio.ForMo($"mo-{i}").Records.Length);

        Assert.Equal(mos, total);
        Assert.Equal(mos, portfolio.RecordsVisited);
    }

    [Fact]
    public void Institutionalisation_check_of_a_long_trajectory_makes_linearly_many_comparisons()
    {
        const int steps = 5000;
        var levels = System.Enum.GetValues<CooperationLevel>();
        var portfolio = new CooperationPortfolio("town", Enumerable.Range(0, steps)
            .Select(i => Record(i, "mo", "partner", levels[i % levels.Length])));
        var trajectory = portfolio.TrajectoryOf("mo", "partner");

        _ = trajectory.MovesTowardsInstitutionalisation;

        Assert.InRange(trajectory.Comparisons, 1, (long)steps * levels.Length); // quadratic would be ~12,500,000
    }

    [Fact]
    public void Institutionalisation_check_still_finds_a_step_down_after_repeated_levels()
    {
        var portfolio = new CooperationPortfolio("town",
        [
            Record(0, "mo", "p", CooperationLevel.StandingBody),
            Record(1, "mo", "p", CooperationLevel.StandingBody),
            Record(2, "mo", "p", CooperationLevel.StandingBody),
        ]);

        Assert.Equal(Truth.No, portfolio.TrajectoryOf("mo", "p").MovesTowardsInstitutionalisation);
    }
}
