using MoDomain.Vocabulary;

namespace MoDomain.Cli.Report;

/// <summary>
/// One section of the HTML report. The report writes the section's heading and frame; the section writes its body
/// (text, tables, charts) for the organisations of the scope. Sections read finished framework answers and render
/// them; they never change data.
/// </summary>
/// <remarks>
/// A section placed in an organisation's chapter gets a scope with that one organisation; a summary or appendix
/// section gets all organisations. New frameworks (funding, cooperation) plug in as further sections.
/// </remarks>
public interface IReportSection
{
    /// <summary>Gets the stable section id (kebab-case), used in anchors and CSS classes, e.g. <c>definitions</c>.</summary>
    string Id { get; }

    /// <summary>Gets the section title in English and German.</summary>
    LocalizedText Title { get; }

    /// <summary>Writes the section body.</summary>
    /// <param name="writer">The report writer.</param>
    /// <param name="scope">The organisations, language and heading level.</param>
    void Render(ReportWriter writer, ReportScope scope);
}
