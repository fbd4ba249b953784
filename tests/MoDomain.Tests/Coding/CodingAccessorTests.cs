using System;
using System.Linq;
using MoDomain.Coding;
using MoDomain.SocialSecurity;
using NodaTime;

namespace MoDomain.Tests.Coding;

/// <summary>Look-ups that accept null, typed accessors of <see cref="VariableValue"/> and default groupings.</summary>
public sealed class CodingAccessorTests
{
    private static readonly string Homemaking = StandardCodes.Function(SocialSecurityFunction.Homemaking);

    [Fact]
    public void Try_lookups_answer_false_for_null_and_unknown_ids()
    {
        var corpus = Corpus.Create(Codebook.Standard).AddDocument("d1", "text");
        Assert.False(corpus.TryGetDocument(null, out var none));
        Assert.Null(none);
        Assert.False(corpus.TryGetDocument("d2", out _));
        Assert.True(corpus.TryGetDocument("d1", out var found));
        Assert.Equal("d1", found!.Id);
        Assert.False(Codebook.Standard.TryGet(null, out var noCode));
        Assert.Null(noCode);
        Assert.True(Codebook.Standard.TryGet(Homemaking, out var code));
        Assert.Equal(Homemaking, code!.Id);
        Assert.False(CodeIds.IsValid(string.Empty));
        Assert.False(CodeIds.IsValid(null));
        Assert.False(CodeIds.IsValid("a::b"));
        Assert.True(CodeIds.IsValid("a:b-c"));
    }

    [Fact]
    public void OnlyCoders_checks_its_list_and_keeps_only_those_coders()
    {
        var corpus = Corpus.Create(Codebook.Standard).AddDocument("d1", "text").Code("d1", 0, 2, Homemaking, "a").Code("d1", 0, 2, Homemaking, "b");
        Assert.Equal("coderIds", Assert.Throws<ArgumentNullException>(() => corpus.OnlyCoders(null!)).ParamName);
        Assert.Equal("coderIds", Assert.Throws<ArgumentException>(() => corpus.OnlyCoders("a", null!)).ParamName);
        Assert.Equal(["b"], corpus.OnlyCoders("b").Coders);
    }

    [Fact]
    public void VariableValue_accessors_return_their_own_kind_and_refuse_others()
    {
        Assert.Equal("x", VariableValue.Text("x").AsText);
        Assert.Equal(2.5m, VariableValue.Number(2.5m).AsNumber);
        Assert.True(VariableValue.Boolean(true).AsBoolean);
        Assert.Equal(new LocalDate(2024, 2, 29), VariableValue.Date(new LocalDate(2024, 2, 29)).AsDate);
        Assert.Equal("The value is Number, not Text.", Assert.Throws<InvalidOperationException>(() => VariableValue.Number(1m).AsText).Message);
        Assert.Equal("The value is Text, not Boolean.", Assert.Throws<InvalidOperationException>(() => VariableValue.Text("true").AsBoolean).Message);
        Assert.Equal("The value is Boolean, not Date.", Assert.Throws<InvalidOperationException>(() => VariableValue.Boolean(false).AsDate).Message);
        var kind = Assert.Throws<ArgumentOutOfRangeException>(() => VariableValue.Parse((VariableKind)9, "x"));
        Assert.Equal("kind", kind.ParamName);
        Assert.Contains("Unknown variable kind.", kind.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Frequencies_default_to_one_corpus_group()
    {
        var corpus = Corpus.Create(Codebook.Standard).AddDocument("d1", "text").AddDocument("d2", "more").Code("d1", 0, 2, Homemaking, "a").Code("d2", 0, 2, Homemaking, "a");
        var frequency = Assert.Single(corpus.CodeFrequencies(includeSubcodes: false));
        Assert.Equal("corpus", frequency.Group);
        Assert.Equal(2, frequency.Segments);
        Assert.Equal(2, frequency.Documents);
    }

    [Fact]
    public void Retrieve_orders_segments_with_the_same_start_by_their_end()
    {
        var corpus = Corpus.Create(Codebook.Standard).AddDocument("d1", "0123456789")
            .Code("d1", 2, 8, Homemaking, "a").Code("d1", 2, 4, Homemaking, "a").Code("d1", 0, 9, Homemaking, "a");
        Assert.Equal(["d1#0-9", "d1#2-4", "d1#2-8"], corpus.Retrieve(Homemaking).Select(s => s.Segment.ToString()));
    }
}
