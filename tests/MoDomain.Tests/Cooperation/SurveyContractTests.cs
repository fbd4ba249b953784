using System;
using System.Collections.Immutable;
using System.Linq;
using MoDomain.Cooperation;
using MoDomain.Funding;
using MoDomain.Rules;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.Cooperation;

/// <summary>
/// Contracts of the survey reference types and of the municipal set-up comparison that mutation testing found
/// unchecked: the bounds of counts, respondents and years (both sides of every boundary), text forms, and every line
/// of <see cref="MunicipalSetUp.CompareWithSurvey"/> under Kleene logic.
/// </summary>
public sealed class SurveyContractTests
{
    private static readonly LocalizedText Label = new("Municipalities with a concept", "Kommunen mit Konzept");
    private static readonly SurveyProvenance Provenance = new("Umfrage unter Kommunen", 32, 2020, 2023, "qz-test");

    private static SurveyFigure Figure(double share, Fact<int> count) => new("concept", Label, share, count, Provenance);

    [Fact]
    public void A_figure_count_lies_between_zero_and_the_respondents()
    {
        Assert.Equal(0, Figure(0.0, 0).Count.Value);
        Assert.Equal(5, Figure(5 / 32.0, 5).Count.Value);
        Assert.Equal(32, Figure(1.0, 32).Count.Value);
        Assert.False(Figure(0.5, Fact<int>.Unknown).Count.IsKnown);
        foreach (int bad in new[] { -1, 33 })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => Figure(0.5, bad));
            Assert.Equal("count", e.ParamName);
            Assert.Equal(bad, e.ActualValue);
            Assert.Contains("A count must lie between 0 and the 32 respondents.", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_figure_prints_its_count_or_its_percentage()
    {
        var counted = Figure(23 / 32.0, 23);
        Assert.Equal("concept: 23 of 32", counted.ToString());
        Assert.Equal("concept: 37.5 %", Figure(0.375, Fact<int>.Unknown).ToString());
        Assert.Equal("concept: 50 %", Figure(0.5, Fact<int>.Unknown).ToString());
        Assert.Equal(("concept", Label, Provenance), (counted.Id, counted.Label, counted.Provenance));
    }

    [Fact]
    public void Respondents_must_be_positive()
    {
        Assert.Equal(1, new SurveyProvenance("Umfrage", 1, 2020, 2020, "qz").Respondents);
        foreach (int bad in new[] { 0, -1 })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => new SurveyProvenance("Umfrage", bad, 2020, 2023, "qz"));
            Assert.Equal("respondents", e.ParamName);
            Assert.Equal(bad, e.ActualValue);
            Assert.Contains("The number of respondents must be positive.", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_publication_cannot_precede_the_survey()
    {
        var sameYear = new SurveyProvenance("Umfrage", 32, 2020, 2020, "qz");
        Assert.Equal((2020, 2020), (sameYear.SurveyYear, sameYear.PublicationYear));
        var later = new SurveyProvenance("Umfrage", 32, 2020, 2023, "qz");
        Assert.Equal((2020, 2023), (later.SurveyYear, later.PublicationYear));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new SurveyProvenance("Umfrage", 32, 2020, 2019, "qz"));
        Assert.Equal("publicationYear", e.ParamName);
        Assert.Equal(2019, e.ActualValue);
        Assert.Contains("The publication cannot precede the survey.", e.Message, StringComparison.Ordinal);
        Assert.Equal("qz (survey 2020, n = 32)", later.ToString());
    }

    [Fact]
    public void A_survey_share_keeps_category_and_figure()
    {
        var figure = Figure(0.25, 8);
        var share = new SurveyShare<CooperationForm>(CooperationForm.Joint, figure);
        Assert.Equal(CooperationForm.Joint, share.Category);
        Assert.Same(figure, share.Figure);
        Assert.Equal(0.25, share.Share);
        Assert.Equal("Joint: concept: 8 of 32", share.ToString());
        Assert.Equal("category", Assert.Throws<ArgumentOutOfRangeException>(() => new SurveyShare<CooperationForm>((CooperationForm)9, figure)).ParamName);
        Assert.Equal("figure", Assert.Throws<ArgumentNullException>(() => new SurveyShare<CooperationForm>(CooperationForm.Joint, null!)).ParamName);
    }

    [Fact]
    public void Undefined_share_bands_are_refused_by_parameter()
    {
        Assert.Equal("staffShare", Assert.Throws<ArgumentOutOfRangeException>(() => new MunicipalSetUp(staffShare: (ShareBand)9)).ParamName);
        Assert.Equal("budgetShare", Assert.Throws<ArgumentOutOfRangeException>(() => new MunicipalSetUp(budgetShare: (ShareBand)9)).ParamName);
        Assert.Equal(ShareBand.Over25Percent, new MunicipalSetUp(staffShare: ShareBand.Over25Percent).StaffShare.Value);
        Assert.Equal(ShareBand.UpTo10Percent, new MunicipalSetUp(budgetShare: ShareBand.UpTo10Percent).BudgetShare.Value);
    }

    private static readonly Fact<bool>[] Bools = [Fact<bool>.Unknown, true, false];

    private static Truth T(Fact<bool> b) => b.IsKnown ? Truth.FromBoolean(b.Value) : Truth.Unknown;

    // Kleene conjunction written out as a table, independently of Truth's operators.
    private static Truth And(Fact<bool> a, Fact<bool> b) =>
        (a.IsKnown && !a.Value) || (b.IsKnown && !b.Value) ? Truth.No
        : a.IsKnown && b.IsKnown ? Truth.Yes
        : Truth.Unknown;

    private static Fact<bool> Not(Fact<bool> a) => a.IsKnown ? !a.Value : Fact<bool>.Unknown;

    private static Truth Line(ImmutableArray<SetUpComparisonLine> lines, SurveyFigure figure) => lines.Single(l => ReferenceEquals(l.Figure, figure)).InGroup;

    [Fact]
    public void Concept_and_job_description_lines_follow_Kleene_logic()
    {
        foreach (var concept in Bools)
        {
            foreach (var job in Bools)
            {
                var lines = new MunicipalSetUp(hasConcept: concept, hasJobDescription: job).CompareWithSurvey();
                string at = $"concept {concept}, job {job}";
                Assert.True(T(concept) == Line(lines, CooperationSurvey.Concept), at);
                Assert.True(T(job) == Line(lines, CooperationSurvey.JobDescription), at);
                Assert.True(And(concept, job) == Line(lines, CooperationSurvey.ConceptAndJobDescription), at);
                Assert.True(And(concept, Not(job)) == Line(lines, CooperationSurvey.ConceptOnly), at);
                Assert.True(And(job, Not(concept)) == Line(lines, CooperationSurvey.JobDescriptionOnly), at);
            }
        }
    }

    [Fact]
    public void Share_band_lines_name_exactly_their_band()
    {
        var bands = new[] { Fact<ShareBand>.Unknown }.Concat(Enum.GetValues<ShareBand>().Select(b => new Fact<ShareBand>(b)));
        foreach (var band in bands)
        {
            var lines = new MunicipalSetUp(staffShare: band, budgetShare: band).CompareWithSurvey();
            Truth Is(ShareBand expected) => band.IsKnown ? Truth.FromBoolean(band.Value == expected) : Truth.Unknown;
            string at = $"band {band}";
            Assert.True(Is(ShareBand.Over25Percent) == Line(lines, CooperationSurvey.StaffOver25Percent), at);
            Assert.True(Is(ShareBand.From11To25Percent) == Line(lines, CooperationSurvey.Staff11To25Percent), at);
            Assert.True(Is(ShareBand.Over25Percent) == Line(lines, CooperationSurvey.BudgetOver25Percent), at);
            Assert.True(Is(ShareBand.From11To25Percent) == Line(lines, CooperationSurvey.Budget11To25Percent), at);
        }
    }

    [Fact]
    public void Advice_line_is_yes_only_for_some_offer()
    {
        Assert.Equal(Truth.Unknown, Line(new MunicipalSetUp().CompareWithSurvey(), CooperationSurvey.AdviceAndQualification));
        Assert.Equal(Truth.No, Line(new MunicipalSetUp(qualificationOffers: ValueSet.Of<QualificationWay>()).CompareWithSurvey(), CooperationSurvey.AdviceAndQualification));
        var some = ValueSet.Of(Enum.GetValues<QualificationWay>()[0]);
        Assert.Equal(Truth.Yes, Line(new MunicipalSetUp(qualificationOffers: some).CompareWithSurvey(), CooperationSurvey.AdviceAndQualification));
    }
}
