using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.Coding;

/// <summary>
/// Renders a <see cref="Codebook"/> as a readable coding guide ("Kodierleitfaden"): Markdown for people and CSV for
/// spreadsheets, R and pandas, each code with its labels, description and <see cref="CodingGuideline"/> (definition,
/// anchor examples, coding rule). Pure: returns text, writes no file.
/// </summary>
/// <remarks>
/// Codes appear in codebook order (parents before children). The guideline texts are printed as written, in the
/// team's language; <c>language</c> chooses the labels and the headings.
/// </remarks>
public static class CodebookGuide
{
    /// <summary>The CSV header of <see cref="ToCsv(Codebook, bool)"/>.</summary>
    public const string CsvHeader = "id,parent,depth,label_de,label_en,codable,source,description,definition,anchor_examples,coding_rule";

    /// <summary>Renders the codebook as a Markdown coding guide: one heading per code (nested by depth, at most six
    /// levels), then description, definition, anchor examples (as quotations) and coding rule where given.</summary>
    /// <param name="codebook">The codebook.</param>
    /// <param name="language">The language of labels and headings; German by default.</param>
    /// <param name="onlyWithGuideline">Whether to leave out codes without a guideline and without descendants that have one.</param>
    /// <returns>The Markdown text, lines ending with LF.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="codebook"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined.</exception>
    /// <remarks>Markdown characters in the texts (<c>* _ [ ] &lt; &gt; ` \ #</c>) are escaped, so a text cannot start a
    /// heading, a link or HTML.</remarks>
    public static string ToMarkdown(Codebook codebook, Language language = Language.German, bool onlyWithGuideline = false)
    {
        Guard.Against.Null(codebook);
        Guard.Against.UndefinedValue(language);
        bool german = language == Language.German;
        var keep = Kept(codebook, onlyWithGuideline);
        var md = new StringBuilder();
        md.Append(german ? "# Kodierleitfaden\n" : "# Coding guide\n");
        foreach (var code in codebook.Codes.Where(c => keep.Contains(c.Id)))
        {
            int level = Math.Min(2 + codebook.DepthOf(code.Id), 6);
            md.Append('\n').Append('#', level).Append(' ').Append(Escape(code.Label.In(language))).Append(" (`").Append(code.Id).Append("`)\n\n");
            var facts = new List<string>();
            if (code.ParentId is { } parent)
            {
                facts.Add((german ? "Obercode: " : "Parent: ") + Escape(codebook[parent].Label.In(language)) + " (`" + parent + "`)");
            }
            if (!code.IsCodable)
            {
                facts.Add(german ? "Gruppierungscode, nicht codierbar" : "Grouping code, not codable");
            }
            facts.Add((german ? "Bezeichnung (andere Sprache): " : "Label (other language): ") + Escape(code.Label.In(german ? Language.English : Language.German)));
            md.Append(string.Join("  \n", facts)).Append('\n');
            Paragraph(md, german ? "Beschreibung" : "Description", code.Description);
            Paragraph(md, "Definition", code.Guideline.Definition);
            if (!code.Guideline.AnchorExamples.IsEmpty)
            {
                md.Append('\n').Append(german ? "**Ankerbeispiele:**" : "**Anchor examples:**").Append('\n');
                foreach (var anchor in code.Guideline.AnchorExamples)
                {
                    md.Append('\n');
                    foreach (var line in anchor.Split('\n'))
                    {
                        md.Append("> ").Append(Escape(line.TrimEnd('\r'))).Append('\n');
                    }
                }
            }
            Paragraph(md, german ? "Kodierregel" : "Coding rule", code.Guideline.CodingRule);
        }
        return md.ToString();
    }

    /// <summary>Renders the codebook as CSV: header <see cref="CsvHeader"/>, one row per code in codebook order.</summary>
    /// <param name="codebook">The codebook.</param>
    /// <param name="neutraliseFormulas">Whether cells a spreadsheet would run as a formula (beginning with <c>=</c>,
    /// <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return) get a leading apostrophe, the project's CSV rule
    /// (<see cref="Interop.CsvFormulaGuard.Neutralise"/>); true by default. Pass false for raw cells, for example for a
    /// program that is not a spreadsheet.</param>
    /// <returns>RFC 4180 text (comma, CRLF, fields with comma, quote or line break quoted), UTF-16 string to be written
    /// as UTF-8. Anchor examples share one field, separated by a line feed; <c>codable</c> is <c>true</c>/<c>false</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="codebook"/> is null.</exception>
    /// <remarks>A neutralised cell reads back exactly with <see cref="Interop.CsvFormulaGuard.Restore"/>. Plain
    /// numbers such as <c>-1</c> are not neutralised.</remarks>
    public static string ToCsv(Codebook codebook, bool neutraliseFormulas = true)
    {
        Guard.Against.Null(codebook);
        var csv = new StringBuilder(CsvHeader).Append("\r\n");
        foreach (var code in codebook.Codes)
        {
            string[] fields =
            [
                code.Id,
                code.ParentId ?? string.Empty,
                codebook.DepthOf(code.Id).ToString(CultureInfo.InvariantCulture),
                code.Label.German,
                code.Label.English,
                code.IsCodable ? "true" : "false",
                code.Source,
                code.Description ?? string.Empty,
                code.Guideline.Definition ?? string.Empty,
                string.Join("\n", code.Guideline.AnchorExamples),
                code.Guideline.CodingRule ?? string.Empty,
            ];
            csv.AppendJoin(',', fields.Select(f => Quote(neutraliseFormulas ? Interop.CsvFormulaGuard.Neutralise(f) : f))).Append("\r\n");
        }
        return csv.ToString();
    }

    private static HashSet<string> Kept(Codebook codebook, bool onlyWithGuideline)
    {
        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in codebook.Codes)
        {
            if (!onlyWithGuideline || !code.Guideline.IsEmpty)
            {
                var c = code;
                while (keep.Add(c.Id) && c.ParentId is not null)
                {
                    c = codebook[c.ParentId];
                }
            }
        }
        return keep;
    }

    private static void Paragraph(StringBuilder md, string heading, string? text)
    {
        if (text is not null)
        {
            md.Append('\n').Append("**").Append(heading).Append(":** ").Append(string.Join("  \n", text.Split('\n').Select(l => Escape(l.TrimEnd('\r'))))).Append('\n');
        }
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '<' or '>' or '`' or '#')
            {
                builder.Append('\\');
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
