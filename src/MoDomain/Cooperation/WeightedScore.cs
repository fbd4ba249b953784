using System;
using System.Collections.Immutable;
using System.Globalization;
using MoDomain.Rules;

namespace MoDomain.Cooperation;

/// <summary>
/// A score the caller asked for by supplying explicit weights: the sum of the weights of the factors that are
/// present. The sources give no weights (DOMAIN.md §5.4), so the weights are always part of the result.
/// </summary>
/// <remarks>
/// <para>Factors without a weight do not count. The caller chooses signs, e.g. negative weights for obstacles.
/// <see cref="Score"/> is unknown while a weighted factor is unknown; <see cref="Minimum"/> and <see cref="Maximum"/>
/// bound the score over every way the unknown factors could turn out.</para>
/// <para>Immutable.</para>
/// </remarks>
public sealed class WeightedScore
{
    internal WeightedScore(ImmutableSortedDictionary<string, double> weights, double known, double negativeUnknown, double positiveUnknown, bool anyUnknown)
    {
        Weights = weights;
        Minimum = known + negativeUnknown;
        Maximum = known + positiveUnknown;
        Score = anyUnknown ? Fact<double>.Unknown : known;
    }

    /// <summary>Gets the weights used, by factor id.</summary>
    public ImmutableSortedDictionary<string, double> Weights { get; }

    /// <summary>Gets the score, or unknown while a weighted factor is unknown.</summary>
    public Fact<double> Score { get; }

    /// <summary>Gets the lowest score the unknown factors allow.</summary>
    public double Minimum { get; }

    /// <summary>Gets the highest score the unknown factors allow.</summary>
    public double Maximum { get; }

    /// <summary>Returns the score (or <c>unknown</c>) and its bounds, e.g. <c>score unknown, between -1 and 2</c>.</summary>
    /// <returns>The text (invariant numbers).</returns>
    public override string ToString() => Score.TryGetValue(out double score)
        ? string.Create(CultureInfo.InvariantCulture, $"score {score}")
        : string.Create(CultureInfo.InvariantCulture, $"score unknown, between {Minimum} and {Maximum}");
}
