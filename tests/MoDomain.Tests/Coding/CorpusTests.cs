using System;
using System.Collections.Generic;
using MoDomain.Coding;
using MoDomain.SocialSecurity;
using NodaTime;

namespace MoDomain.Tests.Coding;

public sealed class CorpusTests
{
    private static readonly string Homemaking = StandardCodes.Function(SocialSecurityFunction.Homemaking);

    private static Corpus OneDocument() =>
        Corpus.Create(Codebook.Standard).AddDocument("d1", "Hier fühle ich mich zuhause.", new DocumentAttributes(Perspective.MigrantOrganisation));

    [Fact]
    public void Segments_are_validated_against_the_text_length()
    {
        var corpus = OneDocument();
        Assert.Throws<ArgumentOutOfRangeException>(() => corpus.Code("d1", 3, 3, Homemaking, "a"));
        Assert.Throws<ArgumentOutOfRangeException>(() => corpus.Code("d1", 5, 2, Homemaking, "a"));
        Assert.Throws<ArgumentOutOfRangeException>(() => corpus.Code("d1", -1, 2, Homemaking, "a"));
        var beyond = Assert.Throws<ArgumentException>(() => corpus.Code("d1", 0, 29, Homemaking, "a"));
        Assert.Contains("28 characters", beyond.Message);
        Assert.Single(corpus.Code("d1", 0, 28, Homemaking, "a").Codings);
    }

    [Fact]
    public void Unknown_document_or_code_grouping_code_and_duplicates_are_rejected()
    {
        var corpus = OneDocument().Code("d1", 0, 4, Homemaking, "a");
        Assert.Throws<KeyNotFoundException>(() => corpus.Code("d2", 0, 4, Homemaking, "a"));
        Assert.Throws<KeyNotFoundException>(() => corpus.Code("d1", 0, 4, "function:nope", "a"));
        Assert.Throws<ArgumentException>(() => corpus.Code("d1", 0, 4, StandardCodes.Functions, "a"));
        Assert.Throws<ArgumentException>(() => corpus.Code("d1", 0, 4, Homemaking, "a"));
        Assert.Equal(2, corpus.Code("d1", 0, 4, Homemaking, "b").Codings.Count);
        Assert.Throws<ArgumentException>(() => corpus.AddDocument("d1", "again"));
    }

    [Fact]
    public void Corpus_is_immutable_every_step_returns_a_new_corpus()
    {
        var empty = OneDocument();
        var coded = empty.CodeText("d1", "zuhause", Homemaking, "a", memo: "klar");
        Assert.Empty(empty.Codings);
        var coding = Assert.Single(coded.Codings);
        Assert.Equal("zuhause", coded.TextOf(coding.Segment));
        Assert.Equal("klar", coding.Memo);
        Assert.Equal(["a"], coded.Coders);
    }

    [Fact]
    public void CodeText_finds_the_nth_occurrence_and_reports_missing_passages()
    {
        var corpus = Corpus.Create(Codebook.Standard).AddDocument("d", "ja ja ja");
        Assert.Equal(3, corpus.Find("d", "ja", 2).Start);
        Assert.Throws<ArgumentException>(() => corpus.Find("d", "ja", 4));
        Assert.Throws<ArgumentException>(() => corpus.Find("d", "nein"));
        Assert.Throws<ArgumentOutOfRangeException>(() => corpus.Find("d", "ja", 0));
    }

    [Fact]
    public void Attributes_validate_role_against_perspective_and_reserved_variable_names()
    {
        Assert.Throws<ArgumentException>(() => new DocumentAttributes(Perspective.WelfareAssociation, AdministrativeRole.EmploymentAgency));
        Assert.Throws<ArgumentException>(() => new DocumentAttributes(variables: [new KeyValuePair<string, VariableValue>("perspective", VariableValue.Text("x"))]));
        var a = new DocumentAttributes(Perspective.PublicAdministration, AdministrativeRole.YouthWelfareOffice, interviewDate: new LocalDate(2025, 1, 2))
            .WithVariable("size", VariableValue.Number(12.5m));
        Assert.Equal("12.5", a.Variables["size"].ToString());
        Assert.Equal("de", a.Language);
        Assert.True(DocumentAttributes.None.Perspective.IsUnknown);
    }

    [Fact]
    public void Variable_values_round_trip_through_their_invariant_text()
    {
        foreach (var v in new[] { VariableValue.Text("a,b"), VariableValue.Number(-3.25m), VariableValue.Boolean(true), VariableValue.Date(new LocalDate(2024, 2, 29)) })
        {
            Assert.Equal(v, VariableValue.Parse(v.Kind, v.ToString()));
        }
        Assert.Throws<FormatException>(() => VariableValue.Parse(VariableKind.Number, "1,5"));
        Assert.Throws<FormatException>(() => VariableValue.Parse(VariableKind.Date, "2024-02-30"));
        Assert.Throws<InvalidOperationException>(() => VariableValue.Text("x").AsNumber);
    }

    [Fact]
    public void WithCodebook_refuses_a_codebook_that_lacks_a_used_code()
    {
        var corpus = OneDocument().Code("d1", 0, 4, Homemaking, "a");
        Assert.Throws<ArgumentException>(() => corpus.WithCodebook(Codebook.Empty));
        Assert.Same(corpus.Codings[0], corpus.WithCodebook(Codebook.Standard).Codings[0]);
    }
}
