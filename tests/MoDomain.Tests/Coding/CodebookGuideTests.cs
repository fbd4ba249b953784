using System;
using System.Linq;
using MoDomain.Coding;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.Coding;

public sealed class CodebookGuideTests
{
    private static readonly Codebook Book = Codebook.Empty
        .WithCode("barriers", "Barriers", "Barrieren", guideline: null)
        .WithCode("barriers:language", "Language barrier", "Sprachbarriere", "barriers", description: "Sprache als Hürde", guideline: new CodingGuideline(
            definition: "Äußerungen, nach denen Deutschkenntnisse den Zugang zu Leistungen erschweren.",
            anchorExamples: ["„Viele verstehen die Bescheide nicht, weil sie nur auf Deutsch kommen.“ (int-mo-02)", " ", "Zweite Zeile\nmit *Stern*"],
            codingRule: "Nur kodieren, wenn die Sprache als Grund genannt wird; sonst „Zugang“."));

    [Fact]
    public void Guideline_keeps_its_parts_and_drops_blank_anchors()
    {
        var g = Book["barriers:language"].Guideline;
        Assert.Equal(2, g.AnchorExamples.Length);
        Assert.False(g.IsEmpty);
        Assert.True(Book["barriers"].Guideline.IsEmpty);
        Assert.Equal(g, new CodingGuideline(g.Definition, g.AnchorExamples, g.CodingRule));
        Assert.NotEqual(Book["barriers:language"], Book["barriers:language"].WithGuideline(CodingGuideline.Empty));
        var replaced = Book.WithGuideline("barriers", new CodingGuideline("Alles, was hindert."));
        Assert.Equal(["barriers", "barriers:language"], replaced.Codes.Select(c => c.Id));
        Assert.Equal("Alles, was hindert.", replaced["barriers"].Guideline.Definition);
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => Book.WithGuideline("nope", CodingGuideline.Empty));
    }

    [Fact]
    public void Markdown_in_German_shows_definition_anchors_and_rule()
    {
        string md = CodebookGuide.ToMarkdown(Book);
        Assert.Equal(
            "# Kodierleitfaden\n\n## Barrieren (`barriers`)\n\nBezeichnung (andere Sprache): Barriers\n\n### Sprachbarriere (`barriers:language`)\n\n" +
            "Obercode: Barrieren (`barriers`)  \nBezeichnung (andere Sprache): Language barrier\n\n**Beschreibung:** Sprache als Hürde\n\n" +
            "**Definition:** Äußerungen, nach denen Deutschkenntnisse den Zugang zu Leistungen erschweren.\n\n**Ankerbeispiele:**\n\n" +
            "> „Viele verstehen die Bescheide nicht, weil sie nur auf Deutsch kommen.“ (int-mo-02)\n\n> Zweite Zeile\n> mit \\*Stern\\*\n\n" +
            "**Kodierregel:** Nur kodieren, wenn die Sprache als Grund genannt wird; sonst „Zugang“.\n",
            md);
        Assert.StartsWith("# Coding guide\n\n## Barriers", CodebookGuide.ToMarkdown(Book, Language.English), StringComparison.Ordinal);
        string only = CodebookGuide.ToMarkdown(Codebook.Standard.WithGuideline("indicator:safe-space", new CodingGuideline("Vertrauen")), onlyWithGuideline: true);
        Assert.Contains("`functions`", only, StringComparison.Ordinal);
        Assert.Contains("`function:homemaking`", only, StringComparison.Ordinal);
        Assert.DoesNotContain("`function:service`", only, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_has_one_row_per_code_with_quoted_multiline_anchors()
    {
        string csv = CodebookGuide.ToCsv(Book);
        Assert.Equal(
            CodebookGuide.CsvHeader + "\r\n" +
            "barriers,,0,Barrieren,Barriers,true,researcher,,,,\r\n" +
            "barriers:language,barriers,1,Sprachbarriere,Language barrier,true,researcher,Sprache als Hürde," +
            "Äußerungen, nach denen Deutschkenntnisse den Zugang zu Leistungen erschweren.".Replace("Ä", "\"Ä", StringComparison.Ordinal) + "\"," +
            "\"„Viele verstehen die Bescheide nicht, weil sie nur auf Deutsch kommen.“ (int-mo-02)\nZweite Zeile\nmit *Stern*\"," +
            "\"Nur kodieren, wenn die Sprache als Grund genannt wird; sonst „Zugang“.\"\r\n",
            csv);
    }
}
