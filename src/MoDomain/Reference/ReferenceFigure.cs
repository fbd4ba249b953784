using System;
using System.Globalization;
using MoDomain.Internal;
using MoDomain.Rules;
using MoDomain.Vocabulary;

namespace MoDomain.Reference;

/// <summary>
/// One survey figure as typed, citable data: value, unit, base (n), the survey it comes from (and so its survey and
/// publication years and source key), the topic it belongs to and what it measures.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="N"/> is the number of respondents the figure is counted over. It is unknown when the source does not
/// state the base (the cooperation-form shares are shares of events or projects whose number the source does not give).
/// </para>
/// <para>
/// <see cref="IsApproximate"/> is <see langword="true"/> when the source states the value loosely ("about three
/// quarters", "ca. 16,000"); the value is then the library's reading of that wording, documented in <see cref="Measures"/>.
/// </para>
/// </remarks>
public sealed class ReferenceFigure
{
    /// <summary>Creates a figure.</summary>
    /// <param name="id">Stable id.</param>
    /// <param name="topic">The id of the topic in <see cref="ReferenceData.Topics"/>.</param>
    /// <param name="measures">What the figure measures, in German and English.</param>
    /// <param name="value">The value (non-negative; at most 100 for percentages).</param>
    /// <param name="unit">The unit.</param>
    /// <param name="n">The base the figure is counted over, or unknown.</param>
    /// <param name="isApproximate">Whether the source states the value only approximately.</param>
    /// <param name="survey">The survey the figure comes from.</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="topic"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="unit"/> is undefined, <paramref name="value"/> is negative, a percentage exceeds 100, <paramref name="n"/> is not positive, or a count exceeds <paramref name="n"/>.
    /// </exception>
    public ReferenceFigure(string id, string topic, LocalizedText measures, decimal value, FigureUnit unit, Fact<int> n, bool isApproximate, ReferenceSurvey survey)
    {
        Id = Guard.Against.Blank(id);
        Topic = Guard.Against.Blank(topic);
        Measures = Guard.Against.Null(measures);
        Survey = Guard.Against.Null(survey);
        Unit = Guard.Against.UndefinedValue(unit);
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        if (unit == FigureUnit.Percent)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 100m);
        }

        if (n.TryGetValue(out int baseCount))
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(baseCount, nameof(n));
            if (unit == FigureUnit.Count && value > baseCount)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, $"A count cannot exceed its base n = {baseCount.ToString(CultureInfo.InvariantCulture)}.");
            }
        }

        Value = value;
        N = n;
        IsApproximate = isApproximate;
    }

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the id of the topic the figure belongs to.</summary>
    public string Topic { get; }

    /// <summary>Gets what the figure measures.</summary>
    public LocalizedText Measures { get; }

    /// <summary>Gets the value.</summary>
    public decimal Value { get; }

    /// <summary>Gets the unit of <see cref="Value"/>.</summary>
    public FigureUnit Unit { get; }

    /// <summary>Gets the base the figure is counted over; unknown when the source does not state it.</summary>
    public Fact<int> N { get; }

    /// <summary>Gets a value indicating whether the source states the value only approximately.</summary>
    public bool IsApproximate { get; }

    /// <summary>Gets the survey the figure comes from.</summary>
    public ReferenceSurvey Survey { get; }

    /// <summary>Gets the source key (that of <see cref="Survey"/>).</summary>
    public string Source => Survey.Source;

    /// <summary>Gets the share of the base as a fraction in [0, 1]: a percentage divided by 100, or a count divided by <see cref="N"/>.</summary>
    /// <remarks>Unknown for a count whose base is unknown.</remarks>
    public Fact<decimal> Share => Unit == FigureUnit.Percent
        ? Fact.Known(Value / 100m)
        : N.Select(n => Value / n);

    /// <summary>Formats the figure in invariant culture, for example <c>24 of 32</c>, <c>54 %</c> or <c>~16000</c>.</summary>
    /// <returns>The formatted value.</returns>
    public override string ToString() => Format(Language.English);

    /// <summary>Formats the figure in invariant culture with the connecting word of a language: <c>24 of 32</c> or <c>24 von 32</c>.</summary>
    /// <param name="language">The language of the connecting word.</param>
    /// <returns>The formatted value; numbers are never culture-formatted.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined.</exception>
    public string Format(Language language)
    {
        Guard.Against.UndefinedValue(language);
        string prefix = IsApproximate ? "~" : string.Empty;
        string value = Value.ToString(CultureInfo.InvariantCulture);
        if (Unit == FigureUnit.Percent)
        {
            return $"{prefix}{value} %";
        }

        string of = language == Language.German ? "von" : "of";
        return N.TryGetValue(out int n) ? $"{prefix}{value} {of} {n.ToString(CultureInfo.InvariantCulture)}" : prefix + value;
    }
}
