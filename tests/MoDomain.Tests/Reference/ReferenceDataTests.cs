using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Reference;
using MoDomain.Rules;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.Reference;

/// <summary>The reference figures and rankings of DOMAIN.md §6, pinned to the source figures.</summary>
public sealed class ReferenceDataTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(Generators.Scaled(500));

    [Theory]
    [InlineData("qz-2020-respondents", 32)]
    [InlineData("qz-2020-laender", 10)]
    [InlineData("qz-2020-questions", 10)]
    [InlineData("qz-2020-questionnaire-parts", 3)]
    [InlineData("qz-2020-concept", 23)]
    [InlineData("qz-2020-job-description", 23)]
    [InlineData("qz-2020-concept-and-job-description", 20)]
    [InlineData("qz-2020-concept-only", 3)]
    [InlineData("qz-2020-job-description-only", 3)]
    [InlineData("qz-2020-staff-share-over-11", 24)]
    [InlineData("qz-2020-staff-share-over-25", 13)]
    [InlineData("qz-2020-staff-share-11-to-25", 11)]
    [InlineData("qz-2020-rooms-municipal-meeting-rooms", 24)]
    [InlineData("qz-2020-rooms-several-forms", 10)]
    [InlineData("qz-2020-rooms-none", 7)]
    [InlineData("qz-2020-regular-exchange-with-umbrellas", 23)]
    [InlineData("qz-2020-mo-in-working-bodies", 28)]
    [InlineData("qz-2020-other-levels", 14)]
    [InlineData("pga-interviews", 20)]
    [InlineData("pga-survey-mos", 414)]
    [InlineData("pga-survey-authorities", 102)]
    [InlineData("pga-survey-providers", 171)]
    [InlineData("iq-2013-migrant-organisations", 16000)]
    public void Count_figures_match_the_sources(string id, int expected)
    {
        ReferenceFigure figure = ReferenceData.Figure(id);
        Assert.Equal(FigureUnit.Count, figure.Unit);
        Assert.Equal(expected, figure.Value);
    }

    [Theory]
    [InlineData("qz-2020-events-municipality-led", 35)]
    [InlineData("qz-2020-events-mo-led", 35)]
    [InlineData("qz-2020-events-joint", 30)]
    [InlineData("qz-2020-projects-mo-led", 39)]
    [InlineData("qz-2020-projects-municipality-led", 35)]
    [InlineData("qz-2020-projects-joint", 26)]
    [InlineData("qz-2020-initiator-integration-department", 41)]
    [InlineData("qz-2020-initiator-mo", 31)]
    [InlineData("qz-2020-initiator-other-municipal-office", 28)]
    [InlineData("pga-founded-for-youth-welfare", 54)]
    [InlineData("pga-financed-via-youth-welfare", 18)]
    [InlineData("qz-2020-budget-over-quarter", 50)]
    [InlineData("qz-2020-budget-11-to-25", 25)]
    [InlineData("qz-2020-qualification-offers", 75)]
    public void Percent_figures_match_the_sources(string id, int expected)
    {
        ReferenceFigure figure = ReferenceData.Figure(id);
        Assert.Equal(FigureUnit.Percent, figure.Unit);
        Assert.Equal(expected, figure.Value);
    }

    [Theory]
    [InlineData("qz-2020-events-")]
    [InlineData("qz-2020-projects-")]
    [InlineData("qz-2020-initiator-")]
    public void Shares_of_one_distribution_sum_to_100(string prefix)
    {
        var shares = ReferenceData.Figures.Where(f => f.Id.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        Assert.Equal(3, shares.Count);
        Assert.Equal(100m, shares.Sum(f => f.Value));
    }

    [Fact]
    public void Set_up_counts_are_consistent_with_each_other()
    {
        decimal V(string id) => ReferenceData.Figure(id).Value;
        Assert.Equal(V("qz-2020-concept"), V("qz-2020-concept-and-job-description") + V("qz-2020-concept-only"));
        Assert.Equal(V("qz-2020-job-description"), V("qz-2020-concept-and-job-description") + V("qz-2020-job-description-only"));
        Assert.Equal(V("qz-2020-staff-share-over-11"), V("qz-2020-staff-share-over-25") + V("qz-2020-staff-share-11-to-25"));
    }

    [Fact]
    public void Surveys_carry_their_years_and_sources()
    {
        ReferenceSurvey qz = ReferenceData.Survey("qz-2020");
        Assert.Equal(Fact.Known(2020), qz.SurveyYear);
        Assert.Equal(Fact.Known(2023), qz.PublicationYear);
        Assert.Equal(SourceKeys.Qualitaetszirkel2023, qz.Source);
        Assert.True(ReferenceData.Survey("paritaetischer-gemeinsam-aktiv").SurveyYear.IsUnknown);
        Assert.True(ReferenceData.Survey("paritaetischer-gemeinsam-aktiv").PublicationYear.IsUnknown);
        Assert.Equal(SourceKeys.IqFachAgMo2013, ReferenceData.Figure("iq-2013-migrant-organisations").Source);
        Assert.True(ReferenceData.Figure("iq-2013-migrant-organisations").IsApproximate);
    }

    [Fact]
    public void Every_figure_and_ranking_has_a_unique_id_a_known_topic_and_both_labels()
    {
        var ids = ReferenceData.Figures.Select(f => f.Id).Concat(ReferenceData.Rankings.Select(r => r.Id)).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        foreach (ReferenceFigure f in ReferenceData.Figures)
        {
            Assert.True(ReferenceData.Topics.Contains(f.Topic), f.Id);
            Assert.False(string.IsNullOrWhiteSpace(f.Measures.English), f.Id);
            Assert.False(string.IsNullOrWhiteSpace(f.Measures.German), f.Id);
            Assert.Contains(f.Survey, ReferenceData.Surveys);
        }

        Assert.All(ReferenceData.Rankings, r => Assert.True(ReferenceData.Topics.Contains(r.Topic), r.Id));
        Assert.All(ReferenceData.Topics.Concepts, t => Assert.True(
            !ReferenceData.FiguresOn(t.Id).IsEmpty || !ReferenceData.RankingsOn(t.Id).IsEmpty, t.Id));
    }

    [Fact]
    public void Shares_are_fractions_of_the_base()
    {
        Assert.Equal(Fact.Known(0.75m), ReferenceData.Figure("qz-2020-staff-share-over-11").Share);
        Assert.Equal(Fact.Known(0.54m), ReferenceData.Figure("pga-founded-for-youth-welfare").Share);
        Assert.True(ReferenceData.Figure("pga-survey-mos").Share.IsUnknown);
        Assert.Equal("24 of 32", ReferenceData.Figure("qz-2020-staff-share-over-11").ToString());
        Assert.Equal("24 von 32", ReferenceData.Figure("qz-2020-staff-share-over-11").Format(Language.German));
        Assert.Equal("54 %", ReferenceData.Figure("pga-founded-for-youth-welfare").ToString());
        Assert.Equal("~16000", ReferenceData.Figure("iq-2013-migrant-organisations").ToString());
    }

    [Fact]
    public void Funding_frequency_is_guidelines_then_flexible_budget_then_institutional()
    {
        ReferenceRanking r = ReferenceData.Ranking("qz-2020-funding-form-frequency");
        Assert.Equal(["funding-guidelines", "flexible-budget", "institutional-funding"], r.RankedIds);
        Assert.Equal(RankComparison.Before, r.Compare("funding-guidelines", "institutional-funding"));
    }

    [Fact]
    public void Topic_rankings_keep_the_ties_the_source_states()
    {
        ReferenceRanking exchange = ReferenceData.Ranking("qz-2020-topics-regular-exchange");
        Assert.Equal(RankComparison.Tied, exchange.Compare("culture-intercultural", "religion-interreligious"));
        Assert.Equal(RankComparison.Before, exchange.Compare("anti-racism-democracy", "culture-intercultural"));
        Assert.Equal(Fact.Known(6), exchange.RankOf("other"));
        Assert.True(exchange.RankOf("urban-planning-neighbourhood").IsUnknown);
        Assert.Equal(RankComparison.NotRanked, exchange.Compare("urban-planning-neighbourhood", "sport"));

        ReferenceRanking bodies = ReferenceData.Ranking("qz-2020-topics-working-bodies");
        Assert.Equal(Fact.Known(1), bodies.RankOf("refugees"));
        Assert.Equal(Fact.Known(5), bodies.RankOf("labour-economy"));
        Assert.Equal(RankComparison.After, bodies.Compare("labour-economy", "sport"));
    }

    [Fact]
    public void Unknown_ids_get_a_suggestion()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => ReferenceData.Figure("pga-survey-mo"));
        Assert.Contains("pga-survey-mos", ex.Message, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => ReferenceData.FiguresOn("no-such-topic"));
        Assert.False(ReferenceData.TryGetFigure(null, out _));
    }

    [Fact]
    public void Constructors_reject_inconsistent_figures()
    {
        ReferenceSurvey s = ReferenceData.Survey("qz-2020");
        var text = new LocalizedText("x", "x");
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReferenceFigure("a", "funding", text, 33, FigureUnit.Count, Fact.Known(32), false, s));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReferenceFigure("a", "funding", text, 101, FigureUnit.Percent, Fact<int>.Unknown, false, s));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReferenceFigure("a", "funding", text, -1, FigureUnit.Count, Fact<int>.Unknown, false, s));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReferenceFigure("a", "funding", text, 1, FigureUnit.Count, Fact.Known(0), false, s));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReferenceFigure("a", "funding", text, 1, (FigureUnit)9, Fact<int>.Unknown, false, s));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReferenceSurvey("s", text, text, Fact.Known(2024), Fact.Known(2023), "k"));
        var dup = Assert.Throws<ArgumentException>(() => new ReferenceRanking("r", "funding", text, "x", [["a"], ["b", "a"]], s));
        Assert.Equal("tiers", dup.ParamName);
        Assert.Throws<ArgumentException>(() => new ReferenceRanking("r", "funding", text, "x", [["a"], []], s));
        Assert.Throws<ArgumentException>(() => new ReferenceRanking("r", "funding", text, "x", [], s));
    }

    [Fact]
    public void Property_ranking_comparison_is_a_strict_weak_order_on_ranked_ids()
    {
        Gen<ReferenceRanking> rankings = Gen.Elements(ReferenceData.Rankings.ToArray());
        var triples = from r in rankings
                      from a in Gen.Elements(r.RankedIds.ToArray())
                      from b in Gen.Elements(r.RankedIds.ToArray())
                      from c in Gen.Elements(r.RankedIds.ToArray())
                      select (r, a, b, c);
        Check.One(Config, Prop.ForAll(triples.ToArbitrary(), t =>
        {
            (ReferenceRanking r, string a, string b, string c) = t;
            Assert.Equal(RankComparison.Tied, r.Compare(a, a));
            RankComparison ab = r.Compare(a, b);
            RankComparison ba = r.Compare(b, a);
            Assert.Equal(ab switch { RankComparison.Before => RankComparison.After, RankComparison.After => RankComparison.Before, _ => ab }, ba);
            if (ab == RankComparison.Before && r.Compare(b, c) != RankComparison.After)
            {
                Assert.Equal(RankComparison.Before, r.Compare(a, c));
            }

            Assert.Equal(ab, r.RankOf(a).Value.CompareTo(r.RankOf(b).Value) switch { < 0 => RankComparison.Before, 0 => RankComparison.Tied, _ => RankComparison.After });
        }));
    }
}
