using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using MoDomain.Internal;
using MoDomain.Rules;

namespace MoDomain.Cooperation;

/// <summary>
/// The result of a <see cref="CooperationAssessment"/>: every factor with its presence, listed as present, missing
/// (absent) and unknown, filterable by kind and side; a <see cref="WeightedScore"/> only when the caller gave weights.
/// </summary>
/// <remarks>Immutable. Statuses are in the order of the assessment's factor list.</remarks>
public sealed class AssessmentResult
{
    internal AssessmentResult(ImmutableArray<FactorStatus> statuses, WeightedScore? weighted)
    {
        Statuses = statuses;
        Weighted = weighted;
    }

    /// <summary>Gets every factor's status.</summary>
    public ImmutableArray<FactorStatus> Statuses { get; }

    /// <summary>Gets the factors observed to be present.</summary>
    public ImmutableArray<FactorStatus> Present => With(Truth.Yes);

    /// <summary>Gets the factors observed to be absent (missing).</summary>
    public ImmutableArray<FactorStatus> Missing => With(Truth.No);

    /// <summary>Gets the factors whose presence is unknown (including every factor not observed).</summary>
    public ImmutableArray<FactorStatus> Unknown => With(Truth.Unknown);

    /// <summary>Gets the weighted score, or null when no weights were supplied (the default: no weighting).</summary>
    public WeightedScore? Weighted { get; }

    /// <summary>Filters the statuses.</summary>
    /// <param name="kind">Success factors or obstacles.</param>
    /// <param name="side">The side.</param>
    /// <param name="presence">Present (yes), absent (no) or unknown.</param>
    /// <returns>The matching statuses, in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is not defined.</exception>
    public ImmutableArray<FactorStatus> Select(FactorKind kind, FactorSide side, Truth presence)
    {
        Guard.Against.UndefinedValue(kind);
        Guard.Against.UndefinedValue(side);
        return [.. Statuses.Where(s => s.Factor.Kind == kind && s.Factor.Side == side && s.Presence == presence)];
    }

    private ImmutableArray<FactorStatus> With(Truth presence) => [.. Statuses.Where(s => s.Presence == presence)];

    /// <summary>Returns the counts of present, absent and unknown factors and the weighted score, if any, e.g.
    /// <c>present 6, absent 3, unknown 15</c>.</summary>
    /// <returns>The text (invariant).</returns>
    public override string ToString()
    {
        string counts = string.Create(CultureInfo.InvariantCulture, $"present {Present.Length}, absent {Missing.Length}, unknown {Unknown.Length}");
        return Weighted is null ? counts : $"{counts}; {Weighted}";
    }
}
