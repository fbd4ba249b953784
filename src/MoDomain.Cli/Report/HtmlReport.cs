using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using MoDomain.Objectives;
using MoDomain.SocialSecurity;
using MoDomain.Vocabulary;

namespace MoDomain.Cli.Report;

/// <summary>
/// The self-contained HTML report: one file with an embedded style sheet and inline SVG charts, no scripts and no
/// external resources. It is made of sections (<see cref="IReportSection"/>): summary sections over all
/// organisations, one chapter per organisation with the organisation sections, then appendix sections.
/// </summary>
/// <remarks>
/// The output is deterministic: the same input gives the same bytes (no timestamps, ids from a counter). Every text
/// is escaped, so an organisation's name cannot inject markup.
/// </remarks>
public sealed class HtmlReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="organisations">The organisations covered (at least one).</param>
    /// <param name="language">The report language.</param>
    /// <param name="summarySections">Sections over all organisations, before the chapters.</param>
    /// <param name="organisationSections">Sections of each organisation's chapter.</param>
    /// <param name="appendixSections">Sections over all organisations, after the chapters.</param>
    /// <param name="subject">What the report is about, for its title (e.g. the organisation's name).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">There is no organisation, an element is null, two sections of a list share an id, or a summary and an appendix section share one.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined.</exception>
    public HtmlReport(
        IEnumerable<ReportOrganisation> organisations,
        Language language,
        IEnumerable<IReportSection> summarySections,
        IEnumerable<IReportSection> organisationSections,
        IEnumerable<IReportSection> appendixSections,
        string subject)
    {
        Organisations = Charts.ChartText.List(organisations, nameof(organisations));
        if (Organisations.IsEmpty)
        {
            throw new ArgumentException("A report covers at least one organisation.", nameof(organisations));
        }
        if (!Enum.IsDefined(language))
        {
            throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown language.");
        }
        Language = language;
        SummarySections = Sections(summarySections, nameof(summarySections));
        OrganisationSections = Sections(organisationSections, nameof(organisationSections));
        AppendixSections = Sections(appendixSections, nameof(appendixSections));
        // Summary and appendix sections share the anchor space "section-ID".
        Sections([.. SummarySections, .. AppendixSections], nameof(appendixSections));
        Subject = Charts.ChartText.Required(subject, nameof(subject));
    }

    /// <summary>Gets the organisations covered.</summary>
    public ImmutableArray<ReportOrganisation> Organisations { get; }

    /// <summary>Gets the report language.</summary>
    public Language Language { get; }

    /// <summary>Gets the summary sections.</summary>
    public ImmutableArray<IReportSection> SummarySections { get; }

    /// <summary>Gets the sections of each organisation's chapter.</summary>
    public ImmutableArray<IReportSection> OrganisationSections { get; }

    /// <summary>Gets the appendix sections.</summary>
    public ImmutableArray<IReportSection> AppendixSections { get; }

    /// <summary>Gets what the report is about.</summary>
    public string Subject { get; }

    /// <summary>
    /// Creates the standard report: an overview of verdicts (for more than one organisation), then per organisation
    /// definitions, objectives, functions, funding and cooperation, then the reference figures.
    /// </summary>
    /// <param name="organisations">The organisations.</param>
    /// <param name="language">The report language.</param>
    /// <param name="subject">What the report is about.</param>
    /// <param name="objectives">Finds an organisation's objective profile (null: none supplied).</param>
    /// <param name="functions">Finds an organisation's function evidence (null: none supplied).</param>
    /// <param name="funding">The funding section; null renders its placeholder.</param>
    /// <param name="cooperation">The cooperation section; null renders its placeholder.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">There is no organisation.</exception>
    public static HtmlReport Standard(
        IEnumerable<ReportOrganisation> organisations,
        Language language,
        string subject,
        Func<ReportOrganisation, ObjectiveProfile?> objectives,
        Func<ReportOrganisation, FunctionEvidenceProfile?> functions,
        FundingSection? funding = null,
        CooperationSection? cooperation = null)
    {
        var list = Charts.ChartText.List(organisations, nameof(organisations));
        IReportSection[] summary = list.Length > 1 ? [new OverviewSection()] : [];
        return new HtmlReport(
            list,
            language,
            summary,
            [new DefinitionsSection(), new ObjectivesSection(objectives), new FunctionsSection(functions), funding ?? new FundingSection(), cooperation ?? new CooperationSection()],
            [new ReferenceSection()],
            subject);
    }

    /// <summary>Renders the report to a string.</summary>
    /// <returns>The HTML document.</returns>
    public string Render()
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(text);
        return text.ToString();
    }

    /// <summary>Writes the report.</summary>
    /// <param name="output">Where the HTML goes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    public void Write(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        bool de = Language == Language.German;
        string T(string en, string german) => de ? german : en;
        using (var w = new ReportWriter(output))
        {
            w.DocType();
            w.Start("html", ("lang", de ? "de" : "en"));
            w.Start("head");
            w.Start("meta", ("charset", "utf-8"));
            w.End();
            w.Start("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
            w.End();
            w.Start("meta", ("name", "generator"), ("content", "modomain report"));
            w.End();
            string title = T("MoDomain report: ", "MoDomain-Bericht: ") + Subject;
            w.Element("title", title);
            w.Style(ReportStyles.Css);
            w.End();
            w.Start("body");
            w.Start("header");
            w.Element("h1", title);
            var dates = Organisations.Select(o => Charts.ChartDates.Format(o.Profile.AsOf)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            w.Element("p", T("Organisations: ", "Organisationen: ") + Organisations.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)
                + T(". Facts as of ", ". Stand der Fakten: ") + string.Join(", ", dates)
                + T(". Charts have a text description and a data table below them.", ". Jede Grafik hat eine Textbeschreibung und darunter eine Datentabelle."), ("class", "subtitle"));
            w.End();

            // Anchors come from positions, never from user input.
            var chapterIds = Organisations.Select((_, i) => "org-" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            w.Start("nav", ("aria-label", T("Contents", "Inhalt")));
            w.Element("h2", T("Contents", "Inhalt"));
            w.Start("ol");
            foreach (IReportSection s in SummarySections)
            {
                Link(w, "#section-" + s.Id, s.Title.In(Language));
            }
            for (int i = 0; i < Organisations.Length; i++)
            {
                Link(w, "#" + chapterIds[i], Organisations[i].Name);
            }
            foreach (IReportSection s in AppendixSections)
            {
                Link(w, "#section-" + s.Id, s.Title.In(Language));
            }
            w.End();
            w.End();

            w.Start("main");
            var all = new ReportScope(Language, Organisations, 3);
            foreach (IReportSection s in SummarySections)
            {
                TopSection(w, s, all);
            }
            for (int i = 0; i < Organisations.Length; i++)
            {
                ReportOrganisation o = Organisations[i];
                string headingId = chapterIds[i] + "-title";
                w.Start("article", ("class", "organisation"), ("id", chapterIds[i]), ("aria-labelledby", headingId));
                w.Element("h2", o.Name, ("id", headingId));
                if (o.SampleId is not null || o.Description is not null)
                {
                    w.Start("p");
                    if (o.SampleId is not null)
                    {
                        w.Text(T("Sample id: ", "Beispiel-Id: "));
                        w.Element("code", o.SampleId);
                        w.Text(". ");
                    }
                    if (o.Description is not null)
                    {
                        w.Text(o.Description);
                    }
                    w.End();
                }
                w.Element("p", T("Facts as of ", "Stand der Fakten: ") + Charts.ChartDates.Format(o.Profile.AsOf) + ".");
                var one = new ReportScope(Language, [o], 4);
                foreach (IReportSection s in OrganisationSections)
                {
                    string sectionHeading = chapterIds[i] + "-" + s.Id;
                    w.Start("section", ("class", "section-" + s.Id), ("id", sectionHeading), ("aria-labelledby", sectionHeading + "-title"));
                    w.Element("h3", s.Title.In(Language), ("id", sectionHeading + "-title"));
                    s.Render(w, one);
                    w.End();
                }
                w.End();
            }
            foreach (IReportSection s in AppendixSections)
            {
                TopSection(w, s, all);
            }
            w.End();

            w.Start("footer");
            w.Element("p", T(
                "Generated by modomain (MoDomain). The embedded sample organisations are fictional. Verdicts follow the definitions as modelled in MoDomain; the reference figures are those of the cited surveys.",
                "Erzeugt mit modomain (MoDomain). Die Organisationen des eingebetteten Beispiels sind erfunden. Die Urteile folgen den Definitionen, wie MoDomain sie modelliert; die Referenzzahlen sind die der genannten Erhebungen."));
            w.End();
            w.End();
            w.End();
        }
        output.Write('\n');
        output.Flush();
    }

    private static void Link(ReportWriter w, string href, string text)
    {
        w.Start("li");
        w.Element("a", text, ("href", href));
        w.End();
    }

    private void TopSection(ReportWriter w, IReportSection s, ReportScope scope)
    {
        string id = "section-" + s.Id;
        w.Start("section", ("class", "section-" + s.Id), ("id", id), ("aria-labelledby", id + "-title"));
        w.Element("h2", s.Title.In(Language), ("id", id + "-title"));
        s.Render(w, scope);
        w.End();
    }

    private static ImmutableArray<IReportSection> Sections(IEnumerable<IReportSection> sections, string name)
    {
        var list = Charts.ChartText.List(sections, name);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (IReportSection s in list)
        {
            if (!ids.Add(s.Id))
            {
                throw new ArgumentException($"Two sections share the id '{s.Id}'.", name);
            }
        }
        return list;
    }

    /// <summary>Encodes the report as UTF-8 without a byte order mark.</summary>
    /// <returns>The bytes.</returns>
    public byte[] ToUtf8() => new UTF8Encoding(false).GetBytes(Render());
}
