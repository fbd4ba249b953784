using System;
using System.Collections.Immutable;
using MoDomain.Internal;

namespace MoDomain.Coding;

/// <summary>
/// A symmetric code co-occurrence matrix: for two codes, the number of pairs of distinct coded segments in the same
/// document, one with each code, that overlap or are identical. The diagonal holds the number of distinct coded
/// segments of each code.
/// </summary>
/// <remarks>When built with sub-codes rolled up, a segment counts for a code when its code equals or lies below it.
/// Immutable.</remarks>
public sealed class CoOccurrenceMatrix
{
    private readonly int[,] counts;
    private readonly ImmutableDictionary<string, int> index;

    internal CoOccurrenceMatrix(ImmutableArray<string> codeIds, int[,] counts)
    {
        CodeIds = codeIds;
        this.counts = counts;
        var builder = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < codeIds.Length; i++)
        {
            builder[codeIds[i]] = i;
        }
        index = builder.ToImmutable();
    }

    /// <summary>Gets the code ids of the rows and columns, in order.</summary>
    public ImmutableArray<string> CodeIds { get; }

    /// <summary>Gets the count for two codes (symmetric).</summary>
    /// <param name="first">The first code id.</param>
    /// <param name="second">The second code id.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A code is not a row of the matrix.</exception>
    public int this[string first, string second] => counts[IndexOf(first), IndexOf(second)];

    private int IndexOf(string codeId)
    {
        Guard.Against.Null(codeId);
        Guard.Against.Unsatisfied(index.TryGetValue(codeId, out int i), $"Code '{codeId}' is not part of the co-occurrence matrix.", nameof(codeId));
        return i;
    }
}
