using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using MoDomain.Internal;

namespace MoDomain.SocialSecurity;

/// <summary>
/// The 4 × 3 function × perspective matrix: how many evidence items there are for each social-security function
/// (rows) from each perspective (columns), with row and column totals. Counts only, never a score.
/// </summary>
/// <remarks>
/// <para>A matrix counts either every item (<see cref="Stance"/> is null) or only the items of one stance, so that
/// supporting and contradicting evidence are never mixed up in one number: <see cref="FunctionAssessment"/> exposes all
/// three, and the all-items matrix is the cell-wise sum of the other two.</para>
/// <para><see cref="Build"/> counts every item it is given; <see cref="FunctionEvidenceProfile"/> has already
/// collapsed repeated identical items, so an assessment counts distinct items.</para>
/// <para>Immutable; two matrices are equal when they have the same stance filter and the same counts.</para>
/// </remarks>
public sealed class FunctionPerspectiveMatrix : IEquatable<FunctionPerspectiveMatrix>
{
    /// <summary>The number of rows: the four functions.</summary>
    public const int FunctionCount = 4;

    /// <summary>The number of columns: the three perspectives.</summary>
    public const int PerspectiveCount = 3;

    private readonly int[] counts;

    private FunctionPerspectiveMatrix(int[] counts, EvidenceStance? stance)
    {
        this.counts = counts;
        Stance = stance;
        int total = 0;
        foreach (int c in counts)
        {
            total += c;
        }
        Total = total;
    }

    /// <summary>Gets the stance counted, or null when items of both stances are counted.</summary>
    public EvidenceStance? Stance { get; }

    /// <summary>Gets the number of counted items (the sum of all cells).</summary>
    public int Total { get; }

    /// <summary>Counts evidence items into a matrix, in one pass (linear in the number of items).</summary>
    /// <param name="evidence">The items; each is counted once per occurrence.</param>
    /// <param name="stance">When given, only items of this stance are counted.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="evidence"/> holds a null element.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stance"/> is not a defined value.</exception>
    public static FunctionPerspectiveMatrix Build(IEnumerable<FunctionEvidence> evidence, EvidenceStance? stance = null)
    {
        Guard.Against.Null(evidence);
        if (stance is { } s)
        {
            Guard.Against.UndefinedValue(s, nameof(stance));
        }
        var counts = new int[FunctionCount * PerspectiveCount];
        foreach (var item in evidence)
        {
            if (item is null)
            {
                throw new ArgumentException("The sequence must not contain null elements.", nameof(evidence));
            }
            if (stance is null || item.Stance == stance.Value)
            {
                counts[Index(item.Function, item.Perspective)]++;
            }
        }
        return new FunctionPerspectiveMatrix(counts, stance);
    }

    /// <summary>Gets the count of one cell.</summary>
    /// <param name="function">The row.</param>
    /// <param name="perspective">The column.</param>
    /// <returns>The number of items.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is not a defined value.</exception>
    public int Count(SocialSecurityFunction function, Perspective perspective)
    {
        Guard.Against.UndefinedValue(function);
        Guard.Against.UndefinedValue(perspective);
        return counts[Index(function, perspective)];
    }

    /// <summary>Gets the row total of a function (over all perspectives).</summary>
    /// <param name="function">The row.</param>
    /// <returns>The number of items.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="function"/> is not a defined value.</exception>
    public int RowTotal(SocialSecurityFunction function)
    {
        Guard.Against.UndefinedValue(function);
        int sum = 0;
        for (int p = 0; p < PerspectiveCount; p++)
        {
            sum += counts[((int)function * PerspectiveCount) + p];
        }
        return sum;
    }

    /// <summary>Gets the column total of a perspective (over all functions).</summary>
    /// <param name="perspective">The column.</param>
    /// <returns>The number of items.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="perspective"/> is not a defined value.</exception>
    public int ColumnTotal(Perspective perspective)
    {
        Guard.Against.UndefinedValue(perspective);
        int sum = 0;
        for (int f = 0; f < FunctionCount; f++)
        {
            sum += counts[(f * PerspectiveCount) + (int)perspective];
        }
        return sum;
    }

    /// <inheritdoc />
    public bool Equals(FunctionPerspectiveMatrix? other) =>
        other is not null && Stance == other.Stance && counts.AsSpan().SequenceEqual(other.counts);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FunctionPerspectiveMatrix);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Stance);
        foreach (int c in counts)
        {
            hash.Add(c);
        }
        return hash.ToHashCode();
    }

    /// <summary>Returns the rows with invariant ids, cells in perspective order, for example
    /// <c>homemaking 2 1 0; service 1 0 0; hinge 0 0 3; advocacy 0 0 0</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder();
        for (int f = 0; f < FunctionCount; f++)
        {
            if (f > 0)
            {
                sb.Append("; ");
            }
            sb.Append(SocialSecurityVocabulary.Functions.IdOf((SocialSecurityFunction)f));
            for (int p = 0; p < PerspectiveCount; p++)
            {
                sb.Append(' ').Append(counts[(f * PerspectiveCount) + p].ToString(CultureInfo.InvariantCulture));
            }
        }
        return sb.ToString();
    }

    private static int Index(SocialSecurityFunction function, Perspective perspective) => ((int)function * PerspectiveCount) + (int)perspective;

    /// <summary>Value equality, the same as <see cref="Equals(FunctionPerspectiveMatrix?)"/>; two null references are equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(FunctionPerspectiveMatrix? left, FunctionPerspectiveMatrix? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality: the negation of the equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when exactly one is null or they differ.</returns>
    public static bool operator !=(FunctionPerspectiveMatrix? left, FunctionPerspectiveMatrix? right) => !(left == right);
}
