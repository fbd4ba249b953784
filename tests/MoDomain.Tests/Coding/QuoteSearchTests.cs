using System;
using System.Linq;
using System.Text;
using MoDomain.Coding;

namespace MoDomain.Tests.Coding;

public sealed class QuoteSearchTests
{
    private const string Composed = "Die Beratung für Mütter läuft über den Verein.";

    [Fact]
    public void A_decomposed_quote_finds_composed_text_and_the_other_way_round()
    {
        string decomposed = "für Mütter".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("für Mütter".Length, decomposed.Length);
        var corpus = Corpus.Create(Codebook.Standard).AddDocument("nfc", Composed).AddDocument("nfd", Composed.Normalize(NormalizationForm.FormD));
        var inComposed = corpus.Find("nfc", decomposed);
        Assert.Equal("für Mütter", corpus.TextOf(inComposed));
        var inDecomposed = corpus.Find("nfd", "für Mütter");
        Assert.Equal("für Mütter".Normalize(NormalizationForm.FormD), corpus.TextOf(inDecomposed));
        Assert.Equal(Composed.Normalize(NormalizationForm.FormD).IndexOf('f', StringComparison.Ordinal), inDecomposed.Start);
        var coded = corpus.CodeText("nfc", decomposed, "function:service", "a");
        Assert.Equal(inComposed, coded.Codings[0].Segment);
    }

    [Fact]
    public void A_match_never_ends_inside_a_character_with_combining_marks()
    {
        var corpus = Corpus.Create(Codebook.Standard).AddDocument("d", "q\u0307 und q");
        // "q" + COMBINING DOT ABOVE has no composed form; the bare "q" only matches the second q.
        Assert.Equal(new TextSegment("d", 7, 8), Assert.Single(corpus.FindAll("d", "q")));
    }

    [Fact]
    public void An_ambiguous_quote_is_an_error_unless_an_occurrence_is_chosen()
    {
        var corpus = Corpus.Create(Codebook.Standard).AddDocument("d", "Ja. Wir helfen. Ja.");
        var e = Assert.Throws<ArgumentException>(() => corpus.CodeText("d", "Ja.", "function:service", "a"));
        Assert.StartsWith("Document 'd' contains the passage \"Ja.\" 2 times (at characters 0, 16); pass occurrence 1 to 2", e.Message, StringComparison.Ordinal);
        Assert.Equal(16, corpus.CodeText("d", "Ja.", "function:service", "a", occurrence: 2).Codings[0].Segment.Start);
        Assert.Equal([0, 16], corpus.FindAll("d", "Ja.").Select(s => s.Start));
        Assert.Equal([0, 1], Corpus.Create(Codebook.Standard).AddDocument("d", "aaa").FindAll("d", "aa").Select(s => s.Start));
    }

    [Fact]
    public void Search_is_linear_on_a_pathological_quote()
    {
        // A naive search compares about n x m = 10^9 characters here; Knuth-Morris-Pratt about n + m.
        string text = new('a', 1_000_000);
        string quote = new string('a', 1_000) + "b";
        var corpus = Corpus.Create(Codebook.Standard).AddDocument("d", text);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Empty(corpus.FindAll("d", quote));
        Assert.Equal(999_001, corpus.FindAll("d", new string('a', 1_000)).Length);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public void FindAll_agrees_with_a_naive_search_on_normalised_text(byte[] textCodes, byte[] quoteCodes)
    {
        // Alphabet with composed and decomposed umlauts and a combining mark on its own.
        string[] alphabet = ["a", "u", "ü", "u\u0308", " ", "ä", "a\u0308", "\u0308"];
        string text = string.Concat((textCodes ?? []).Take(30).Select(b => alphabet[b % alphabet.Length]));
        string quote = string.Concat((quoteCodes ?? []).Take(3).Select(b => alphabet[b % alphabet.Length]));
        if (quote.Length == 0)
        {
            return;
        }
        var corpus = Corpus.Create(Codebook.Standard).AddDocument("d", text);
        var found = corpus.FindAll("d", quote);
        string wanted = quote.Normalize(NormalizationForm.FormC);
        foreach (var s in found)
        {
            Assert.Equal(wanted, text[s.Start..s.End].Normalize(NormalizationForm.FormC));
        }
        // Every naive match that starts and ends between whole characters (no combining mark right after it) is found.
        for (int start = 0; start < text.Length; start++)
        {
            for (int end = start + 1; end <= text.Length; end++)
            {
                bool boundary = (start == 0 || text[start] != '\u0308') && (end == text.Length || text[end] != '\u0308');
                if (boundary && text[start..end].Normalize(NormalizationForm.FormC) == wanted)
                {
                    Assert.Contains(new TextSegment("d", start, end), found);
                }
            }
        }
    }
}
