using System;
using System.Collections.Generic;
using System.Linq;
using MoDomain.Cooperation;
using MoDomain.Rules;
using static MoDomain.Tests.Cooperation.CoopFixtures;

namespace MoDomain.Tests.Cooperation;

/// <summary>
/// Contracts of portfolios, trajectories, distributions and the portfolio analysis that mutation testing found
/// unchecked: argument checks with parameter names and messages, the pair list, step order, the institutionalisation
/// verdict with open comparisons, and the project-only form comparison.
/// </summary>
public sealed class PortfolioContractTests
{
    [Fact]
    public void A_portfolio_refuses_null_records_and_repeated_ids()
    {
        AssertArgument(() => _ = new CooperationPortfolio("Musterstadt", [Record("r-1"), null!]), "records", "null elements");
        AssertArgument(() => _ = new CooperationPortfolio("Musterstadt", [Record("r-1"), Record("r-2"), Record("r-1")]), "records", "The record id 'r-1' is used twice.");
        Assert.Equal("records", Assert.Throws<ArgumentNullException>(() => _ = new CooperationPortfolio("Musterstadt", null!)).ParamName);
    }

    [Fact]
    public void Pairs_are_distinct_in_order_of_first_appearance()
    {
        var portfolio = new CooperationPortfolio("Musterstadt",
        [
            Record("r-1", mos: ["mo-a", "mo-b"], partners: [Office, Kita]),
            Record("r-2", mos: ["mo-a"], partners: [Office]),
            Record("r-3", mos: ["mo-c"], partners: [Kita]),
            Record("r-4", mos: ["mo-b"], partners: [Kita]),
        ]);
        Assert.Equal(
            [("mo-a", "Integrationsbüro"), ("mo-a", "Kita-Koordination"), ("mo-b", "Integrationsbüro"), ("mo-b", "Kita-Koordination"), ("mo-c", "Kita-Koordination")],
            portfolio.Pairs.Select(p => (p.Key, p.Value)));
        Assert.Equal(5, portfolio.Trajectories().Length);
    }

    [Fact]
    public void ForMo_names_its_own_parameter()
    {
        var portfolio = new CooperationPortfolio("Musterstadt", [Record("r-1", mos: ["mo-a"]), Record("r-2", mos: ["mo-b"])]);
        Assert.Equal(["r-1"], portfolio.ForMo("mo-a").Records.Select(r => r.Id));
        Assert.Equal("mo-a", portfolio.ForMo("mo-a").Owner);
        Assert.Equal("mo", Assert.Throws<ArgumentException>(() => portfolio.ForMo(" ")).ParamName);
        Assert.Equal("mo", Assert.Throws<ArgumentNullException>(() => portfolio.ForMo(null!)).ParamName);
    }

    [Fact]
    public void TrajectoryOf_uses_the_given_order_and_the_default_otherwise()
    {
        var portfolio = new CooperationPortfolio("Musterstadt", [Record("r-1")]);
        Assert.Same(MaturityOrder.Subsuming, portfolio.TrajectoryOf("mo-a", "Integrationsbüro", MaturityOrder.Subsuming).Order);
        Assert.Same(MaturityOrder.Default, portfolio.TrajectoryOf("mo-a", "Integrationsbüro").Order);
        Assert.All(portfolio.Trajectories(MaturityOrder.Subsuming), t => Assert.Same(MaturityOrder.Subsuming, t.Order));
    }

    [Fact]
    public void Trajectory_steps_are_ordered_by_start_then_end_then_id_and_skip_other_pairs()
    {
        CooperationRecord[] records =
        [
            Record("r-late", period: CooperationPeriod.On(D(2020, 5, 1))),
            Record("r-short-b", period: CooperationPeriod.Between(D(2020, 1, 1), D(2020, 1, 31))),
            Record("r-other", mos: ["mo-b"], period: CooperationPeriod.On(D(2019, 1, 1))),
            Record("r-long", period: CooperationPeriod.Between(D(2020, 1, 1), D(2020, 12, 31))),
            Record("r-short-a", period: CooperationPeriod.Between(D(2020, 1, 1), D(2020, 1, 31))),
            Record("r-early", period: CooperationPeriod.On(D(2019, 6, 1))),
        ];
        var trajectory = new CooperationTrajectory("mo-a", "Integrationsbüro", records, MaturityOrder.Default);
        Assert.Equal(["r-early", "r-short-a", "r-short-b", "r-long", "r-late"], trajectory.Steps.Select(s => s.Record.Id));
        Assert.Equal([true, false, false, false, false], trajectory.Steps.Select(s => s.IsFirst));
        Assert.False(trajectory.Steps[0].ComparedWithPrevious.IsKnown);
        Assert.Equal(MaturityComparison.Equal, trajectory.Steps[1].ComparedWithPrevious.Value);
    }

    [Fact]
    public void A_trajectory_refuses_null_records()
    {
        AssertArgument(() => _ = new CooperationTrajectory("mo-a", "Integrationsbüro", [Record("r-1"), null!], MaturityOrder.Default), "records", "null elements");
        Assert.Equal("records", Assert.Throws<ArgumentNullException>(() => _ = new CooperationTrajectory("mo-a", "Integrationsbüro", null!, MaturityOrder.Default)).ParamName);
    }

    private static CooperationTrajectory Trajectory(params (CooperationLevel Level, Fact<CooperationForm> Form)[] steps) =>
        new("mo-a", "Integrationsbüro",
            steps.Select((s, i) => Record($"r-{i}", level: s.Level, form: s.Form, period: CooperationPeriod.On(D(2020, 1, 1).PlusMonths(i)))),
            MaturityOrder.Default);

    [Fact]
    public void A_step_compared_only_with_itself_leaves_nothing_open()
    {
        // An event, then a project of unknown form (incomparable with the event for every form), then a standing body:
        // every comparison between different steps is known and the last is above the first.
        var t = Trajectory(
            (CooperationLevel.SingleEvent, CooperationForm.MunicipalityLed),
            (CooperationLevel.Project, Fact<CooperationForm>.Unknown),
            (CooperationLevel.StandingBody, Fact<CooperationForm>.Unknown));
        Assert.Equal(Truth.Yes, t.MovesTowardsInstitutionalisation);
    }

    [Fact]
    public void An_open_comparison_makes_the_verdict_unknown_even_when_first_and_last_are_related()
    {
        // The second event's unknown form may be below, equal to or incomparable with the first: open. The standing
        // body is above both, so first and last alone would say yes.
        var t = Trajectory(
            (CooperationLevel.SingleEvent, CooperationForm.MunicipalityLed),
            (CooperationLevel.SingleEvent, Fact<CooperationForm>.Unknown),
            (CooperationLevel.StandingBody, Fact<CooperationForm>.Unknown));
        Assert.Equal(Truth.Unknown, t.MovesTowardsInstitutionalisation);
        Assert.False(t.Steps[1].ComparedWithPrevious.IsKnown);
        Assert.Equal(MaturityComparison.Greater, t.Steps[2].ComparedWithPrevious.Value);
    }

    [Fact]
    public void The_first_step_carries_no_comparison()
    {
        AssertArgument(() => _ = new TrajectoryStep(Record(), true, MaturityComparison.Less), "comparedWithPrevious", "The first step has no previous step to compare with.");
        Assert.True(new TrajectoryStep(Record(), true, Fact<MaturityComparison>.Unknown).IsFirst);
        Assert.Equal(MaturityComparison.Less, new TrajectoryStep(Record(), false, MaturityComparison.Less).ComparedWithPrevious.Value);
    }

    [Fact]
    public void A_category_count_lies_between_zero_and_its_base()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => _ = new CategoryCount<CooperationForm>(CooperationForm.Joint, 3, 2));
        Assert.Equal("count", e.ParamName);
        Assert.Equal(3, e.ActualValue);
        Assert.Contains("A count must lie between 0 and the base 2.", e.Message, StringComparison.Ordinal);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => _ = new CategoryCount<CooperationForm>(CooperationForm.Joint, -1, 5)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => _ = new CategoryCount<CooperationForm>(CooperationForm.Joint, 0, -1)).ParamName);
        var full = new CategoryCount<CooperationForm>(CooperationForm.Joint, 2, 2);
        Assert.Equal(1.0, full.Share.Value);
        Assert.Equal("Joint: 2", full.ToString());
        Assert.False(new CategoryCount<CooperationForm>(CooperationForm.MoLed, 0, 0).Share.IsKnown);
    }

    [Fact]
    public void A_distribution_checks_its_arguments_and_its_indexer()
    {
        Assert.Equal("records", Assert.Throws<ArgumentNullException>(() => _ = new Distribution<CooperationForm>(null!, r => r.Form.Select(f => (IEnumerable<CooperationForm>)[f]))).ParamName);
        Assert.Equal("categories", Assert.Throws<ArgumentNullException>(() => _ = new Distribution<CooperationForm>([], null!)).ParamName);
        var distribution = new Distribution<CooperationForm>([Record(level: CooperationLevel.Project, form: CooperationForm.MoLed)], r => r.Form.Select(f => (IEnumerable<CooperationForm>)[f]));
        Assert.Equal(1, distribution[CooperationForm.MoLed].Count);
        Assert.Equal("category", Assert.Throws<ArgumentOutOfRangeException>(() => distribution[(CooperationForm)9]).ParamName);
    }

    [Fact]
    public void Project_forms_are_compared_over_projects_only()
    {
        var portfolio = new CooperationPortfolio("Musterstadt",
        [
            Record("r-1", level: CooperationLevel.Project, form: CooperationForm.Joint),
            Record("r-2", level: CooperationLevel.SingleEvent, form: CooperationForm.MoLed),
            Record("r-3", level: CooperationLevel.SingleEvent, form: CooperationForm.MoLed),
        ]);
        var analysis = portfolio.Analyze();
        var projects = analysis.ProjectForms.ToDictionary(c => c.Category);
        Assert.Equal(1, projects[CooperationForm.Joint].Observed.Count);
        Assert.Equal(0, projects[CooperationForm.MoLed].Observed.Count);
        Assert.Equal(1.0, projects[CooperationForm.Joint].Observed.Share.Value);
        var events = analysis.EventForms.ToDictionary(c => c.Category);
        Assert.Equal(2, events[CooperationForm.MoLed].Observed.Count);
        Assert.Equal(0, events[CooperationForm.Joint].Observed.Count);
    }

    [Fact]
    public void A_share_comparison_needs_one_category()
    {
        var observed = new CategoryCount<CooperationForm>(CooperationForm.Joint, 1, 2);
        AssertArgument(() => _ = new ShareComparison<CooperationForm>(observed, CooperationSurvey.ProjectForms[0]), "survey", "The observed and the survey category differ.");
        var joint = CooperationSurvey.ProjectForms.Single(s => s.Category == CooperationForm.Joint);
        Assert.Equal(0.5 - 0.26, new ShareComparison<CooperationForm>(observed, joint).Difference.Value, 10);
    }

    [Fact]
    public void A_topic_gap_checks_its_numbers_and_needs_a_lower_ranked_topic()
    {
        var count = Assert.Throws<ArgumentOutOfRangeException>(() => _ = new TopicGap(CooperationTopic.Sport, -1, 0, [CooperationTopic.Other]));
        Assert.Equal("count", count.ParamName);
        Assert.Contains("A count cannot be negative.", count.Message, StringComparison.Ordinal);
        var tier = Assert.Throws<ArgumentOutOfRangeException>(() => _ = new TopicGap(CooperationTopic.Sport, 0, -1, [CooperationTopic.Other]));
        Assert.Equal("surveyTier", tier.ParamName);
        Assert.Contains("A tier cannot be negative.", tier.Message, StringComparison.Ordinal);
        AssertArgument(() => _ = new TopicGap(CooperationTopic.Sport, 0, 0, []), "exceededBy", "A gap needs at least one lower-ranked topic with more records.");
        var gap = new TopicGap(CooperationTopic.Sport, 0, 0, [CooperationTopic.Other]);
        Assert.Equal((0, 0), (gap.Count, gap.SurveyTier));
    }
}
