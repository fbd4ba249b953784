using System;
using System.Collections.Immutable;
using MoDomain.Internal;

namespace MoDomain.Coding.Agreement;

/// <summary>
/// A square matrix over labelled values: Krippendorff's coincidence matrix (<see cref="AlphaResult.Coincidences"/>) or
/// the two coders' contingency table (<see cref="KappaResult.Contingency"/>). Immutable.
/// </summary>
public sealed class ValueMatrix
{
    private readonly double[] cells;

    internal ValueMatrix(ImmutableArray<string> labels, double[] cells)
    {
        Labels = labels;
        this.cells = cells;
        double total = 0;
        foreach (double cell in cells)
        {
            total += cell;
        }
        Total = total;
    }

    /// <summary>Gets the row and column labels (category ids, or numbers in invariant round-trip form), in order.</summary>
    public ImmutableArray<string> Labels { get; }

    /// <summary>Gets the number of rows (and columns).</summary>
    public int Size => Labels.Length;

    /// <summary>Gets the sum of all cells (for coincidences: the number of pairable values n).</summary>
    public double Total { get; }

    /// <summary>Gets the cell in row <paramref name="row"/> and column <paramref name="column"/>.</summary>
    /// <param name="row">The row index.</param>
    /// <param name="column">The column index.</param>
    /// <returns>The cell value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside the matrix.</exception>
    public double this[int row, int column]
    {
        get
        {
            if ((uint)row >= (uint)Size)
            {
                throw new ArgumentOutOfRangeException(nameof(row), row, "The row index is outside the matrix.");
            }
            if ((uint)column >= (uint)Size)
            {
                throw new ArgumentOutOfRangeException(nameof(column), column, "The column index is outside the matrix.");
            }
            return cells[(row * Size) + column];
        }
    }

    /// <summary>Gets the cell for the labelled row and column values.</summary>
    /// <param name="rowLabel">The row label.</param>
    /// <param name="columnLabel">The column label.</param>
    /// <returns>The cell value.</returns>
    /// <exception cref="ArgumentNullException">A label is null.</exception>
    /// <exception cref="ArgumentException">A label is not one of <see cref="Labels"/>.</exception>
    public double this[string rowLabel, string columnLabel] => this[IndexOf(rowLabel, nameof(rowLabel)), IndexOf(columnLabel, nameof(columnLabel))];

    private int IndexOf(string label, string paramName)
    {
        Guard.Against.Null(label, paramName);
        int index = Labels.IndexOf(label, StringComparer.Ordinal);
        Guard.Against.Unsatisfied(index >= 0, $"'{label}' is not a label of this matrix.", paramName);
        return index;
    }
}
