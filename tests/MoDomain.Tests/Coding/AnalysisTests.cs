using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Coding;
using MoDomain.Samples;
using MoDomain.SocialSecurity;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.Coding;

public sealed class AnalysisTests
{
    private static readonly Corpus Sample = SampleCorpus.Corpus;

    [Fact]
    public void Function_perspective_matrix_of_the_sample_counts_distinct_segments_and_documents()
    {
        var m = Sample.FunctionPerspectiveMatrix();
        // Worked out by hand from SampleCorpus: a segment counts once per function, however many coders or indicators.
        int[,] segments = { { 1, 2, 0 }, { 3, 1, 0 }, { 1, 2, 2 }, { 1, 0, 1 } };
        int[,] documents = { { 1, 2, 0 }, { 1, 1, 0 }, { 1, 2, 2 }, { 1, 0, 1 } };
        foreach (var f in Enum.GetValues<SocialSecurityFunction>())
        {
            foreach (var p in Enum.GetValues<Perspective>())
            {
                Assert.Equal(segments[(int)f, (int)p], m.Segments(f, p));
                Assert.Equal(documents[(int)f, (int)p], m.Documents(f, p));
            }
            Assert.Equal(0, m.WithoutPerspective(f));
        }
        Assert.Equal(14, m.TotalSegments);
        Assert.Contains("Homemaking-Funktion", m.Render(Language.German));
        Assert.Contains("3 (1)", m.ToString());
    }

    [Fact]
    public void Matrix_of_one_coder_counts_only_that_coders_segments()
    {
        var a = Sample.FunctionPerspectiveMatrix(SampleCorpus.CoderA);
        Assert.Equal(2, a.Segments(SocialSecurityFunction.Service, Perspective.MigrantOrganisation));
        Assert.Equal(0, a.Segments(SocialSecurityFunction.Service, Perspective.WelfareAssociation));
        Assert.Equal(2, a.Segments(SocialSecurityFunction.Homemaking, Perspective.WelfareAssociation));
    }

    [Fact]
    public void Homemaking_and_service_co_occur_once_in_the_sample_where_the_safe_space_lies_inside_a_service_passage()
    {
        var hits = Sample.WhereHomemakingAndServiceCoOccur();
        var hit = Assert.Single(hits);
        Assert.Equal("int-mo-01", hit.DocumentId);
        Assert.Equal("indicator:safe-space", hit.FirstCodeId);
        Assert.Equal("function:service", hit.SecondCodeId);
        Assert.StartsWith("Bei uns im Verein", hit.OverlapText, StringComparison.Ordinal);
    }

    [Fact]
    public void Co_occurrence_matrix_of_the_functions_is_symmetric_with_segment_counts_on_the_diagonal()
    {
        string[] ids = [.. Enum.GetValues<SocialSecurityFunction>().Select(StandardCodes.Function)];
        var m = Sample.CoOccurrenceMatrix(ids);
        Assert.Equal(1, m["function:homemaking", "function:service"]);
        Assert.Equal(2, m["function:hinge", "function:service"]);
        Assert.Equal(3, m["function:homemaking", "function:homemaking"]);
        foreach (var a in ids)
        {
            foreach (var b in ids)
            {
                Assert.Equal(m[a, b], m[b, a]);
            }
        }
        Assert.Throws<ArgumentException>(() => m["function:homemaking", "own:language-barrier"]);
    }

    [Fact]
    public void Frequencies_cross_tabs_and_retrieval_agree_with_the_sample()
    {
        var byPerspective = Sample.CodeFrequencies(FrequencyGrouping.Perspective);
        var barrier = byPerspective.Where(f => f.CodeId == SampleCorpus.LanguageBarrierCode).ToList();
        Assert.Equal([("migrant-organisation", 1), ("public-administration", 1)], barrier.Select(f => (f.Group, f.Segments)));
        var byOrganisation = Sample.CodeFrequencies(FrequencyGrouping.Organisation);
        Assert.Contains(new CodeFrequency("anadolu-kulturverein", "indicator:safe-space", 1, 1), byOrganisation);

        var roles = Sample.CrossTabulate("administrative-role");
        Assert.Contains(new CrossTabCell(SampleCorpus.LanguageBarrierCode, "employment-agency", 1, 1), roles);
        Assert.Contains(new CrossTabCell(SampleCorpus.LanguageBarrierCode, "unknown", 1, 1), roles);

        var quotes = Sample.Retrieve(StandardCodes.Function(SocialSecurityFunction.Hinge), Perspective.PublicAdministration);
        // Retrieval is per segment and code: the Jobcenter passage carries an indicator (coder A) and the function (coder B).
        Assert.Equal(3, quotes.Length);
        Assert.All(quotes, q => Assert.Equal(Sample.TextOf(q.Segment), q.Text));
        var jobcenter = quotes.Where(q => q.Document.Id == "int-pa-02").ToList();
        Assert.Equal(["function:hinge", "indicator:support-using-services"], jobcenter.Select(q => q.CodeId));
        Assert.Equal(["coder-a"], jobcenter[1].Coders);
        var both = Sample.Retrieve("function:hinge", organisationId: "frauentreff-miteinander", includeSubcodes: false);
        Assert.Equal(["coder-b"], Assert.Single(both).Coders);
        var memo = Sample.Retrieve("function:hinge", Perspective.MigrantOrganisation).Single();
        Assert.Single(memo.Memos);
    }

    [Fact]
    public void Property_the_matrix_never_counts_more_segments_than_distinct_function_codings()
    {
        var codes = Codebook.Standard.Codes.Where(c => c.IsCodable).Select(c => c.Id).ToArray();
        var item = from doc in Gen.Choose(0, 2)
                   from start in Gen.Choose(0, 9)
                   from length in Gen.Choose(1, 5)
                   from code in Gen.Elements(codes)
                   from coder in Gen.Elements("a", "b")
                   select (doc, start, length, code, coder);
        var gen = from n in Gen.Choose(0, 25)
                  from items in Gen.ArrayOf(item, n)
                  select items;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Generators.Scaled(100)), Prop.ForAll(gen.ToArbitrary(), items =>
        {
            var corpus = Corpus.Create(Codebook.Standard)
                .AddDocument("d0", new string('x', 20), new DocumentAttributes(Perspective.MigrantOrganisation))
                .AddDocument("d1", new string('y', 20), new DocumentAttributes(Perspective.WelfareAssociation))
                .AddDocument("d2", new string('z', 20));
            foreach (var (doc, start, length, code, coder) in items)
            {
                var candidate = new SegmentCoding(new TextSegment($"d{doc}", start, start + length), code, coder);
                if (!corpus.Codings.Contains(candidate) && !corpus.Codings.Any(c => c.Segment == candidate.Segment && c.CodeId == code && c.CoderId == coder))
                {
                    corpus = corpus.Add(candidate);
                }
            }
            var m = corpus.FunctionPerspectiveMatrix();
            int functionSegments = corpus.Codings
                .Where(c => StandardCodes.TryGetFunction(corpus.Codebook, c.CodeId, out _))
                .Select(c => { StandardCodes.TryGetFunction(corpus.Codebook, c.CodeId, out var f); return (c.Segment, f); })
                .Distinct().Count();
            int without = Enum.GetValues<SocialSecurityFunction>().Sum(m.WithoutPerspective);
            Assert.Equal(functionSegments, m.TotalSegments + without);
            var co = corpus.CoOccurrenceMatrix();
            foreach (var a in co.CodeIds)
            {
                foreach (var b in co.CodeIds)
                {
                    Assert.Equal(co[a, b], co[b, a]);
                }
            }
        }));
    }
}
