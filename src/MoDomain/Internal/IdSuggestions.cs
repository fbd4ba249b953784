using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;

namespace MoDomain.Internal;

/// <summary>
/// Finds the known ids closest to an unknown one, for "did you mean" hints in error messages: candidates within
/// edit distance <see cref="MaxDistance"/> (compared without regard to ASCII case) or sharing a prefix of at least
/// <see cref="MinPrefix"/> characters (or the whole unknown id), best first, at most <see cref="MaxSuggestions"/>.
/// </summary>
internal static class IdSuggestions
{
    internal const int MaxDistance = 3;
    internal const int MinPrefix = 3;
    internal const int MaxSuggestions = 3;

    internal static ImmutableArray<string> Suggest(string id, IEnumerable<string> candidates)
    {
        string probe = Lower(id);
        var scored = new List<(string Id, int Distance, int Prefix)>();
        foreach (var candidate in candidates)
        {
            if (string.Equals(candidate, id, StringComparison.Ordinal))
            {
                continue;
            }
            string lower = Lower(candidate);
            int prefix = CommonPrefix(probe, lower);
            bool prefixMatch = prefix >= MinPrefix || (probe.Length > 0 && prefix == probe.Length);
            int distance = Math.Abs(probe.Length - lower.Length) > MaxDistance ? int.MaxValue : Distance(probe, lower);
            if (distance <= MaxDistance || prefixMatch)
            {
                scored.Add((candidate, distance, prefix));
            }
        }
        scored.Sort((a, b) =>
        {
            int c = a.Distance.CompareTo(b.Distance);
            if (c != 0)
            {
                return c;
            }
            c = b.Prefix.CompareTo(a.Prefix);
            return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
        });
        var builder = ImmutableArray.CreateBuilder<string>(Math.Min(MaxSuggestions, scored.Count));
        for (int i = 0; i < scored.Count && i < MaxSuggestions; i++)
        {
            builder.Add(scored[i].Id);
        }
        return builder.MoveToImmutable();
    }

    /// <summary>Returns "did you mean 'a', 'b' or 'c'?", or an empty string when there is nothing to suggest.</summary>
    internal static string Text(ImmutableArray<string> suggestions)
    {
        if (suggestions.IsDefaultOrEmpty)
        {
            return string.Empty;
        }
        var sb = new StringBuilder("did you mean ");
        for (int i = 0; i < suggestions.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(i == suggestions.Length - 1 ? " or " : ", ");
            }
            sb.Append('\'').Append(suggestions[i]).Append('\'');
        }
        return sb.Append('?').ToString();
    }

    private static string Lower(string s)
    {
        // ASCII-only lowering: culture-independent and length-preserving.
        return string.Create(s.Length, s, static (span, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                char c = source[i];
                span[i] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            }
        });
    }

    private static int CommonPrefix(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        int i = 0;
        while (i < n && a[i] == b[i])
        {
            i++;
        }
        return i;
    }

    /// <summary>Levenshtein distance (insertions, deletions, substitutions), two rows.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
