using System;
using System.Linq;
using MoDomain.Coding;
using MoDomain.SocialSecurity;
using MoDomain.Vocabulary;
using NodaTime;

namespace MoDomain.Tests.Coding;

/// <summary>Orderings, filters and exact texts of <see cref="CorpusAnalyses"/>, <see cref="CodingUnits"/> and
/// <see cref="CodedFunctionMatrix"/>.</summary>
public sealed class AnalysisOrderTests
{
    private static readonly string Homemaking = StandardCodes.Function(SocialSecurityFunction.Homemaking);
    private static readonly string Service = StandardCodes.Function(SocialSecurityFunction.Service);
    private static readonly string Hinge = StandardCodes.Function(SocialSecurityFunction.Hinge);

    // Codings deliberately inserted against every natural order: later documents, later segments, later codes and
    // later coders come first.
    private static Corpus Scrambled() =>
        Corpus.Create(Codebook.Standard)
            .AddDocument("b-doc", "0123456789abcdefghij", new DocumentAttributes(Perspective.WelfareAssociation, language: "tr", speakerId: "s9", interviewDate: new LocalDate(2024, 5, 6)))
            .AddDocument("a-doc", "ABCDEFGHIJKLMNOPQRST", new DocumentAttributes(Perspective.MigrantOrganisation))
            .Code("a-doc", 5, 9, Service, "zed")
            .Code("a-doc", 0, 4, Service, "zed")
            .Code("a-doc", 0, 4, Homemaking, "zed")
            .Code("b-doc", 2, 6, Service, "amy")
            .Code("b-doc", 1, 3, Homemaking, "zed")
            .Code("b-doc", 0, 6, Homemaking, "amy")
            .Code("a-doc", 0, 4, Homemaking, "amy");

    [Fact]
    public void Assignments_are_ordered_by_unit_then_coder_then_codebook_order()
    {
        var units = CodingUnits.Assignments(Scrambled());
        string[] expected =
        [
            "b-doc#0-6 amy " + Homemaking,
            "b-doc#1-3 zed " + Homemaking,
            "b-doc#2-6 amy " + Service,
            "a-doc#0-4 zed " + Homemaking,
            "a-doc#0-4 zed " + Service,
            "a-doc#0-4 amy " + Homemaking,
            "a-doc#5-9 zed " + Service,
        ];
        Assert.Equal(expected, units.Select(u => $"{u.UnitKey} {u.CoderId} {u.CodeId}"));
    }

    [Fact]
    public void Assignments_at_document_level_merge_repeats_and_respect_the_coder_filter()
    {
        var units = CodingUnits.Assignments(Scrambled(), CodingUnitLevel.Document, ["amy"]);
        string[] expected = ["b-doc amy " + Homemaking, "b-doc amy " + Service, "a-doc amy " + Homemaking];
        Assert.Equal(expected, units.Select(u => $"{u.UnitKey} {u.CoderId} {u.CodeId}"));
        Assert.Equal("corpus", Assert.Throws<ArgumentNullException>(() => CodingUnits.Assignments(null!)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => CodingUnits.Assignments(Scrambled(), (CodingUnitLevel)5)).ParamName);
        Assert.Equal("coderIds", Assert.Throws<ArgumentException>(() => CodingUnits.Assignments(Scrambled(), coderIds: ["amy", null!])).ParamName);
    }

    [Fact]
    public void Presence_lists_only_units_of_the_chosen_coders_in_text_order()
    {
        var presence = CodingUnits.Presence(Scrambled(), Service, coderIds: ["amy"]);
        Assert.Equal(
            ["b-doc#0-6 False", "b-doc#2-6 True", "a-doc#0-4 False"],
            presence.Select(p => $"{p.UnitKey} {p.Present}"));
        Assert.Equal("corpus", Assert.Throws<ArgumentNullException>(() => CodingUnits.Presence(null!, Service)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => CodingUnits.Presence(Scrambled(), Service, (CodingUnitLevel)5)).ParamName);
    }

    [Fact]
    public void Presence_counts_sub_codes_only_when_asked()
    {
        var corpus = Scrambled();
        Assert.All(CodingUnits.Presence(corpus, StandardCodes.Functions), p => Assert.False(p.Present));
        var within = CodingUnits.Presence(corpus, StandardCodes.Functions, includeSubcodes: true);
        Assert.True(within.Single(p => p.UnitKey == "a-doc#0-4" && p.CoderId == "amy").Present);
        Assert.False(within.Single(p => p.UnitKey == "a-doc#5-9" && p.CoderId == "amy").Present);
    }

    [Fact]
    public void CodeFrequencies_are_ordered_by_group_then_codebook_order()
    {
        var byDocument = Scrambled().CodeFrequencies(FrequencyGrouping.Document);
        Assert.Equal(
            ["a-doc functions 2", "a-doc " + Homemaking + " 1", "a-doc " + Service + " 2", "b-doc functions 3", "b-doc " + Homemaking + " 2", "b-doc " + Service + " 1"],
            byDocument.Select(f => $"{f.Group} {f.CodeId} {f.Segments}"));
        Assert.Equal("corpus", Assert.Throws<ArgumentNullException>(() => CorpusAnalyses.CodeFrequencies(null!)).ParamName);
        Assert.Equal("grouping", Assert.Throws<ArgumentOutOfRangeException>(() => Scrambled().CodeFrequencies((FrequencyGrouping)9)).ParamName);
    }

    [Fact]
    public void CrossTabulate_is_ordered_by_codebook_order_then_value()
    {
        var cells = Scrambled().CrossTabulate("perspective");
        Assert.Equal(
            ["functions migrant-organisation 2", "functions welfare-association 3", Homemaking + " migrant-organisation 1", Homemaking + " welfare-association 2", Service + " migrant-organisation 2", Service + " welfare-association 1"],
            cells.Select(c => $"{c.CodeId} {c.Value} {c.Segments}"));
        Assert.Equal("corpus", Assert.Throws<ArgumentNullException>(() => CorpusAnalyses.CrossTabulate(null!, "language")).ParamName);
        Assert.Equal("attribute", Assert.Throws<ArgumentException>(() => Scrambled().CrossTabulate(" ")).ParamName);
    }

    [Fact]
    public void AttributeValue_reads_the_built_in_attributes()
    {
        var corpus = Scrambled();
        var b = corpus.Document("b-doc");
        var a = corpus.Document("a-doc");
        Assert.Equal("2024-05-06", CorpusAnalyses.AttributeValue(b, "interview-date"));
        Assert.Equal("unknown", CorpusAnalyses.AttributeValue(a, "interview-date"));
        Assert.Equal("tr", CorpusAnalyses.AttributeValue(b, "language"));
        Assert.Equal("de", CorpusAnalyses.AttributeValue(a, "language"));
        Assert.Equal("s9", CorpusAnalyses.AttributeValue(b, "speaker"));
        Assert.Equal("unknown", CorpusAnalyses.AttributeValue(a, "speaker"));
        Assert.Equal("document", Assert.Throws<ArgumentNullException>(() => CorpusAnalyses.AttributeValue(null!, "language")).ParamName);
        Assert.Equal("attribute", Assert.Throws<ArgumentNullException>(() => CorpusAnalyses.AttributeValue(a, null!)).ParamName);
    }

    [Fact]
    public void Retrieve_checks_the_code_and_orders_by_document_position_and_code()
    {
        var corpus = Scrambled();
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => corpus.Retrieve("function:nope"));
        Assert.Equal("corpus", Assert.Throws<ArgumentNullException>(() => CorpusAnalyses.Retrieve(null!)).ParamName);
        var all = corpus.Retrieve();
        Assert.Equal(
            ["b-doc#0-6 " + Homemaking, "b-doc#1-3 " + Homemaking, "b-doc#2-6 " + Service, "a-doc#0-4 " + Homemaking, "a-doc#0-4 " + Service, "a-doc#5-9 " + Service],
            all.Select(s => $"{s.Segment} {s.CodeId}"));
        Assert.Equal(["zed", "amy"], all[3].Coders);
        Assert.Equal(["a-doc#0-4", "a-doc#5-9"], corpus.Retrieve(Service, Perspective.MigrantOrganisation).Select(s => s.Segment.ToString()));
    }

    [Fact]
    public void CoOccurrenceMatrix_lists_used_codes_once_in_codebook_order()
    {
        var matrix = Scrambled().CoOccurrenceMatrix();
        Assert.Equal([Homemaking, Service], matrix.CodeIds);
        Assert.Equal("corpus", Assert.Throws<ArgumentNullException>(() => CorpusAnalyses.CoOccurrenceMatrix(null!)).ParamName);
    }

    [Fact]
    public void WhereCoOccur_reports_the_overlap_text_and_skips_a_coding_paired_with_itself()
    {
        var corpus = Scrambled();
        var pairs = corpus.WhereHomemakingAndServiceCoOccur();
        Assert.Equal(
            ["b-doc#0-6 b-doc#2-6 2345", "b-doc#1-3 b-doc#2-6 2", "a-doc#0-4 a-doc#0-4 ABCD"],
            pairs.Select(p => $"{p.First} {p.Second} {p.OverlapText}"));
        var seconds = Corpus.Create(Codebook.Standard).AddDocument("d", "abcdefghij")
            .Code("d", 5, 8, Service, "x").Code("d", 1, 3, Service, "x").Code("d", 0, 10, Homemaking, "x");
        Assert.Equal(["d#1-3 bc", "d#5-8 fgh"], seconds.WhereHomemakingAndServiceCoOccur().Select(p => $"{p.Second} {p.OverlapText}"));
        Assert.Empty(Corpus.Create(Codebook.Standard).AddDocument("d", "abcdef").Code("d", 0, 3, Homemaking, "x").WhereCoOccur(Homemaking, Homemaking));
        var sameSegment = Corpus.Create(Codebook.Standard).AddDocument("d", "abcdef").Code("d", 0, 3, Homemaking, "x").Code("d", 0, 3, Hinge, "x");
        Assert.Single(sameSegment.WhereCoOccur(Homemaking, Hinge));
        Assert.Equal("corpus", Assert.Throws<ArgumentNullException>(() => CorpusAnalyses.WhereCoOccur(null!, Homemaking, Service)).ParamName);
    }

    [Fact]
    public void FunctionPerspectiveMatrix_renders_aligned_columns_in_both_languages()
    {
        var matrix = Scrambled().FunctionPerspectiveMatrix();
        Assert.Equal("corpus", Assert.Throws<ArgumentNullException>(() => CorpusAnalyses.FunctionPerspectiveMatrix(null!)).ParamName);
        foreach (var language in new[] { Language.English, Language.German })
        {
            string[] lines = matrix.Render(language).Split('\n');
            Assert.Equal(6, lines.Length);
            Assert.Equal(language == Language.German ? "Zellen: codierte Segmente (Dokumente)" : "cells: coded segments (documents)", lines[5]);
            Assert.StartsWith(language == Language.German ? "Funktion \\ Perspektive" : "function \\ perspective", lines[0], StringComparison.Ordinal);
            Assert.All(lines.Take(5), l => Assert.Equal(lines[0].Length, l.Length));
            string[] header = lines[0].Split(" | ");
            Assert.Equal(4, header.Length);
            Assert.Equal(["migrant-organisation", "welfare-association", "public-administration"], header.Skip(1));
            string[] homemaking = lines[1].Split(" | ");
            Assert.Equal(SocialSecurityVocabulary.Functions.ConceptOf(SocialSecurityFunction.Homemaking).Label.In(language), homemaking[0].TrimEnd());
            Assert.Equal(header[0].Length, homemaking[0].Length);
            Assert.Equal("1 (1)".PadLeft("migrant-organisation".Length), homemaking[1]);
            Assert.Equal("2 (1)".PadLeft("welfare-association".Length), homemaking[2]);
            Assert.Equal("0 (0)".PadLeft("public-administration".Length), homemaking[3]);
        }
        Assert.Equal(matrix.Render(Language.English), matrix.ToString());
    }
}
