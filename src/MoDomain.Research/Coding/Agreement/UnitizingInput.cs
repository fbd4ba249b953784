using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using MoDomain.Internal;

namespace MoDomain.Coding.Agreement;

/// <summary>
/// Validated input of the unitizing α: the coders, the values (sorted ordinally, so that the result does not depend on
/// input order), the continua laid end to end, and every coder's units in these joint coordinates.
/// </summary>
internal sealed class UnitizingInput
{
    private UnitizingInput(ImmutableArray<string> coders, ImmutableArray<string> values, ImmutableArray<(long Offset, int Length)> continua, List<UnitizedRange>[] units)
    {
        Coders = coders;
        Values = values;
        Continua = continua;
        Units = units;
        long total = 0;
        foreach (var c in continua)
        {
            total += c.Length;
        }
        Length = total;
    }

    internal ImmutableArray<string> Coders { get; }

    internal ImmutableArray<string> Values { get; }

    /// <summary>Gets each continuum's offset in the joint coordinates and its length, in the caller's order.</summary>
    internal ImmutableArray<(long Offset, int Length)> Continua { get; }

    /// <summary>Gets the units per coder (joint coordinates, value index into <see cref="Values"/>), unsorted.</summary>
    internal List<UnitizedRange>[] Units { get; }

    /// <summary>Gets L, the summed length of all continua.</summary>
    internal long Length { get; }

    internal static UnitizingInput Create(IEnumerable<UnitizedSegment> segments, IEnumerable<Continuum> continua, IEnumerable<string> coders, Func<string, string>? relabel = null)
    {
        Guard.Against.Null(segments);
        Guard.Against.Null(continua);
        Guard.Against.Null(coders);
        var coderIndex = IdIndex.Create(coders, nameof(coders));
        Guard.Against.Unsatisfied(coderIndex.Count >= 2, "The unitizing α needs at least two coders.", nameof(coders));
        var continuumIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var laid = ImmutableArray.CreateBuilder<(long, int)>();
        long offset = 0;
        foreach (var continuum in continua)
        {
            IdIndex.CheckId(continuum.Id, nameof(continua));
            Guard.Against.Unsatisfied(continuum.Length >= 1, $"Continuum '{continuum.Id}' has length {continuum.Length}; it needs at least 1 position.", nameof(continua));
            Guard.Against.Unsatisfied(continuumIndex.TryAdd(continuum.Id, laid.Count), $"The continuum '{continuum.Id}' is listed twice.", nameof(continua));
            laid.Add((offset, continuum.Length));
            offset += continuum.Length;
        }
        Guard.Against.Unsatisfied(laid.Count > 0, "At least one continuum is needed.", nameof(continua));
        var raw = new List<(int Coder, long Start, long End, string Value)>();
        var valueSet = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var s in segments)
        {
            IdIndex.CheckId(s.ContinuumId, nameof(segments));
            string value = IdIndex.CheckId(s.Value, nameof(segments));
            if (!continuumIndex.TryGetValue(s.ContinuumId, out int ci))
            {
                string hint = IdSuggestions.Text(IdSuggestions.Suggest(s.ContinuumId, continuumIndex.Keys));
                throw new ArgumentException($"Unknown continuum '{s.ContinuumId}' in a segment: it is not in 'continua'{(hint.Length == 0 ? "." : "; " + hint)}", nameof(segments));
            }
            int coder = coderIndex.Resolve(s.CoderId, "coder", nameof(segments));
            var (start, length) = laid[ci];
            if (!(s.Start >= 0 && s.Start < s.End && s.End <= length))
            {
                throw new ArgumentException($"Segment {s.Start}-{s.End} of coder '{s.CoderId}' in '{s.ContinuumId}' is not a non-empty range within 0-{length}.", nameof(segments));
            }
            if (relabel is not null)
            {
                value = IdIndex.CheckId(relabel(value), nameof(segments));
            }
            valueSet.Add(value);
            raw.Add((coder, start + s.Start, start + s.End, value));
        }
        var values = ImmutableArray.CreateRange(valueSet);
        var valueIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < values.Length; i++)
        {
            valueIndex[values[i]] = i;
        }
        var units = new List<UnitizedRange>[coderIndex.Count];
        for (int i = 0; i < units.Length; i++)
        {
            units[i] = [];
        }
        foreach (var (coder, start, end, value) in raw)
        {
            units[coder].Add(new UnitizedRange(start, end, valueIndex[value]));
        }
        return new UnitizingInput(coderIndex.Ids, values, laid.ToImmutable(), units);
    }
}
