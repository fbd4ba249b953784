using System;
using System.Linq;
using MoDomain.Definitions;
using MoDomain.Funding;
using MoDomain.Rules;
using MoDomain.Vocabulary;
using NodaTime;
using static MoDomain.Tests.Funding.Fixtures;

namespace MoDomain.Tests.Funding;

/// <summary>Survivors of the funding mutation run in <see cref="FundingCase"/>, <see cref="FundingFacts"/>,
/// <see cref="FundingSubject"/> and the § 75 SGB VIII rules (<see cref="YouthWelfareRecognition"/>).</summary>
public sealed class CaseAndRecognitionMutantTests
{
    private static Evaluation Part(Evaluation root, string id)
    {
        Assert.True(root.TryFind(id, out var part), id);
        return part;
    }

    private static Evaluation Works(FundingCase c, LocalDate at) => Part(YouthWelfareRecognition.Assess(c, at).Recognisable, "works-in-youth-welfare");

    private static Evaluation ThreeYears(FundingCase c, LocalDate at) => Part(YouthWelfareRecognition.Assess(c, at).Entitled, "three-years-youth-welfare-work");

    // ---- FundingCase: youth-welfare start and "works in youth welfare" must agree ----

    [Fact]
    public void A_youth_welfare_start_on_the_profile_date_agrees_with_works_true()
    {
        var c = Youth(LegalPersonKind.Association, works: true, start: AsOf);
        Assert.Equal(AsOf, c.YouthWelfareStart.Value);
        Assert.Equal(Truth.Yes, Works(c, AsOf).Outcome);
    }

    [Fact]
    public void A_youth_welfare_start_after_the_profile_date_contradicts_works_true()
    {
        var ex = Assert.Throws<ArgumentException>(() => Youth(LegalPersonKind.Association, works: true, start: AsOf.PlusDays(1)));
        Assert.Equal("youthWelfareStart", ex.ParamName);
        Assert.Contains("worksInYouthWelfare = true (as of 2024-06-01) contradicts a youth-welfare start on 2024-06-02.", ex.Message, StringComparison.Ordinal);
        // Without "works", a later start is a plan, not a contradiction.
        Assert.Equal(AsOf.PlusDays(1), Youth(LegalPersonKind.Association, start: AsOf.PlusDays(1)).YouthWelfareStart.Value);
    }

    [Fact]
    public void A_youth_welfare_start_contradicts_works_false()
    {
        var ex = Assert.Throws<ArgumentException>(() => Youth(LegalPersonKind.Association, works: false, start: YouthStart));
        Assert.Equal("worksInYouthWelfare", ex.ParamName);
        Assert.Contains("A known youth-welfare start contradicts worksInYouthWelfare = false.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_subject_prints_name_and_date()
    {
        Assert.Equal("Musterverein e.V. @ 2024-06-01", Subject(Trust(true)).ToString());
    }

    // ---- FundingFacts: paid structures, given or derived from staffing ----

    [Theory]
    [InlineData(true, null, true)]
    [InlineData(false, null, false)]
    [InlineData(null, Staffing.VolunteerOnly, false)]
    [InlineData(null, Staffing.Mixed, true)]
    [InlineData(null, Staffing.MainlyPaid, true)]
    [InlineData(null, null, null)]
    [InlineData(true, Staffing.MainlyPaid, true)]
    [InlineData(false, Staffing.VolunteerOnly, false)]
    public void Paid_structures_are_the_given_value_else_follow_the_staffing(bool? paid, Staffing? staffing, bool? expected)
    {
        var c = new FundingCase(
            Profile(staffing: staffing is { } s ? s : default(Fact<Staffing>)),
            paidStructures: paid is { } p ? p : default(Fact<bool>));
        var subject = Subject(c);
        var truth = expected is { } e ? Truth.FromBoolean(e) : Truth.Unknown;

        var fact = FundingFacts.PaidStructures.Get(subject);
        Assert.Equal(expected.HasValue, fact.IsKnown);
        if (expected is { } known)
        {
            Assert.Equal(known, fact.Value);
        }

        var rule = FundingRequirement.Of(FundingRequirementKind.PaidStructures).Rule;
        Assert.Equal(truth, rule.Decide(subject));
        var evaluation = rule.Evaluate(subject);
        Assert.Equal(truth, evaluation.Outcome);
        var reading = Assert.Single(evaluation.FactsRead);
        Assert.Equal("paid-structures", reading.Id);
        Assert.Equal(expected.HasValue, reading.IsKnown);
        if (expected is { } shown)
        {
            Assert.Equal(shown ? "yes" : "no", reading.Value.Value);
        }
    }

    [Fact]
    public void Paid_structures_explain_each_outcome()
    {
        var rule = FundingRequirement.Of(FundingRequirementKind.PaidStructures).Rule;
        Assert.Equal(new LocalizedText("It has paid structures.", "Sie hat hauptamtliche Strukturen."),
            rule.Evaluate(Subject(new FundingCase(Profile(staffing: Staffing.Mixed)))).Explanation);
        Assert.Equal(new LocalizedText("Its work rests on volunteers alone.", "Ihre Arbeit ruht allein auf Ehrenamtlichen."),
            rule.Evaluate(Subject(new FundingCase(Profile(staffing: Staffing.VolunteerOnly)))).Explanation);
    }

    [Fact]
    public void Not_an_individual_reads_the_kind_first_then_a_known_association_form()
    {
        Assert.Equal(Truth.No, FundingFacts.NotAnIndividual(new FundingCase(Profile(LegalForm.Other), LegalPersonKind.Individual)));
        Assert.Equal(Truth.Yes, FundingFacts.NotAnIndividual(new FundingCase(Profile(), LegalPersonKind.Church)));
        Assert.Equal(Truth.Yes, FundingFacts.NotAnIndividual(new FundingCase(Profile(LegalForm.RegisteredAssociation))));
        Assert.Equal(Truth.Yes, FundingFacts.NotAnIndividual(new FundingCase(Profile(LegalForm.InformalInitiative))));
        Assert.Equal(Truth.Unknown, FundingFacts.NotAnIndividual(new FundingCase(Profile(LegalForm.Other))));
        Assert.Equal(Truth.Unknown, FundingFacts.NotAnIndividual(new FundingCase(Profile())));
    }

    // ---- § 75: works in youth welfare ----

    [Fact]
    public void With_a_start_the_work_counts_from_the_start_day_itself()
    {
        var c = Youth(LegalPersonKind.Association, start: YouthStart);
        var onStart = Works(c, YouthStart);
        Assert.Equal(Truth.Yes, onStart.Outcome);
        Assert.Equal(new LocalizedText("It has worked in youth welfare since 2020-01-01.", "Sie ist seit 2020-01-01 in der Jugendhilfe tätig."), onStart.Explanation);
        var before = Works(c, YouthStart.PlusDays(-1));
        Assert.Equal(Truth.No, before.Outcome);
        Assert.Equal(new LocalizedText("Its youth-welfare work begins only on 2020-01-01.", "Ihre Tätigkeit in der Jugendhilfe beginnt erst am 2020-01-01."), before.Explanation);
    }

    [Fact]
    public void Without_a_start_works_true_decides_from_the_profile_date_on()
    {
        var works = Youth(LegalPersonKind.Association, works: true);
        var onAsOf = Works(works, AsOf);
        Assert.Equal(Truth.Yes, onAsOf.Outcome);
        Assert.Equal(new LocalizedText("It works in youth welfare.", "Sie ist in der Jugendhilfe tätig."), onAsOf.Explanation);
        Assert.Equal(Truth.Yes, Works(works, AsOf.PlusDays(1)).Outcome);
        var before = Works(works, AsOf.PlusDays(-1));
        Assert.Equal(Truth.Unknown, before.Outcome);
        Assert.Equal(new LocalizedText("Whether and since when it works in youth welfare is unknown.", "Ob und seit wann sie in der Jugendhilfe tätig ist, ist unbekannt."), before.Explanation);
    }

    [Fact]
    public void Without_a_start_works_false_is_no_on_every_date()
    {
        var notWorking = Youth(LegalPersonKind.Association, works: false);
        foreach (var at in new[] { AsOf.PlusDays(-1), AsOf, AsOf.PlusDays(1) })
        {
            var works = Works(notWorking, at);
            Assert.Equal(Truth.No, works.Outcome);
            Assert.Equal(new LocalizedText("It does not work in youth welfare.", "Sie ist nicht in der Jugendhilfe tätig."), works.Explanation);
        }
        Assert.Equal(Truth.Unknown, Works(Youth(LegalPersonKind.Association), AsOf).Outcome);
    }

    // ---- § 75 Abs. 2: three years ----

    [Fact]
    public void Three_years_with_a_start_name_the_completion_date()
    {
        var c = Youth(LegalPersonKind.Association, start: YouthStart);
        var done = ThreeYears(c, EntitledOn);
        Assert.Equal(Truth.Yes, done.Outcome);
        Assert.Equal(new LocalizedText("Three years of youth-welfare work were complete on 2023-01-01.", "Drei Jahre Tätigkeit in der Jugendhilfe waren am 2023-01-01 vollendet."), done.Explanation);
        var pending = ThreeYears(c, EntitledOn.PlusDays(-1));
        Assert.Equal(Truth.No, pending.Outcome);
        Assert.Equal(new LocalizedText("Three years of youth-welfare work (since 2020-01-01) are complete only on 2023-01-01.", "Drei Jahre Tätigkeit in der Jugendhilfe (seit 2020-01-01) sind erst am 2023-01-01 vollendet."), pending.Explanation);
    }

    [Fact]
    public void Three_years_without_a_start_are_no_when_it_does_not_work_in_youth_welfare_and_open_otherwise()
    {
        var no = ThreeYears(Youth(LegalPersonKind.Association, works: false), AsOf);
        Assert.Equal(Truth.No, no.Outcome);
        Assert.Equal(new LocalizedText("It does not work in youth welfare.", "Sie ist nicht in der Jugendhilfe tätig."), no.Explanation);
        var open = ThreeYears(Youth(LegalPersonKind.Association, works: true), AsOf.PlusYears(10));
        Assert.Equal(Truth.Unknown, open.Outcome);
        Assert.Equal(new LocalizedText("The start of its youth-welfare work is unknown (the founding date does not count).", "Der Beginn der Tätigkeit in der Jugendhilfe ist unbekannt (das Gründungsdatum zählt nicht)."), open.Explanation);
    }

    // ---- § 75 Abs. 3: recognised by law ----

    [Fact]
    public void Recognised_by_law_names_the_kind_or_what_is_open()
    {
        var church = YouthWelfareRecognition.Assess(Youth(LegalPersonKind.Church), AsOf).RecognisedByLaw;
        Assert.Equal(Truth.Yes, church.Outcome);
        Assert.Equal(new LocalizedText("As a 'church' it is recognised by law.", "Als „church“ ist sie kraft Gesetzes anerkannt."), church.Explanation);

        var association = YouthWelfareRecognition.Assess(Youth(LegalPersonKind.Association), AsOf).RecognisedByLaw;
        Assert.Equal(Truth.No, association.Outcome);
        Assert.Equal(new LocalizedText("A 'association' is not recognised by law.", "Eine „association“ ist nicht kraft Gesetzes anerkannt."), association.Explanation);

        var subdivision = YouthWelfareRecognition.Assess(Youth(LegalPersonKind.FreeWelfareSubdivision), AsOf).RecognisedByLaw;
        Assert.Equal(Truth.Unknown, subdivision.Outcome);
        Assert.Equal(new LocalizedText("Whether a Land or local subdivision shares the status by law is disputed.", "Ob Landes- oder Ortsgliederungen den Status teilen, ist umstritten."), subdivision.Explanation);

        var unknownKind = YouthWelfareRecognition.Assess(Youth(default), AsOf).RecognisedByLaw;
        Assert.Equal(Truth.Unknown, unknownKind.Outcome);
        Assert.Equal(new LocalizedText("The kind of legal person is unknown.", "Die Art der Person ist unbekannt."), unknownKind.Explanation);
    }

    // ---- the five-valued status ----

    [Fact]
    public void The_status_stays_undetermined_while_recognised_by_law_is_open_even_when_entitled_otherwise()
    {
        var assessment = YouthWelfareRecognition.Assess(Youth(default, start: YouthStart), AsOf);
        Assert.Equal(Truth.Unknown, assessment.RecognisedByLaw.Outcome);
        Assert.Equal(Truth.Yes, assessment.Entitled.Outcome);
        Assert.Equal(RecognitionStatus.Undetermined, assessment.Status);
        Assert.Equal(EntitledOn, assessment.EntitlementDate);

        Assert.Equal(RecognitionStatus.Entitled, YouthWelfareRecognition.Assess(Youth(LegalPersonKind.Association, start: YouthStart), AsOf).Status);
        Assert.Equal(RecognitionStatus.RecognisedByLaw, YouthWelfareRecognition.Assess(Youth(LegalPersonKind.FreeWelfareSubdivision, start: YouthStart), AsOf, Truth.Yes).Status);
        Assert.Equal(RecognitionStatus.Undetermined, YouthWelfareRecognition.Assess(Youth(LegalPersonKind.FreeWelfareSubdivision, start: YouthStart), AsOf).Status);
    }

    [Fact]
    public void Assess_rejects_a_null_subject_by_name()
    {
        Assert.Equal("subject", Assert.Throws<ArgumentNullException>(() => YouthWelfareRecognition.Assess((FundingSubject)null!)).ParamName);
    }

    [Fact]
    public void Every_leaf_of_the_recognition_tree_explains_its_outcomes_with_distinct_texts()
    {
        // A law over many cases: within one criterion, yes and no never share a text.
        var cases = new[]
        {
            Youth(LegalPersonKind.Association, start: YouthStart), Youth(LegalPersonKind.Association, works: false),
            Youth(LegalPersonKind.Church), Youth(default, works: true),
        };
        var dates = new[] { YouthStart.PlusDays(-1), YouthStart, EntitledOn, AsOf };
        var texts = new System.Collections.Generic.Dictionary<(string, Truth), LocalizedText>();
        foreach (var c in cases)
        {
            foreach (var at in dates)
            {
                var a = YouthWelfareRecognition.Assess(c, at);
                foreach (var leaf in Leaves(a.Entitled).Concat(Leaves(a.Recognisable)))
                {
                    Assert.False(string.IsNullOrWhiteSpace(leaf.Explanation.English), leaf.RuleId);
                    Assert.False(string.IsNullOrWhiteSpace(leaf.Explanation.German), leaf.RuleId);
                    texts.TryAdd((leaf.RuleId, leaf.Outcome), leaf.Explanation);
                }
            }
        }
        foreach (var entry in texts.Where(t => t.Key.Item2.IsYes))
        {
            if (texts.TryGetValue((entry.Key.Item1, Truth.No), out var noText))
            {
                Assert.NotEqual(entry.Value, noText);
            }
        }
    }

    private static System.Collections.Generic.IEnumerable<Evaluation> Leaves(Evaluation e) =>
        e.Parts.IsEmpty ? [e] : e.Parts.SelectMany(Leaves);
}
