namespace MoDomain.Coding.Agreement;

/// <summary>How the overlap of two coded ranges is measured for <see cref="OverlapMatching"/>.</summary>
public enum OverlapMeasure
{
    /// <summary>
    /// Shared positions divided by the positions covered by either range (intersection over union, Jaccard): 1 only
    /// for identical ranges. Compare with MAXQDA's "overlap rate" at the same percentage.
    /// </summary>
    IntersectionOverUnion = 0,

    /// <summary>
    /// Shared positions divided by the length of the shorter range: 1 whenever one range lies inside the other.
    /// More lenient than <see cref="IntersectionOverUnion"/> for ranges of different length.
    /// </summary>
    IntersectionOverShorter = 1,
}
