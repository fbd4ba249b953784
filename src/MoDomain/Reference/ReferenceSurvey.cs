using System;
using MoDomain.Internal;
using MoDomain.Rules;
using MoDomain.Vocabulary;

namespace MoDomain.Reference;

/// <summary>
/// A survey or study whose figures the library ships as reference data: what it was, when it was carried out and
/// published, and which source document reports it.
/// </summary>
/// <remarks>
/// The survey and publication years are <see cref="Fact{T}"/>s because a source may report results without saying when
/// the survey ran or when it was published (the Paritätischer "Gemeinsam aktiv" page says neither); they are then
/// unknown, never guessed. Instances are immutable.
/// </remarks>
public sealed class ReferenceSurvey
{
    /// <summary>Creates a survey record.</summary>
    /// <param name="id">Stable id (lower-case, hyphenated).</param>
    /// <param name="label">German and English name.</param>
    /// <param name="design">Short description of the design (who was asked, how), in the library's own words.</param>
    /// <param name="surveyYear">The year the survey was carried out, or unknown when the source does not say.</param>
    /// <param name="publicationYear">The year the source document was published, or unknown when the document does not say.</param>
    /// <param name="source">The source key (see <see cref="SourceKeys"/>).</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/>, <paramref name="source"/> or a text of <paramref name="design"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A year is outside 1900–9999, or the survey year is after a known publication year.</exception>
    public ReferenceSurvey(string id, LocalizedText label, LocalizedText design, Fact<int> surveyYear, Fact<int> publicationYear, string source)
    {
        Id = Guard.Against.Blank(id);
        Label = Guard.Against.Null(label);
        Design = Guard.Against.Null(design);
        Source = Guard.Against.Blank(source);
        if (publicationYear.TryGetValue(out int published))
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(published, 1900, nameof(publicationYear));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(published, 9999, nameof(publicationYear));
        }

        if (surveyYear.TryGetValue(out int year))
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(year, 1900, nameof(surveyYear));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(year, publicationYear.GetValueOrDefault(9999), nameof(surveyYear));
        }

        SurveyYear = surveyYear;
        PublicationYear = publicationYear;
    }

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the German and English name.</summary>
    public LocalizedText Label { get; }

    /// <summary>Gets a short description of the survey design.</summary>
    public LocalizedText Design { get; }

    /// <summary>Gets the year the survey was carried out; unknown when the source does not state it.</summary>
    public Fact<int> SurveyYear { get; }

    /// <summary>Gets the year the source document was published; unknown when the document does not state it.</summary>
    public Fact<int> PublicationYear { get; }

    /// <summary>Gets the source key of the document that reports the survey.</summary>
    public string Source { get; }

    /// <summary>Returns the id.</summary>
    /// <returns>The stable id.</returns>
    public override string ToString() => Id;
}
