using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;

namespace MoDomain.Tests.Interop;

/// <summary>
/// A valid tidy coding CSV built field by field (some fields quoted, some holding commas and line breaks), with the
/// text offset of every field, so that a test can break one field and compute, independently of the reader, on which
/// line it lies.
/// </summary>
public sealed class TidyCsvTable
{
    /// <summary>The columns: the five required ones, two optional ids and two free-text columns.</summary>
    public static readonly string[] Columns = ["document", "start", "end", "code", "coder", "speaker", "organisation", "memo", "text"];

    /// <summary>The indices of the id columns.</summary>
    public static readonly int[] IdColumns = [0, 3, 4, 5, 6];

    private static readonly string[] Codes = ["function:hinge", "function:service", "indicator:safe-space", "own-code"];

    public TidyCsvTable(IReadOnlyList<string[]> rows) => Rows = rows;

    /// <summary>Gets the data rows (values, unescaped), each as wide as <see cref="Columns"/>.</summary>
    public IReadOnlyList<string[]> Rows { get; }

    /// <summary>Whether a value must be quoted.</summary>
    public static bool NeedsQuotes(string value) => value.IndexOfAny([',', '"', '\r', '\n']) >= 0;

    /// <summary>A field as written: quoted (quotes doubled) when needed.</summary>
    public static string Escape(string value) => NeedsQuotes(value) ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>Writes the table; <paramref name="field"/> may replace the written form of one field.</summary>
    public string Write(Func<int, int, string, string>? field = null)
    {
        var text = new StringBuilder(string.Join(",", Columns)).Append("\r\n");
        for (int r = 0; r < Rows.Count; r++)
        {
            for (int c = 0; c < Columns.Length; c++)
            {
                if (c > 0)
                {
                    text.Append(',');
                }
                string written = Escape(Rows[r][c]);
                text.Append(field is null ? written : field(r, c, written));
            }
            text.Append("\r\n");
        }
        return text.ToString();
    }

    /// <summary>The 1-based line of a text offset, counting CRLF, CR and LF as one line break each.</summary>
    public static int LineAt(string text, int offset) => Regex.Count(text[..offset], "\r\n|\r|\n") + 1;

    /// <summary>The generator: 1 to 6 rows of valid codings; free text starts with a letter.</summary>
    public static Gen<TidyCsvTable> Generator
    {
        get
        {
            var letter = Gen.Elements("abcdefghxyzäöüß".ToCharArray());
            var idChar = Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789-".ToCharArray());
            var id = from first in Gen.Elements("abcdefghxyz".ToCharArray())
                     from rest in Gen.ArrayOf(idChar).Select(a => a.Take(8))
                     select first + new string([.. rest]);
            var freeChar = Gen.Frequency(
                (6, Gen.Elements("abc äöü".ToCharArray()).Select(c => c.ToString())),
                (1, Gen.Elements(",", ";", "\n", "\r\n", "\r", "😀", "\U0001D11E")));
            var free = from first in letter
                       from rest in Gen.ListOf(freeChar).Select(l => string.Concat(l.Take(20)))
                       select first + rest;
            var row = from document in id
                      from start in Gen.Choose(0, 5000)
                      from length in Gen.Choose(1, 80)
                      from code in Gen.Elements(Codes)
                      from coder in id
                      from speaker in Gen.OneOf(id, Gen.Constant(string.Empty))
                      from organisation in Gen.OneOf(id, Gen.Constant(string.Empty))
                      from memo in Gen.OneOf(free, Gen.Constant(string.Empty))
                      from text in free
                      select new[] { document, start.ToString(System.Globalization.CultureInfo.InvariantCulture), (start + length).ToString(System.Globalization.CultureInfo.InvariantCulture), code, coder, speaker, organisation, memo, text };
            return from rows in Gen.NonEmptyListOf(row)
                   select new TidyCsvTable([.. rows.Take(6)]);
        }
    }

    /// <summary>The arbitrary for <c>[Property(Arbitrary = …)]</c>.</summary>
    public static Arbitrary<TidyCsvTable> Arbitrary() => Generator.ToArbitrary();

    /// <inheritdoc />
    public override string ToString() => Write().Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
