using System;
using System.Collections.Generic;
using System.Linq;

namespace MoDomain.Coding;

/// <summary>
/// The distinct coded segments within one code, per document, each with the codes it carries there; counts the
/// co-occurring pairs of two such sets as <see cref="CorpusAnalyses.CoOccurrenceMatrix"/> defines them.
/// </summary>
internal sealed class SegmentSet
{
    private SegmentSet(Dictionary<string, Dictionary<TextSegment, List<string>>> byDocument)
    {
        ByDocument = byDocument;
        Count = byDocument.Values.Sum(d => d.Count);
    }

    internal Dictionary<string, Dictionary<TextSegment, List<string>>> ByDocument { get; }

    internal int Count { get; }

    internal static SegmentSet Of(IEnumerable<SegmentCoding> codings)
    {
        var byDocument = new Dictionary<string, Dictionary<TextSegment, List<string>>>(StringComparer.Ordinal);
        foreach (var coding in codings)
        {
            if (!byDocument.TryGetValue(coding.Segment.DocumentId, out var segments))
            {
                segments = [];
                byDocument[coding.Segment.DocumentId] = segments;
            }
            if (!segments.TryGetValue(coding.Segment, out var codes))
            {
                codes = [];
                segments[coding.Segment] = codes;
            }
            if (!codes.Contains(coding.CodeId, StringComparer.Ordinal))
            {
                codes.Add(coding.CodeId);
            }
        }
        return new SegmentSet(byDocument);
    }

    /// <summary>
    /// The number of pairs (a, b), a of <paramref name="x"/> and b of <paramref name="y"/> in one document, that
    /// overlap; a segment in both sets pairs with itself only when it carries two different codes, one from each.
    /// </summary>
    internal static int CountPairs(SegmentSet x, SegmentSet y)
    {
        int total = 0;
        foreach (var (documentId, xs) in x.ByDocument)
        {
            if (!y.ByDocument.TryGetValue(documentId, out var ys))
            {
                continue;
            }
            int[] starts = [.. ys.Keys.Select(s => s.Start).Order()];
            int[] ends = [.. ys.Keys.Select(s => s.End).Order()];
            foreach (var (a, aCodes) in xs)
            {
                // b overlaps a  ⇔  b.Start < a.End and not b.End ≤ a.Start (b.End ≤ a.Start implies b.Start < a.End).
                total += CountBelow(starts, a.End) - CountBelow(ends, a.Start + 1);
                if (ys.TryGetValue(a, out var bCodes) && !TwoDifferentCodes(aCodes, bCodes))
                {
                    total--;
                }
            }
        }
        return total;
    }

    private static bool TwoDifferentCodes(List<string> first, List<string> second) =>
        first.Count > 1 || second.Count > 1 || !string.Equals(first[0], second[0], StringComparison.Ordinal);

    // The number of values less than 'limit' in a sorted array.
    private static int CountBelow(int[] sorted, int limit)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < limit)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
