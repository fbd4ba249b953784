using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using MoDomain.Internal;

namespace MoDomain.Coding.Agreement;

/// <summary>
/// A reliability data matrix: units × coders → value, where any cell may be missing. Values are either category ids
/// (<see cref="ReliabilityValueKind.Categorical"/>) or finite numbers (<see cref="ReliabilityValueKind.Numeric"/>).
/// Immutable and thread-safe; the input of <see cref="KrippendorffAlpha"/>, <see cref="CohensKappa"/>,
/// <see cref="FleissKappa"/> and <see cref="PercentAgreement"/>.
/// </summary>
/// <remarks>
/// <para>Internally every cell holds the index of its value among the distinct values (categories in their declared
/// order, numbers ascending) or −1 when missing, so every statistic runs in time linear in the number of cells
/// (plus the number of distinct values).</para>
/// <para>Ids (units, coders, categories) must not be empty, white space, or contain control characters. A coder gives
/// at most one value per unit.</para>
/// </remarks>
public sealed class ReliabilityData
{
    private const int SmallIntegers = 1024;

    private readonly int[] cells;

    private ReliabilityData(
        ReliabilityValueKind kind,
        IReadOnlyList<string> units,
        IReadOnlyList<string> coders,
        ImmutableArray<string> categories,
        ImmutableArray<double> numbers,
        int[] cells)
    {
        Kind = kind;
        Units = units;
        Coders = coders;
        Categories = categories;
        Numbers = numbers;
        this.cells = cells;
        int count = 0;
        foreach (int cell in cells)
        {
            if (cell >= 0)
            {
                count++;
            }
        }
        ValueCount = count;
    }

    /// <summary>Gets whether the values are categories or numbers.</summary>
    public ReliabilityValueKind Kind { get; }

    /// <summary>Gets the unit ids, in row order.</summary>
    /// <remarks>For the matrix builders the ids ("1", "2", …) are formatted on access, not stored.</remarks>
    public IReadOnlyList<string> Units { get; }

    /// <summary>Gets the coder ids, in column order.</summary>
    public IReadOnlyList<string> Coders { get; }

    /// <summary>Gets the number of units (rows).</summary>
    public int UnitCount => Units.Count;

    /// <summary>Gets the number of coders (columns).</summary>
    public int CoderCount => Coders.Count;

    /// <summary>
    /// Gets the categories in their declared order (the order the ordinal metric uses); empty for numeric data.
    /// </summary>
    /// <remarks>May contain categories no coder used (when the caller declared them).</remarks>
    public ImmutableArray<string> Categories { get; }

    /// <summary>Gets the distinct numbers that occur, ascending; empty for categorical data.</summary>
    public ImmutableArray<double> Numbers { get; }

    /// <summary>Gets the number of cells that hold a value (not missing).</summary>
    public int ValueCount { get; }

    /// <summary>Gets the number of distinct values a cell can refer to (categories or distinct numbers).</summary>
    internal int DistinctCount => Kind == ReliabilityValueKind.Categorical ? Categories.Length : Numbers.Length;

    /// <summary>Gets the raw cells, unit-major, −1 for missing. Not copied: callers must not write.</summary>
    internal int[] Cells => cells;

    /// <summary>Returns whether coder <paramref name="coder"/> gave unit <paramref name="unit"/> a value.</summary>
    /// <param name="unit">The unit's row index.</param>
    /// <param name="coder">The coder's column index.</param>
    /// <returns>True when the cell holds a value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside the matrix.</exception>
    public bool HasValue(int unit, int coder) => cells[CellIndex(unit, coder)] >= 0;

    /// <summary>Returns the category of a cell, or null when it is missing.</summary>
    /// <param name="unit">The unit's row index.</param>
    /// <param name="coder">The coder's column index.</param>
    /// <returns>The category id, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside the matrix.</exception>
    /// <exception cref="InvalidOperationException">The data is numeric.</exception>
    public string? CategoryAt(int unit, int coder)
    {
        int value = cells[CellIndex(unit, coder)];
        if (Kind != ReliabilityValueKind.Categorical)
        {
            throw new InvalidOperationException("The data holds numbers, not categories; use NumberAt.");
        }
        return value < 0 ? null : Categories[value];
    }

    /// <summary>Returns the number of a cell, or null when it is missing.</summary>
    /// <param name="unit">The unit's row index.</param>
    /// <param name="coder">The coder's column index.</param>
    /// <returns>The number, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside the matrix.</exception>
    /// <exception cref="InvalidOperationException">The data is categorical.</exception>
    public double? NumberAt(int unit, int coder)
    {
        int value = cells[CellIndex(unit, coder)];
        if (Kind != ReliabilityValueKind.Numeric)
        {
            throw new InvalidOperationException("The data holds categories, not numbers; use CategoryAt.");
        }
        return value < 0 ? null : Numbers[value];
    }

    /// <summary>Returns the label of a distinct value index: the category id, or the number in invariant round-trip form.</summary>
    internal string LabelOf(int index) => Kind == ReliabilityValueKind.Categorical
        ? Categories[index]
        : Numbers[index].ToString("R", CultureInfo.InvariantCulture);

    private int CellIndex(int unit, int coder)
    {
        if ((uint)unit >= (uint)Units.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, $"The unit index must be between 0 and {Units.Count - 1}.");
        }
        if ((uint)coder >= (uint)Coders.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(coder), coder, $"The coder index must be between 0 and {Coders.Count - 1}.");
        }
        return (unit * Coders.Count) + coder;
    }

    /// <summary>Builds categorical data from (unit, coder, category) rows.</summary>
    /// <param name="ratings">The ratings; a (unit, coder) pair may occur at most once.</param>
    /// <param name="categoryOrder">
    /// The categories in order (used by the ordinal metric and for labels); may list categories nobody used. When null,
    /// the categories used, in ordinal string order.
    /// </param>
    /// <param name="units">
    /// All units in row order, including units nobody rated; when null, the units of <paramref name="ratings"/> in
    /// order of first appearance.
    /// </param>
    /// <param name="coders">All coders in column order; when null, the coders of <paramref name="ratings"/> in order of first appearance.</param>
    /// <returns>The reliability data.</returns>
    /// <exception cref="ArgumentNullException">An argument or an id in a rating is null.</exception>
    /// <exception cref="ArgumentException">
    /// An id is blank or contains a control character; a list repeats an id; a rating names a unit, coder or category
    /// missing from the given list; or a coder rated a unit twice.
    /// </exception>
    public static ReliabilityData FromCategories(
        IEnumerable<CategoricalRating> ratings,
        IEnumerable<string>? categoryOrder = null,
        IEnumerable<string>? units = null,
        IEnumerable<string>? coders = null)
    {
        Guard.Against.Null(ratings);
        var list = new List<CategoricalRating>(ratings);
        var unitIndex = IdIndex.Create(units, nameof(units));
        var coderIndex = IdIndex.Create(coders, nameof(coders));
        IdIndex categoryIndex;
        if (categoryOrder is null)
        {
            var used = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var rating in list)
            {
                used.Add(IdIndex.CheckId(rating.Category, nameof(ratings)));
            }
            categoryIndex = IdIndex.Create(used, nameof(categoryOrder));
        }
        else
        {
            categoryIndex = IdIndex.Create(categoryOrder, nameof(categoryOrder));
        }
        var rows = new List<(int Unit, int Coder, int Value)>(list.Count);
        foreach (var rating in list)
        {
            rows.Add((
                unitIndex.Resolve(rating.Unit, "unit", nameof(ratings)),
                coderIndex.Resolve(rating.Coder, "coder", nameof(ratings)),
                categoryIndex.Resolve(rating.Category, "category", nameof(ratings))));
        }
        int[] cells = Fill(rows, unitIndex, coderIndex, nameof(ratings));
        return new ReliabilityData(ReliabilityValueKind.Categorical, unitIndex.Ids, coderIndex.Ids, categoryIndex.Ids, ImmutableArray<double>.Empty, cells);
    }

    /// <summary>Builds numeric data from (unit, coder, number) rows.</summary>
    /// <param name="ratings">The ratings; a (unit, coder) pair may occur at most once; values must be finite.</param>
    /// <param name="units">All units in row order; when null, the units of <paramref name="ratings"/> in order of first appearance.</param>
    /// <param name="coders">All coders in column order; when null, the coders of <paramref name="ratings"/> in order of first appearance.</param>
    /// <returns>The reliability data.</returns>
    /// <exception cref="ArgumentNullException">An argument or an id in a rating is null.</exception>
    /// <exception cref="ArgumentException">
    /// An id is blank or contains a control character; a list repeats an id; a rating names a unit or coder missing
    /// from the given list; a value is NaN or infinite; or a coder rated a unit twice.
    /// </exception>
    public static ReliabilityData FromNumbers(
        IEnumerable<NumericRating> ratings,
        IEnumerable<string>? units = null,
        IEnumerable<string>? coders = null)
    {
        Guard.Against.Null(ratings);
        var list = new List<NumericRating>(ratings);
        var unitIndex = IdIndex.Create(units, nameof(units));
        var coderIndex = IdIndex.Create(coders, nameof(coders));
        var values = new double[list.Count];
        for (int i = 0; i < list.Count; i++)
        {
            values[i] = CheckFinite(list[i].Value, nameof(ratings));
        }
        var numbers = DistinctSorted(values);
        var rows = new List<(int Unit, int Coder, int Value)>(list.Count);
        foreach (var rating in list)
        {
            rows.Add((
                unitIndex.Resolve(rating.Unit, "unit", nameof(ratings)),
                coderIndex.Resolve(rating.Coder, "coder", nameof(ratings)),
                Array.BinarySearch(numbers, rating.Value + 0.0)));
        }
        int[] cells = Fill(rows, unitIndex, coderIndex, nameof(ratings));
        return new ReliabilityData(ReliabilityValueKind.Numeric, unitIndex.Ids, coderIndex.Ids, ImmutableArray<string>.Empty, ImmutableArray.Create(numbers), cells);
    }

    /// <summary>
    /// Builds numeric data from a units × coders matrix in which <see cref="double.NaN"/> marks a missing value. Units
    /// are named "1", "2", … and coders "1", "2", … (row and column numbers).
    /// </summary>
    /// <param name="unitsByCoders">The values: <c>[unit, coder]</c>.</param>
    /// <returns>The reliability data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitsByCoders"/> is null.</exception>
    /// <exception cref="ArgumentException">A value is infinite.</exception>
    /// <remarks>The fast path for large generated data: one hashing pass over the cells, then a sort of the distinct values only.</remarks>
    public static ReliabilityData FromNumericMatrix(double[,] unitsByCoders)
    {
        Guard.Against.Null(unitsByCoders);
        int unitCount = unitsByCoders.GetLength(0);
        int coderCount = unitsByCoders.GetLength(1);
        var cells = new int[unitCount * coderCount];
        var firstSeen = new Dictionary<double, int>();
        var distinct = new List<double>();
        var small = new int[SmallIntegers];
        int i = 0;
        foreach (double value in unitsByCoders)
        {
            if (double.IsNaN(value))
            {
                cells[i++] = -1;
                continue;
            }
            Guard.Against.Unsatisfied(!double.IsInfinity(value), "Values must be finite numbers (NaN marks a missing value).", nameof(unitsByCoders));
            double normalised = value + 0.0;
            int index;
            if (normalised >= 0 && normalised < SmallIntegers && normalised == Math.Floor(normalised))
            {
                // Fast path for codes and scale points 0..1023: an array lookup instead of hashing.
                ref int slot = ref small[(int)normalised];
                if (slot == 0)
                {
                    distinct.Add(normalised);
                    slot = distinct.Count;
                }
                index = slot - 1;
            }
            else if (!firstSeen.TryGetValue(normalised, out index))
            {
                index = distinct.Count;
                firstSeen.Add(normalised, index);
                distinct.Add(normalised);
            }
            cells[i++] = index;
        }
        var numbers = distinct.ToArray();
        var order = new int[numbers.Length];
        for (int k = 0; k < order.Length; k++)
        {
            order[k] = k;
        }
        Array.Sort((double[])numbers.Clone(), order);
        var rank = new int[numbers.Length];
        for (int k = 0; k < order.Length; k++)
        {
            rank[order[k]] = k;
        }
        Array.Sort(numbers);
        for (int k = 0; k < cells.Length; k++)
        {
            if (cells[k] >= 0)
            {
                cells[k] = rank[cells[k]];
            }
        }
        return new ReliabilityData(ReliabilityValueKind.Numeric, Numbered(unitCount), Numbered(coderCount), ImmutableArray<string>.Empty, ImmutableArray.Create(numbers), cells);
    }

    /// <summary>
    /// Builds categorical data from a units × coders matrix in which null marks a missing value. Units are named
    /// "1", "2", … and coders "1", "2", … (row and column numbers).
    /// </summary>
    /// <param name="unitsByCoders">The categories: <c>[unit, coder]</c>.</param>
    /// <param name="categoryOrder">The categories in order; when null, the categories used, in ordinal string order.</param>
    /// <returns>The reliability data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unitsByCoders"/> is null.</exception>
    /// <exception cref="ArgumentException">A category is blank, contains a control character, or is missing from <paramref name="categoryOrder"/>; or the order repeats a category.</exception>
    public static ReliabilityData FromCategoryMatrix(string?[,] unitsByCoders, IEnumerable<string>? categoryOrder = null)
    {
        Guard.Against.Null(unitsByCoders);
        int unitCount = unitsByCoders.GetLength(0);
        int coderCount = unitsByCoders.GetLength(1);
        var units = ImmutableArray.CreateRange(Numbered(unitCount));
        var coders = ImmutableArray.CreateRange(Numbered(coderCount));
        var ratings = new List<CategoricalRating>();
        for (int u = 0; u < unitCount; u++)
        {
            for (int c = 0; c < coderCount; c++)
            {
                if (unitsByCoders[u, c] is { } category)
                {
                    ratings.Add(new CategoricalRating(units[u], coders[c], category));
                }
            }
        }
        var data = FromCategories(ratings, categoryOrder, units, coders);
        return data;
    }

    /// <summary>Builds categorical data directly from cells (used by <see cref="CodingReliability"/>; ids already validated).</summary>
    internal static ReliabilityData FromCells(ImmutableArray<string> units, ImmutableArray<string> coders, ImmutableArray<string> categories, int[] cells) =>
        new(ReliabilityValueKind.Categorical, units, coders, categories, ImmutableArray<double>.Empty, cells);

    private static int[] Fill(List<(int Unit, int Coder, int Value)> rows, IdIndex units, IdIndex coders, string paramName)
    {
        int m = coders.Ids.Length;
        var cells = new int[units.Ids.Length * m];
        Array.Fill(cells, -1);
        foreach (var (unit, coder, value) in rows)
        {
            ref int cell = ref cells[(unit * m) + coder];
            Guard.Against.Unsatisfied(
                cell < 0,
                $"Coder '{coders.Ids[coder]}' rated unit '{units.Ids[unit]}' more than once; a coder gives at most one value per unit.",
                paramName);
            cell = value;
        }
        return cells;
    }

    private static double CheckFinite(double value, string paramName)
    {
        Guard.Against.Unsatisfied(double.IsFinite(value), $"Values must be finite numbers, not {value.ToString(CultureInfo.InvariantCulture)}.", paramName);
        return value + 0.0;
    }

    private static double[] DistinctSorted(double[] values)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        int count = 0;
        for (int i = 0; i < sorted.Length; i++)
        {
            if (count == 0 || sorted[i] != sorted[count - 1])
            {
                sorted[count++] = sorted[i];
            }
        }
        Array.Resize(ref sorted, count);
        return sorted;
    }

    private static NumberedIds Numbered(int count) => new(count);
}
