using System;
using MoDomain.Internal;

namespace MoDomain.Cooperation;

/// <summary>Where a reference figure comes from: the survey, its size, the survey and publication years and the source key (DOMAIN.md §6).</summary>
/// <remarks>Immutable.</remarks>
public sealed class SurveyProvenance
{
    /// <summary>Initializes a provenance.</summary>
    /// <param name="survey">What was surveyed, in words.</param>
    /// <param name="respondents">The number of respondents (n).</param>
    /// <param name="surveyYear">The year of the survey.</param>
    /// <param name="publicationYear">The year of publication.</param>
    /// <param name="source">The source key.</param>
    /// <exception cref="ArgumentNullException">A string is null.</exception>
    /// <exception cref="ArgumentException">A string is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="respondents"/> is not positive, or the publication precedes the survey.</exception>
    public SurveyProvenance(string survey, int respondents, int surveyYear, int publicationYear, string source)
    {
        Survey = Guard.Against.Blank(survey);
        if (respondents <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(respondents), respondents, "The number of respondents must be positive.");
        }
        if (publicationYear < surveyYear)
        {
            throw new ArgumentOutOfRangeException(nameof(publicationYear), publicationYear, "The publication cannot precede the survey.");
        }
        Respondents = respondents;
        SurveyYear = surveyYear;
        PublicationYear = publicationYear;
        Source = Guard.Against.Blank(source);
    }

    /// <summary>Gets what was surveyed.</summary>
    public string Survey { get; }

    /// <summary>Gets the number of respondents (n).</summary>
    public int Respondents { get; }

    /// <summary>Gets the year of the survey.</summary>
    public int SurveyYear { get; }

    /// <summary>Gets the year of publication.</summary>
    public int PublicationYear { get; }

    /// <summary>Gets the source key.</summary>
    public string Source { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Source} (survey {SurveyYear}, n = {Respondents})";
}
