using System;
using MoDomain.Internal;

namespace MoDomain.Coding.Agreement;

/// <summary>
/// When two coded ranges of one code in one document count as the same unit: their overlap share (see
/// <see cref="OverlapMeasure"/>) is at least <see cref="MinimumShare"/>. Used by
/// <see cref="CodingReliability.PresenceByOverlap"/> for the presence-based measures. Immutable.
/// </summary>
/// <remarks>
/// Matching is made transitive: ranges linked by a chain of matches form one unit (connected components), so every
/// range belongs to exactly one unit. Ranges that merely touch share no position and never match.
/// </remarks>
public sealed class OverlapMatching
{
    /// <summary>Creates the matching rule.</summary>
    /// <param name="minimumShare">The smallest share of overlap that makes two ranges one unit, in (0, 1].</param>
    /// <param name="measure">How the share is measured.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="minimumShare"/> is not in (0, 1], or <paramref name="measure"/> is not defined.
    /// </exception>
    public OverlapMatching(double minimumShare, OverlapMeasure measure = OverlapMeasure.IntersectionOverUnion)
    {
        if (!(minimumShare > 0 && minimumShare <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(minimumShare), minimumShare, "The minimum overlap share must be greater than 0 and at most 1.");
        }
        MinimumShare = minimumShare;
        Measure = Guard.Against.UndefinedValue(measure);
    }

    /// <summary>Gets the smallest overlap share that makes two ranges one unit.</summary>
    public double MinimumShare { get; }

    /// <summary>Gets how the share is measured.</summary>
    public OverlapMeasure Measure { get; }

    /// <summary>Returns the overlap share of two ranges (0 when they share no position or lie in different documents).</summary>
    /// <param name="a">One range.</param>
    /// <param name="b">The other range.</param>
    /// <returns>The share in [0, 1].</returns>
    public double Share(TextSegment a, TextSegment b)
    {
        if (!string.Equals(a.DocumentId, b.DocumentId, StringComparison.Ordinal))
        {
            return 0;
        }
        long shared = Math.Min(a.End, b.End) - (long)Math.Max(a.Start, b.Start);
        if (shared <= 0)
        {
            return 0;
        }
        long basis = Measure == OverlapMeasure.IntersectionOverShorter
            ? Math.Min(a.Length, b.Length)
            : Math.Max(a.End, b.End) - (long)Math.Min(a.Start, b.Start);
        return (double)shared / basis;
    }

    /// <summary>Returns whether two ranges count as the same unit.</summary>
    /// <param name="a">One range.</param>
    /// <param name="b">The other range.</param>
    /// <returns>True when <see cref="Share"/> is at least <see cref="MinimumShare"/>.</returns>
    public bool Matches(TextSegment a, TextSegment b) => Share(a, b) >= MinimumShare - 1e-12;
}
