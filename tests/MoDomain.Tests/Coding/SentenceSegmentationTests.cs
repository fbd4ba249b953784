using System;
using System.Linq;
using MoDomain.Coding;

namespace MoDomain.Tests.Coding;

public sealed class SentenceSegmentationTests
{
    private static string[] Sentences(string text)
    {
        var document = new CorpusDocument("d", text);
        return [.. document.Units(SegmentationLevel.Sentence).Select(s => text[s.Start..s.End])];
    }

    [Theory]
    [InlineData("Wir treffen uns z. B. dienstags. Dann kochen wir.", "Wir treffen uns z. B. dienstags.|Dann kochen wir.")]
    [InlineData("Das heißt, d. h. Frauen kommen. Gut.", "Das heißt, d. h. Frauen kommen.|Gut.")]
    [InlineData("Dr. Yılmaz leitet das, Nr. 5 im Haus. Ja.", "Dr. Yılmaz leitet das, Nr. 5 im Haus.|Ja.")]
    [InlineData("Es kamen ca. 40 Leute bzw. Familien. Und dann?", "Es kamen ca. 40 Leute bzw. Familien.|Und dann?")]
    [InlineData("Am 3. Oktober feiern wir. 2019. Das war gut.", "Am 3. Oktober feiern wir.|2019.|Das war gut.")]
    [InlineData("Wir haben 2019. Dann kam Corona.", "Wir haben 2019.|Dann kam Corona.")]
    [InlineData("Kochen, Nähen usw. Alle helfen etc. Und so.", "Kochen, Nähen usw.|Alle helfen etc.|Und so.")]
    [InlineData("Also (.) ich weiß nicht (...) Ja! Wirklich?", "Also (.) ich weiß nicht (...) Ja!|Wirklich?")]
    [InlineData("Er sagte: „Komm mit.“ Dann ging er.", "Er sagte: „Komm mit.“|Dann ging er.")]
    [InlineData("Das kostet 3.50 Euro… Na ja.", "Das kostet 3.50 Euro…|Na ja.")]
    [InlineData("  kein Satzende am Schluss  ", "kein Satzende am Schluss")]
    [InlineData("", "")]
    public void German_sentence_rule_pins(string text, string expected)
    {
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), Sentences(text));
    }

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public void Segmentation_never_loses_characters(byte[] tokens)
    {
        string[] alphabet = ["Ja", "z.", "B.", "3.", "2019.", "usw.", "Dr.", "Haus", "geht", "!", "?", "...", "…", "(.)", " ", " ", "\n", "ä", "„", "“", ".", "a.b"];
        string text = string.Concat((tokens ?? []).Select(t => alphabet[t % alphabet.Length]));
        var units = new CorpusDocument("d", text).Units(SegmentationLevel.Sentence);
        int position = 0;
        foreach (var unit in units)
        {
            Assert.True(unit.Start >= position && unit.End > unit.Start && unit.End <= text.Length);
            Assert.True(string.IsNullOrWhiteSpace(text[position..unit.Start]), "only white space between sentences");
            Assert.False(char.IsWhiteSpace(text[unit.Start]) || char.IsWhiteSpace(text[unit.End - 1]), "sentences are trimmed");
            position = unit.End;
        }
        Assert.True(string.IsNullOrWhiteSpace(text[position..]), "only white space after the last sentence");
    }
}
