using System.Globalization;
using System.Text;
using Spectre.Console;

namespace MoDomain.Cli;

/// <summary>
/// The one rule for text that reaches a terminal: no character that a terminal interprets instead of showing. That is
/// every C0 and C1 control character and DEL (ESC starts CSI and OSC sequences, CR overwrites a line, BEL rings) and
/// the bidirectional embedding, override and isolate controls U+202A–U+202E and U+2066–U+2069 with the marks U+200E,
/// U+200F and U+061C (they reorder what is shown, so <c>txt.exe</c> can look like <c>exe.txt</c>). Line feeds are
/// the only exception, because tables and messages are made of lines.
/// </summary>
/// <remarks>
/// Error messages show an unsafe character as <c>\uXXXX</c> (<see cref="Escape"/>, used by <see cref="PrintableWriter"/>);
/// table output replaces it by as many U+FFFD as columns Spectre.Console counted for it (<see cref="ForTable"/>, used
/// by <see cref="TerminalWriter"/>): nothing for the zero-width bidirectional controls, so those rows stay aligned;
/// Spectre counts C0/C1 controls as zero or negative width, so a row holding one may be off by as many columns.
/// </remarks>
internal static class TerminalText
{
    /// <summary>Whether <paramref name="c"/> must not reach a terminal as it is (a line feed may).</summary>
    internal static bool IsUnsafe(char c) =>
        c != '\n' && (char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C');

    /// <summary>Whether <paramref name="text"/> holds an unsafe character.</summary>
    internal static bool HasUnsafe(string text)
    {
        foreach (char c in text)
        {
            if (IsUnsafe(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The text with every unsafe character except CR and TAB written as <c>\uXXXX</c> (for messages).</summary>
    internal static string Escape(string text, bool keepTabsAndReturns = false)
    {
        if (!HasUnsafe(text))
        {
            return text;
        }
        var sb = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            if (IsUnsafe(c) && !(keepTabsAndReturns && c is '\r' or '\t'))
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// The text with every unsafe character replaced by as many U+FFFD as terminal columns Spectre.Console counted for
    /// it (none for a zero-width or negative-width character).
    /// </summary>
    internal static string ForTable(string text)
    {
        if (!HasUnsafe(text))
        {
            return text;
        }
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (IsUnsafe(c))
            {
                sb.Append('\uFFFD', System.Math.Max(0, c.GetCellWidth()));
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
