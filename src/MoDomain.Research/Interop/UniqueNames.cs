using System;
using System.Collections.Generic;

namespace MoDomain.Interop;

/// <summary>
/// Hands out names that are not yet taken: the wanted name when free, otherwise the wanted name with the lowest free
/// number (<c>name-2</c>, <c>name (2)</c>, …). O(1) amortised per name: each base remembers the next number to try,
/// so n equal names cost O(n) in total instead of O(n²).
/// </summary>
/// <remarks>Not thread-safe; one instance serves one import.</remarks>
internal sealed class UniqueNames
{
    private readonly HashSet<string> used = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> nextNumber = new(StringComparer.Ordinal);
    private readonly Func<string, int, string> numbered;

    /// <summary>Creates an empty set of names.</summary>
    /// <param name="numbered">Forms the numbered variant of a base name (the number starts at 2).</param>
    internal UniqueNames(Func<string, int, string> numbered) => this.numbered = numbered;

    /// <summary>Returns whether a name is taken.</summary>
    internal bool Contains(string name) => used.Contains(name);

    /// <summary>Takes <paramref name="wanted"/> if free, otherwise its first free numbered variant, and returns it.</summary>
    internal string Claim(string wanted)
    {
        if (used.Add(wanted))
        {
            return wanted;
        }
        int n = nextNumber.TryGetValue(wanted, out int next) ? next : 2;
        string candidate = numbered(wanted, n);
        while (!used.Add(candidate))
        {
            n++;
            candidate = numbered(wanted, n);
        }
        nextNumber[wanted] = n + 1;
        return candidate;
    }
}
