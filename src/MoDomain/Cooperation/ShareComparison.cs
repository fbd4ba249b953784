using System;
using System.Globalization;
using MoDomain.Internal;
using MoDomain.Rules;

namespace MoDomain.Cooperation;

/// <summary>One category of a portfolio compared with the survey share: observed count and share, survey share, difference.</summary>
/// <typeparam name="T">The category type.</typeparam>
/// <remarks>Immutable. The observed share and the difference are unknown when the portfolio has no record to compare.</remarks>
public sealed class ShareComparison<T>
    where T : struct, Enum
{
    /// <summary>Initializes a comparison.</summary>
    /// <param name="observed">The portfolio's count for the category.</param>
    /// <param name="survey">The survey's share for the category.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The categories differ.</exception>
    public ShareComparison(CategoryCount<T> observed, SurveyShare<T> survey)
    {
        Observed = Guard.Against.Null(observed);
        Survey = Guard.Against.Null(survey);
        Guard.Against.Unsatisfied(observed.Category.Equals(survey.Category), "The observed and the survey category differ.", nameof(survey));
    }

    /// <summary>Gets the category.</summary>
    public T Category => Observed.Category;

    /// <summary>Gets the portfolio's count and share.</summary>
    public CategoryCount<T> Observed { get; }

    /// <summary>Gets the survey's share with provenance.</summary>
    public SurveyShare<T> Survey { get; }

    /// <summary>Gets the observed share minus the survey share, or unknown when the observed share is unknown.</summary>
    public Fact<double> Difference => Observed.Share.Select(s => s - Survey.Share);

    /// <summary>Returns the category, the observed share and the survey share, e.g. <c>Joint: observed 0.125, survey 0.3</c>.</summary>
    /// <returns>The text (invariant numbers; the category as its enum name).</returns>
    public override string ToString() => Observed.Share.TryGetValue(out double observed)
        ? string.Create(CultureInfo.InvariantCulture, $"{Category}: observed {observed}, survey {Survey.Share}")
        : string.Create(CultureInfo.InvariantCulture, $"{Category}: observed unknown, survey {Survey.Share}");
}
