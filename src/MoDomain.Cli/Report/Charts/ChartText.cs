using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;

namespace MoDomain.Cli.Report.Charts;

/// <summary>Text helpers shared by the charts: argument checks and line wrapping for SVG labels (SVG has no automatic wrapping).</summary>
public static class ChartText
{
    /// <summary>Throws when <paramref name="value"/> is null or blank.</summary>
    /// <param name="value">The text.</param>
    /// <param name="name">The parameter name.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty or white space.</exception>
    public static string Required(string value, string name)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The text must not be empty or white space.", name);
        }
        return value;
    }

    /// <summary>Copies a list, refusing null lists and null elements.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="values">The values.</param>
    /// <param name="name">The parameter name.</param>
    /// <returns>The immutable copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">An element is null.</exception>
    public static ImmutableArray<T> List<T>(IEnumerable<T> values, string name)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        var list = ImmutableArray.CreateRange(values);
        foreach (var v in list)
        {
            if (v is null)
            {
                throw new ArgumentException("The list must not contain null elements.", name);
            }
        }
        return list;
    }

    /// <summary>Wraps <paramref name="text"/> into lines of at most <paramref name="maxChars"/> characters at spaces.</summary>
    /// <param name="text">The text.</param>
    /// <param name="maxChars">The line length (at least 4).</param>
    /// <returns>The lines; a word longer than a line is cut.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxChars"/> is below 4.</exception>
    public static ImmutableArray<string> Wrap(string text, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, 4);
        var lines = ImmutableArray.CreateBuilder<string>();
        var line = new StringBuilder();
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string w = word;
            while (w.Length > maxChars)
            {
                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }
                lines.Add(w[..(maxChars - 1)] + "-");
                w = w[(maxChars - 1)..];
            }
            if (line.Length > 0 && line.Length + 1 + w.Length > maxChars)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0)
            {
                line.Append(' ');
            }
            line.Append(w);
        }
        if (line.Length > 0)
        {
            lines.Add(line.ToString());
        }
        return lines.ToImmutable();
    }
}
