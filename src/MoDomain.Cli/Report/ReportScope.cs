using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using MoDomain.Vocabulary;

namespace MoDomain.Cli.Report;

/// <summary>
/// What a section renders for: the organisations (one for a section inside an organisation's chapter, all of them
/// for a summary or appendix section), the language, and the heading level the section's sub-headings start at.
/// </summary>
public sealed class ReportScope
{
    /// <summary>Creates a scope.</summary>
    /// <param name="language">The report language.</param>
    /// <param name="organisations">The organisations in scope.</param>
    /// <param name="subheadingLevel">The HTML heading level (2–6) of the section's own sub-headings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="organisations"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The language is not defined or the level is not 2–6.</exception>
    public ReportScope(Language language, IEnumerable<ReportOrganisation> organisations, int subheadingLevel)
    {
        if (!Enum.IsDefined(language))
        {
            throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown language.");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(subheadingLevel, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(subheadingLevel, 6);
        Language = language;
        Organisations = Charts.ChartText.List(organisations, nameof(organisations));
        SubheadingLevel = subheadingLevel;
    }

    /// <summary>Gets the report language.</summary>
    public Language Language { get; }

    /// <summary>Gets whether the language is German.</summary>
    public bool IsGerman => Language == Language.German;

    /// <summary>Gets the organisations in scope.</summary>
    public ImmutableArray<ReportOrganisation> Organisations { get; }

    /// <summary>Gets the heading level of the section's own sub-headings.</summary>
    public int SubheadingLevel { get; }

    /// <summary>Gets the element name of a sub-heading (<c>h3</c> … <c>h6</c>).</summary>
    public string Subheading => "h" + SubheadingLevel.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Picks the English or German text.</summary>
    /// <param name="english">The English text.</param>
    /// <param name="german">The German text.</param>
    /// <returns>The text in the report language.</returns>
    public string T(string english, string german) => IsGerman ? german : english;
}
