using System;
using System.Collections.Generic;
using System.Linq;
using MoDomain.Definitions;
using MoDomain.Reference;
using MoDomain.Rules;
using MoDomain.Samples;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.Reference;

/// <summary>
/// The argument checks of the vocabulary, reference and sample types and of the shared preconditions: each bad
/// argument gets the documented exception type, the parameter name and the exact message (messages are part of the
/// contract: they tell the user what to fix).
/// </summary>
public sealed class VocabularyAndReferenceArgumentTests
{
    private static readonly LocalizedText L = new("Label", "Bezeichnung");

    private static readonly string KnownSamples = string.Join(", ", SampleData.Organisations.Select(o => o.Id));

    [Fact]
    public void Preconditions_messages_name_the_rule_that_was_broken()
    {
        Expect<ArgumentException>(() => new LocalizedText(" ", "x"), "english", "Value must not be empty or white space.");
        Expect<ArgumentOutOfRangeException>(
            () => new BpbParameters(1.5, InternalRole.Leading, BpbParameters.Default.MigrantInterestPurposes),
            "largePartThreshold",
            "A share must be a number between 0 and 1 inclusive (NaN is not allowed).");
        Expect<ArgumentOutOfRangeException>(() => ReferenceData.Figures[0].Format((Language)7), "language", "Value is not a defined Language.");
        Expect<ArgumentException>(() => new Crosswalk("cw", L, [Scheme("s", "a"), null!], []), "schemes", "The sequence must not contain null elements.");
        Expect<ArgumentOutOfRangeException>(() => L.In((Language)7), "language", "Unknown language.");
        Expect<ArgumentOutOfRangeException>(() => MappingRelations.Scheme.ConceptOf((MappingRelation)99), "value", "Not a defined MappingRelation.");
    }

    [Fact]
    public void Concept_ids_and_broader_links_are_checked_with_their_parameter_names()
    {
        Expect<ArgumentException>(() => new Concept("Bad Id", L, "d", SourceKeys.Model), "id", "'Bad Id' is not a valid id: use lower-case letters and digits separated by single hyphens.");
        Expect<ArgumentException>(() => new Concept("a", L, "d", SourceKeys.Model, "Not Valid"), "broader", "'Not Valid' is not a valid id");
        Expect<ArgumentException>(() => new Concept("a", L, "d", SourceKeys.Model, "a"), "broader", "Concept 'a' cannot be broader than itself.");
        Assert.Equal("b", new Concept("a", L, "d", SourceKeys.Model, "b").Broader);

        var concept = new Concept("a", L, "d", SourceKeys.Model);
        Assert.False(concept.Equals(null));
        Assert.True(concept.Equals(new Concept("a", L, "d", SourceKeys.Model)));
        Assert.False(concept.Equals(new Concept("b", L, "d", SourceKeys.Model)));
    }

    [Fact]
    public void Scheme_rejects_missing_and_cyclic_broader_links_and_explains_unknown_ids()
    {
        Expect<ArgumentException>(
            () => new ConceptScheme("s", L, SourceKeys.Model, [new Concept("a", L, "d", SourceKeys.Model, "zz")]),
            "concepts",
            "Concept 'a' names broader concept 'zz', which is not in scheme 's'.");
        Expect<ArgumentException>(
            () => new ConceptScheme("s", L, SourceKeys.Model, [new Concept("a", L, "d", SourceKeys.Model, "b"), new Concept("b", L, "d", SourceKeys.Model, "a")]),
            "concepts",
            "The broader links of scheme 's' form a cycle through 'a'.");

        var scheme = Scheme("s", "alpha", "beta");
        Assert.Equal("alpha, beta", scheme.KnownIds());
        Expect<ArgumentNullException>(() => scheme[null!], "id", null);
        Expect<ArgumentNullException>(() => scheme.SuggestIds(null!), "id", null);
        Assert.Equal("Scheme 's' has no concept 'qqqqqqqq'. Known ids: alpha, beta.", Assert.Throws<KeyNotFoundException>(() => scheme["qqqqqqqq"]).Message);
        Assert.Equal("Scheme 's' has no concept 'alphx'; did you mean 'alpha'? Known ids: alpha, beta.", Assert.Throws<KeyNotFoundException>(() => scheme["alphx"]).Message);
        // Suggestions ignore ASCII case.
        Assert.Equal(["alpha"], scheme.SuggestIds("ALPHA").ToArray());
    }

    [Fact]
    public void Mapping_needs_two_schemes_and_a_one_line_rationale()
    {
        Expect<ArgumentException>(
            () => new ConceptMapping("s", "a", MappingRelation.ExactMatch, "s", "b", "why", SourceKeys.Model),
            "targetScheme",
            "A mapping links concepts of two different schemes, but both are 's'.");
        Expect<ArgumentException>(() => new ConceptMapping("s", "a", MappingRelation.ExactMatch, "t", "b", "one\ntwo", SourceKeys.Model), "rationale", "The rationale must be a single line.");
        Expect<ArgumentException>(() => new ConceptMapping("s", "a", MappingRelation.ExactMatch, "t", "b", "\nstarts with a break", SourceKeys.Model), "rationale", "The rationale must be a single line.");
    }

    [Fact]
    public void Crosswalk_checks_schemes_both_ends_of_every_mapping_and_duplicates()
    {
        var s = Scheme("s", "alpha", "beta");
        var t = Scheme("t", "gamma");
        Expect<ArgumentException>(() => new Crosswalk("cw", L, [s, Scheme("s", "x")], []), "schemes", "Duplicate scheme id 's' in crosswalk 'cw'.");
        // A bad source end is found even when the target end is fine, and the other way round.
        Expect<ArgumentException>(() => new Crosswalk("cw", L, [s, t], [Map("s", "qqqqqqqq", "t", "gamma")]), "mappings", "Mapping '");
        Assert.Contains("Scheme 's' has no concept 'qqqqqqqq'", Assert.Throws<ArgumentException>(() => new Crosswalk("cw", L, [s, t], [Map("s", "qqqqqqqq", "t", "gamma")])).Message, StringComparison.Ordinal);
        Assert.Contains("Scheme 't' has no concept 'qqqqqqqq'", Assert.Throws<ArgumentException>(() => new Crosswalk("cw", L, [s, t], [Map("s", "alpha", "t", "qqqqqqqq")])).Message, StringComparison.Ordinal);
        // With both ends wrong, the source end is reported.
        string both = Assert.Throws<ArgumentException>(() => new Crosswalk("cw", L, [s, t], [Map("s", "qqqqqqqq", "t", "wwwwwwww")])).Message;
        Assert.Contains("Scheme 's' has no concept 'qqqqqqqq'", both, StringComparison.Ordinal);
        Assert.DoesNotContain("Scheme 't' has no concept", both, StringComparison.Ordinal);
        Assert.Contains("Crosswalk 'cw' has no scheme 'uuuuuuuu'. Known schemes: s, t.", Assert.Throws<ArgumentException>(() => new Crosswalk("cw", L, [s, t], [Map("s", "alpha", "uuuuuuuu", "gamma")])).Message, StringComparison.Ordinal);
        Expect<ArgumentException>(
            () => new Crosswalk("cw", L, [s, t], [Map("s", "alpha", "t", "gamma"), Map("t", "gamma", "s", "alpha")]),
            "mappings",
            "Crosswalk 'cw' maps t/gamma and s/alpha more than once.");

        var cw = new Crosswalk("cw", L, [s, t], [Map("s", "alpha", "t", "gamma")]);
        Expect<ArgumentNullException>(() => cw.GetScheme(null!), "id", null);
        Expect<ArgumentNullException>(() => cw.MappingsOf("s", null!), "conceptId", null);
        Assert.Equal("Crosswalk 'cw' has no scheme 'uuuuuuuu'. Known schemes: s, t.", Assert.Throws<KeyNotFoundException>(() => cw.GetScheme("uuuuuuuu")).Message);
        Assert.Equal("Crosswalk 'cw' has no scheme 'ss'; did you mean 's' or 't'? Known schemes: s, t.", Assert.Throws<KeyNotFoundException>(() => cw.GetScheme("ss")).Message);
    }

    [Fact]
    public void Reference_lookups_name_the_kind_and_the_parameter()
    {
        Assert.Equal("No reference survey has the id 'zzzzzzzzzzzz'.", Assert.Throws<KeyNotFoundException>(() => ReferenceData.Survey("zzzzzzzzzzzz")).Message);
        Assert.Equal("No reference figure has the id 'zzzzzzzzzzzz'.", Assert.Throws<KeyNotFoundException>(() => ReferenceData.Figure("zzzzzzzzzzzz")).Message);
        Assert.Equal("No reference ranking has the id 'zzzzzzzzzzzz'.", Assert.Throws<KeyNotFoundException>(() => ReferenceData.Ranking("zzzzzzzzzzzz")).Message);
        Expect<ArgumentNullException>(() => ReferenceData.Figure(null!), "id", null);

        var ranking = ReferenceData.Rankings[0];
        string ranked = ranking.Tiers[0][0];
        Expect<ArgumentNullException>(() => ranking.RankOf(null!), "id", null);
        Expect<ArgumentNullException>(() => ranking.Compare(null!, ranked), "first", null);
        Expect<ArgumentNullException>(() => ranking.Compare(ranked, null!), "second", null);
    }

    [Fact]
    public void Reference_figures_and_surveys_check_their_numbers()
    {
        var survey = ReferenceData.Surveys[0];
        Expect<ArgumentOutOfRangeException>(
            () => new ReferenceFigure("f", "topic", L, 11m, FigureUnit.Count, Fact.Known(10), false, survey),
            "value",
            "A count cannot exceed its base n = 10.");
        Assert.Equal(10m, new ReferenceFigure("f", "topic", L, 10m, FigureUnit.Count, Fact.Known(10), false, survey).Value);

        Expect<ArgumentOutOfRangeException>(() => Survey(Fact<int>.Unknown, Fact.Known(1899)), "publicationYear", null);
        Expect<ArgumentOutOfRangeException>(() => Survey(Fact<int>.Unknown, Fact.Known(10000)), "publicationYear", null);
        Expect<ArgumentOutOfRangeException>(() => Survey(Fact.Known(1899), Fact<int>.Unknown), "surveyYear", null);
        Expect<ArgumentOutOfRangeException>(() => Survey(Fact.Known(2021), Fact.Known(2020)), "surveyYear", null);
        Assert.Equal(Fact.Known(1900), Survey(Fact.Known(1900), Fact.Known(9999)).SurveyYear);
        Assert.Equal(Fact.Known(9999), Survey(Fact<int>.Unknown, Fact.Known(9999)).PublicationYear);
        Assert.Equal(Fact.Known(2020), Survey(Fact.Known(2020), Fact.Known(2020)).SurveyYear);
    }

    [Fact]
    public void Sample_lookups_name_the_unknown_id_and_list_the_known_ones()
    {
        Expect<ArgumentNullException>(() => SampleFunctionEvidence.For(null!), "sampleId", null);
        Expect<ArgumentNullException>(() => SampleObjectives.For(null!), "sampleId", null);
        Expect<ArgumentNullException>(() => SampleFunding.For(null!), "sampleId", null);
        string expected = $"There is no sample organisation 'nope'. Known ids: {KnownSamples}.";
        Assert.Equal(expected, Assert.Throws<KeyNotFoundException>(() => SampleFunctionEvidence.For("nope")).Message);
        Assert.Equal(expected, Assert.Throws<KeyNotFoundException>(() => SampleObjectives.For("nope")).Message);
        Assert.Equal(expected, Assert.Throws<KeyNotFoundException>(() => SampleFunding.For("nope")).Message);
        Assert.False(SampleFunding.TryGet(null, out var none));
        Assert.Null(none);
        string first = SampleData.Organisations[0].Id;
        Assert.True(SampleFunding.TryGet(first, out var found));
        Assert.Same(SampleFunding.For(first), found);
    }

    private static ConceptScheme Scheme(string id, params string[] conceptIds) =>
        new(id, L, SourceKeys.Model, conceptIds.Select(c => new Concept(c, L, "d", SourceKeys.Model)));

    private static ConceptMapping Map(string sourceScheme, string sourceConcept, string targetScheme, string targetConcept) =>
        new(sourceScheme, sourceConcept, MappingRelation.ExactMatch, targetScheme, targetConcept, "why", SourceKeys.Model);

    private static ReferenceSurvey Survey(Fact<int> surveyYear, Fact<int> publicationYear) =>
        new("survey", L, L, surveyYear, publicationYear, SourceKeys.Model);

    private static void Expect<TException>(Func<object?> action, string parameter, string? messageStart)
        where TException : ArgumentException
    {
        var ex = Assert.Throws<TException>(action);
        Assert.Equal(parameter, ex.ParamName);
        if (messageStart is not null)
        {
            Assert.StartsWith(messageStart, ex.Message, StringComparison.Ordinal);
        }
    }
}
