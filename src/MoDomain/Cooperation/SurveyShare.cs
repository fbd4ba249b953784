using System;
using MoDomain.Internal;

namespace MoDomain.Cooperation;

/// <summary>A survey figure for one category of a distribution (e.g. the share of joint events).</summary>
/// <typeparam name="T">The category type.</typeparam>
/// <remarks>Immutable.</remarks>
public sealed class SurveyShare<T>
    where T : struct, Enum
{
    /// <summary>Initializes a category share.</summary>
    /// <param name="category">The category.</param>
    /// <param name="figure">The figure.</param>
    /// <exception cref="ArgumentNullException"><paramref name="figure"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="category"/> is not defined.</exception>
    public SurveyShare(T category, SurveyFigure figure)
    {
        Category = Guard.Against.UndefinedValue(category);
        Figure = Guard.Against.Null(figure);
    }

    /// <summary>Gets the category.</summary>
    public T Category { get; }

    /// <summary>Gets the figure.</summary>
    public SurveyFigure Figure { get; }

    /// <summary>Gets the share (shortcut for <see cref="SurveyFigure.Share"/>).</summary>
    public double Share => Figure.Share;

    /// <inheritdoc />
    public override string ToString() => $"{Category}: {Figure}";
}
