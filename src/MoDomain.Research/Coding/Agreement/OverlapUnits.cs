using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace MoDomain.Coding.Agreement;

/// <summary>Groups the coded ranges of one code into units of matching ranges (union–find over a sweep by start).</summary>
internal static class OverlapUnits
{
    internal static (ImmutableArray<string> Keys, int[] Cells) Group(List<(TextSegment Segment, int Coder)> ranges, int coders, OverlapMatching matching)
    {
        var order = ranges.ToArray();
        Array.Sort(order, static (a, b) =>
        {
            int byDocument = string.CompareOrdinal(a.Segment.DocumentId, b.Segment.DocumentId);
            return byDocument != 0 ? byDocument
                : a.Segment.Start != b.Segment.Start ? a.Segment.Start.CompareTo(b.Segment.Start)
                : a.Segment.End != b.Segment.End ? a.Segment.End.CompareTo(b.Segment.End)
                : a.Coder.CompareTo(b.Coder);
        });
        var parent = new int[order.Length];
        for (int i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }
        var active = new List<int>();
        for (int i = 0; i < order.Length; i++)
        {
            var current = order[i].Segment;
            active.RemoveAll(a => !string.Equals(order[a].Segment.DocumentId, current.DocumentId, StringComparison.Ordinal) || order[a].Segment.End <= current.Start);
            foreach (int a in active)
            {
                if (matching.Matches(order[a].Segment, current))
                {
                    Union(parent, a, i);
                }
            }
            active.Add(i);
        }

        // Units in the order of their first (sorted) range; key = document#start-end of the span of their ranges.
        var unitOf = new Dictionary<int, int>();
        var spans = new List<(string Document, int Start, int End)>();
        var members = new int[order.Length];
        for (int i = 0; i < order.Length; i++)
        {
            int root = Find(parent, i);
            if (!unitOf.TryGetValue(root, out int unit))
            {
                unit = spans.Count;
                unitOf.Add(root, unit);
                spans.Add((order[i].Segment.DocumentId, order[i].Segment.Start, order[i].Segment.End));
            }
            var span = spans[unit];
            spans[unit] = (span.Document, Math.Min(span.Start, order[i].Segment.Start), Math.Max(span.End, order[i].Segment.End));
            members[i] = unit;
        }
        var cells = new int[spans.Count * coders];
        for (int i = 0; i < order.Length; i++)
        {
            cells[(members[i] * coders) + order[i].Coder] = 1;
        }
        var keys = ImmutableArray.CreateBuilder<string>(spans.Count);
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (document, start, end) in spans)
        {
            string key = string.Create(CultureInfo.InvariantCulture, $"{document}#{start}-{end}");
            int count = used.GetValueOrDefault(key) + 1;
            used[key] = count;
            keys.Add(count == 1 ? key : string.Create(CultureInfo.InvariantCulture, $"{key}~{count}"));
        }
        return (keys.MoveToImmutable(), cells);
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void Union(int[] parent, int a, int b)
    {
        int x = Find(parent, a);
        int y = Find(parent, b);
        if (x != y)
        {
            parent[Math.Max(x, y)] = Math.Min(x, y);
        }
    }
}
