using System;
using MoDomain.Internal;
using MoDomain.Rules;
using MoDomain.Vocabulary;

namespace MoDomain.Cooperation;

/// <summary>One citable survey figure: a share, and the count behind it when the source gives one, with provenance.</summary>
/// <remarks>Immutable. <see cref="Count"/> is unknown when the source reports only a share (e.g. "half", or percentages).</remarks>
public sealed class SurveyFigure
{
    /// <summary>Initializes a figure.</summary>
    /// <param name="id">The figure's id.</param>
    /// <param name="label">What the figure counts (en/de).</param>
    /// <param name="share">The share, between 0 and 1.</param>
    /// <param name="count">The count behind the share, when reported.</param>
    /// <param name="provenance">Where the figure comes from.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a valid id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is not a fraction, or <paramref name="count"/> is negative or exceeds the respondents.</exception>
    public SurveyFigure(string id, LocalizedText label, double share, Fact<int> count, SurveyProvenance provenance)
    {
        Id = ConceptIds.Check(id);
        Label = Guard.Against.Null(label);
        Share = Guard.Against.NotAShare(share);
        Provenance = Guard.Against.Null(provenance);
        if (count.IsKnown && (count.Value < 0 || count.Value > provenance.Respondents))
        {
            throw new ArgumentOutOfRangeException(nameof(count), count.Value, $"A count must lie between 0 and the {provenance.Respondents} respondents.");
        }
        Count = count;
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets what the figure counts.</summary>
    public LocalizedText Label { get; }

    /// <summary>Gets the share (0 to 1).</summary>
    public double Share { get; }

    /// <summary>Gets the count behind the share, when the source reports one.</summary>
    public Fact<int> Count { get; }

    /// <summary>Gets the provenance.</summary>
    public SurveyProvenance Provenance { get; }

    /// <inheritdoc />
    public override string ToString() => Count.IsKnown ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Id}: {Count.Value} of {Provenance.Respondents}") : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Id}: {Share * 100:0.##} %");
}
