using System;
using System.Globalization;
using System.Text;
using MoDomain.Internal;
using MoDomain.SocialSecurity;
using MoDomain.Vocabulary;

namespace MoDomain.Coding;

/// <summary>
/// The MIKOSS 4 × 3 function × perspective matrix of a coded corpus: for each social-security function (rows) and
/// perspective (columns), the number of distinct coded segments and the number of documents. A segment counts for a
/// function when its code is the function's code or lies below it (indicators, researcher sub-codes).
/// </summary>
/// <remarks>
/// <para>Segments of documents whose perspective is not recorded are counted in <see cref="WithoutPerspective"/>,
/// never silently dropped. A segment coded with two codes of the same function (for example two indicators) counts
/// once for that function; coded by several coders, it counts once.</para>
/// <para>Immutable.</para>
/// </remarks>
public sealed class CodedFunctionMatrix
{
    private readonly int[,] segments;
    private readonly int[,] documents;
    private readonly int[] withoutPerspective;

    internal CodedFunctionMatrix(int[,] segments, int[,] documents, int[] withoutPerspective)
    {
        this.segments = segments;
        this.documents = documents;
        this.withoutPerspective = withoutPerspective;
    }

    /// <summary>Gets the number of distinct coded segments of a function from a perspective.</summary>
    /// <param name="function">The function.</param>
    /// <param name="perspective">The perspective.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is not defined.</exception>
    public int Segments(SocialSecurityFunction function, Perspective perspective) =>
        segments[(int)Guard.Against.UndefinedValue(function), (int)Guard.Against.UndefinedValue(perspective)];

    /// <summary>Gets the number of documents from a perspective with at least one segment of a function.</summary>
    /// <param name="function">The function.</param>
    /// <param name="perspective">The perspective.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is not defined.</exception>
    public int Documents(SocialSecurityFunction function, Perspective perspective) =>
        documents[(int)Guard.Against.UndefinedValue(function), (int)Guard.Against.UndefinedValue(perspective)];

    /// <summary>Gets the number of distinct coded segments of a function in documents without a recorded perspective.</summary>
    /// <param name="function">The function.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public int WithoutPerspective(SocialSecurityFunction function) => withoutPerspective[(int)Guard.Against.UndefinedValue(function)];

    /// <summary>Gets the total of the segment counts of all twelve cells.</summary>
    public int TotalSegments
    {
        get
        {
            int total = 0;
            foreach (int c in segments)
            {
                total += c;
            }
            return total;
        }
    }

    /// <summary>Renders the matrix as a fixed-width text table: each cell <c>segments (documents)</c>.</summary>
    /// <param name="language">The language of the labels.</param>
    /// <returns>The table, lines separated by <c>\n</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined.</exception>
    public string Render(Language language)
    {
        var functions = Enum.GetValues<SocialSecurityFunction>();
        var perspectives = Enum.GetValues<Perspective>();
        string[] header = new string[perspectives.Length + 1];
        header[0] = language == Language.German ? "Funktion \\ Perspektive" : "function \\ perspective";
        for (int p = 0; p < perspectives.Length; p++)
        {
            header[p + 1] = SocialSecurityVocabulary.Perspectives.IdOf(perspectives[p]);
        }
        var rows = new string[functions.Length][];
        for (int f = 0; f < functions.Length; f++)
        {
            rows[f] = new string[perspectives.Length + 1];
            rows[f][0] = SocialSecurityVocabulary.Functions.ConceptOf(functions[f]).Label.In(language);
            for (int p = 0; p < perspectives.Length; p++)
            {
                rows[f][p + 1] = string.Create(CultureInfo.InvariantCulture, $"{segments[f, p]} ({documents[f, p]})");
            }
        }
        int[] widths = new int[header.Length];
        for (int c = 0; c < header.Length; c++)
        {
            widths[c] = header[c].Length;
            foreach (var row in rows)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }
        var sb = new StringBuilder();
        Append(sb, header, widths);
        foreach (var row in rows)
        {
            Append(sb, row, widths);
        }
        sb.Append(language == Language.German ? "Zellen: codierte Segmente (Dokumente)" : "cells: coded segments (documents)");
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, string[] cells, int[] widths)
    {
        for (int c = 0; c < cells.Length; c++)
        {
            if (c > 0)
            {
                sb.Append(" | ");
            }
            sb.Append(c == 0 ? cells[c].PadRight(widths[c]) : cells[c].PadLeft(widths[c]));
        }
        sb.Append('\n');
    }

    /// <summary>Returns the English rendering (<see cref="Render"/>).</summary>
    /// <returns>The table.</returns>
    public override string ToString() => Render(Language.English);
}
