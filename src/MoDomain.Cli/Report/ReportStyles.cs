namespace MoDomain.Cli.Report;

/// <summary>The report's embedded style sheet: screen and print rules; no external fonts or images.</summary>
/// <remarks>Written without <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> so it survives XML escaping unchanged.</remarks>
public static class ReportStyles
{
    /// <summary>The CSS.</summary>
    public const string Css = """

        :root { color-scheme: light; }
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 15px; line-height: 1.45; color: #111; background: #fff; margin: 0 auto; max-width: 1100px; padding: 16px 24px; }
        h1 { font-size: 1.8em; margin-bottom: 0.2em; }
        h2 { font-size: 1.45em; border-bottom: 2px solid #333; padding-bottom: 0.15em; margin-top: 1.6em; }
        h3 { font-size: 1.2em; margin-top: 1.4em; }
        h4 { font-size: 1.05em; margin-bottom: 0.3em; }
        .subtitle { color: #333; margin-top: 0; }
        nav ol { columns: 2; }
        table.data { border-collapse: collapse; margin: 0.6em 0 1em; width: 100%; font-size: 0.92em; }
        table.data th, table.data td { border: 1px solid #888; padding: 4px 6px; text-align: left; vertical-align: top; }
        table.data thead th { background: #e8e8e8; }
        table.data td.num, table.numeric td { text-align: right; font-variant-numeric: tabular-nums; }
        table.data tr.total th, table.data tr.total td { font-weight: bold; border-top: 2px solid #333; }
        table.data tr.current th, table.data tr.current td { font-weight: bold; }
        table.data ul { margin: 0.2em 0; padding-left: 1.2em; }
        table.data p { margin: 0; }
        .truth-yes { background: #e3f2e1; font-weight: bold; }
        .truth-no { background: #fbe3e1; font-weight: bold; }
        .truth-unknown { background: #eeeeee; font-style: italic; }
        figure.chart { margin: 1em 0 1.5em; padding: 8px; border: 1px solid #ccc; }
        figure.chart svg { display: block; max-width: 100%; height: auto; }
        figcaption { margin: 0.5em 0; font-size: 0.92em; }
        .placeholder { border: 2px dashed #555; padding: 10px 12px; background: #fafafa; }
        .no-data { font-style: italic; color: #333; }
        .facts { font-size: 0.92em; }
        .id { font-family: "DejaVu Sans Mono", monospace; font-size: 0.85em; }
        article.organisation { border-top: 4px double #333; margin-top: 2em; }
        footer { margin-top: 3em; border-top: 1px solid #999; font-size: 0.85em; color: #333; }
        @page { margin: 14mm; }
        @media print {
          body { font-size: 10.5pt; max-width: none; padding: 0; }
          nav { display: none; }
          figure.chart, table.data tr, .placeholder { break-inside: avoid; page-break-inside: avoid; }
          h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
          article.organisation { break-before: page; page-break-before: always; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          a { color: #000; text-decoration: none; }
        }

        """;
}
