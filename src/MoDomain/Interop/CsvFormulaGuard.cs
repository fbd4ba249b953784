using MoDomain.Internal;

namespace MoDomain.Interop;

/// <summary>
/// Neutralises CSV cells that a spreadsheet would run as a formula (CSV or formula injection), and restores them on
/// reading: the rule every CSV writer of MoDomain and of the <c>modomain</c> CLI applies unless told to write raw
/// cells.
/// </summary>
/// <remarks>
/// <para><b>Writing</b> (<see cref="Neutralise"/>, the OWASP rule): a cell that begins with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading apostrophe, so Excel and LibreOffice show it as
/// text. A cell that is a plain number (<c>-1</c>, <c>-0.25</c>, <c>-1E-05</c>: an optional minus, digits, an
/// optional fraction and exponent) is left as it is, because a spreadsheet reads it as the number it is. So that
/// reading is exact, a cell that begins with one or more apostrophes followed by one of those characters also gets one
/// more apostrophe.</para>
/// <para><b>Reading</b> (<see cref="Restore"/>): a cell that begins with one or more apostrophes followed by <c>=</c>,
/// <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return loses its first apostrophe. <c>Restore(Neutralise(v))</c>
/// is <c>v</c> for every <c>v</c>. A raw cell (written without neutralising) reads back unchanged unless it begins
/// with apostrophes followed by one of those characters, which then loses one apostrophe.</para>
/// </remarks>
public static class CsvFormulaGuard
{
    /// <summary>Tells whether a cell would be neutralised by <see cref="Neutralise"/>.</summary>
    /// <param name="value">The cell value.</param>
    /// <returns>Whether a spreadsheet might read the cell as a formula (or it begins with apostrophes before such a character).</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static bool NeedsNeutralising(string value)
    {
        Guard.Against.Null(value);
        int i = 0;
        while (i < value.Length && value[i] == '\'')
        {
            i++;
        }
        return i < value.Length && IsTrigger(value[i]) && (i > 0 || !IsPlainNumber(value));
    }

    /// <summary>Returns the cell as it is written to a CSV file that a spreadsheet may open.</summary>
    /// <param name="value">The cell value.</param>
    /// <returns>The value, with a leading apostrophe when <see cref="NeedsNeutralising"/> says so.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string Neutralise(string value) => NeedsNeutralising(value) ? "'" + value : value;

    /// <summary>Returns the value of a cell read from a CSV file (the inverse of <see cref="Neutralise"/>).</summary>
    /// <param name="cell">The cell as read.</param>
    /// <returns>The cell without its first apostrophe when apostrophes precede <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return; otherwise the cell.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="cell"/> is null.</exception>
    public static string Restore(string cell)
    {
        Guard.Against.Null(cell);
        int i = 0;
        while (i < cell.Length && cell[i] == '\'')
        {
            i++;
        }
        return i > 0 && i < cell.Length && IsTrigger(cell[i]) ? cell[1..] : cell;
    }

    private static bool IsTrigger(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    // -?digits(.digits)?([eE][+-]?digits)?
    private static bool IsPlainNumber(string value)
    {
        int i = 0;
        if (i < value.Length && value[i] == '-')
        {
            i++;
        }
        int digits = SkipDigits(value, ref i);
        if (digits == 0)
        {
            return false;
        }
        if (i < value.Length && value[i] == '.')
        {
            i++;
            if (SkipDigits(value, ref i) == 0)
            {
                return false;
            }
        }
        if (i < value.Length && value[i] is 'e' or 'E')
        {
            i++;
            if (i < value.Length && value[i] is '+' or '-')
            {
                i++;
            }
            if (SkipDigits(value, ref i) == 0)
            {
                return false;
            }
        }
        return i == value.Length;
    }

    private static int SkipDigits(string value, ref int i)
    {
        int start = i;
        while (i < value.Length && char.IsAsciiDigit(value[i]))
        {
            i++;
        }
        return i - start;
    }
}
