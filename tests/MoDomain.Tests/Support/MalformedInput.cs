using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace MoDomain.Tests.Support;

/// <summary>
/// Generators of malformed inputs derived from valid seed documents: truncations, random bytes, byte flips, wrong
/// types, huge numbers, deep nesting, very long strings, invalid UTF-8, duplicate keys and out-of-range dates.
/// </summary>
internal static class MalformedInput
{
    private static readonly string[] Replacements =
    [
        "null", "true", "false", "0", "-1", "1e309", "-1e309", "123456789012345678901234567890", "9.999e999", "\"\"", "[]", "{}",
        "\"9999-99-99\"", "\"2026-02-30\"", "\"0000-01-01\"", "\"+275760-09-13\"", "\"2026-1-1\"", "\"\\ud800\"", "\"\\u0000\"",
        "NaN", "Infinity", "\"yes\"", "0.5000000000000000000001", "-0", "1.7976931348623157E+309",
    ];

    /// <summary>A generator of malformed variants of the seeds, as UTF-8 bytes.</summary>
    internal static Gen<byte[]> Of(params string[] seeds)
    {
        byte[][] seedBytes = [.. seeds.Select(s => Encoding.UTF8.GetBytes(s))];
        Gen<byte[]> seed = Gen.Elements(seedBytes);
        return Gen.OneOf(
            seed.SelectMany(b => Gen.Choose(0, Math.Max(0, b.Length - 1)).Select(n => b[..n])),
            seed.SelectMany(b => Gen.ListOf(Gen.Choose(0, 255), 4).SelectMany(flips => Gen.Choose(0, Math.Max(0, b.Length - 1)).Select(at => Flip(b, at, flips)))),
            Gen.ArrayOf(Gen.Choose(0, 255).Select(i => (byte)i)),
            seed.SelectMany(b => Gen.Elements(Replacements).SelectMany(r => Gen.Choose(0, 1000).Select(k => ReplaceValue(b, r, k)))),
            seed.SelectMany(b => Gen.Choose(1, 5000).Select(depth => Nest(b, depth))),
            seed.SelectMany(b => Gen.Choose(10_000, 200_000).Select(len => LongString(b, len))),
            seed.SelectMany(b => Gen.Elements<byte[]>([0xC3], [0xFF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF]).SelectMany(bad => Gen.Choose(0, Math.Max(0, b.Length - 1)).Select(at => Insert(b, at, bad)))),
            seed.SelectMany(b => Gen.Choose(0, 1000).Select(k => DuplicateKey(b, k))),
            seed.Select(b => (byte[])[0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. b]));
    }

    private static byte[] Flip(byte[] b, int at, List<int> values)
    {
        byte[] copy = (byte[])b.Clone();
        for (int i = 0; i < values.Count && at + i < copy.Length; i++)
        {
            copy[at + i] = (byte)values[i];
        }

        return copy;
    }

    private static byte[] Insert(byte[] b, int at, byte[] bytes) => [.. b[..at], .. bytes, .. b[at..]];

    // Replaces the k-th scalar value (after a ':' ) with a hostile token.
    private static byte[] ReplaceValue(byte[] b, string replacement, int k)
    {
        string s = Encoding.UTF8.GetString(b);
        var colons = Enumerable.Range(0, s.Length).Where(i => s[i] == ':').ToList();
        if (colons.Count == 0)
        {
            return Encoding.UTF8.GetBytes(replacement);
        }

        int at = colons[k % colons.Count] + 1;
        int end = at;
        while (end < s.Length && s[end] == ' ')
        {
            end++;
        }

        if (end < s.Length && s[end] == '"')
        {
            end = s.IndexOf('"', end + 1) is var q && q > 0 ? q + 1 : s.Length;
        }
        else
        {
            while (end < s.Length && ",}]\n".IndexOf(s[end], StringComparison.Ordinal) < 0)
            {
                end++;
            }
        }

        return Encoding.UTF8.GetBytes(string.Concat(s.AsSpan(0, at), replacement, s.AsSpan(end)));
    }

    private static byte[] Nest(byte[] b, int depth) => ReplaceValue(b, new string('[', depth) + "1" + new string(']', depth), 0);

    private static byte[] LongString(byte[] b, int length)
    {
        string s = Encoding.UTF8.GetString(b);
        int q = s.IndexOf(": \"", StringComparison.Ordinal);
        return q < 0 ? b : Encoding.UTF8.GetBytes(string.Concat(s.AsSpan(0, q + 3), new string('ä', length), s.AsSpan(q + 3)));
    }

    private static byte[] DuplicateKey(byte[] b, int k)
    {
        string s = Encoding.UTF8.GetString(b);
        var keys = new List<(int Start, int End)>();
        for (int i = s.IndexOf("\":", StringComparison.Ordinal); i > 0; i = s.IndexOf("\":", i + 2, StringComparison.Ordinal))
        {
            int start = s.LastIndexOf('"', i - 1);
            int lineEnd = s.IndexOfAny([',', '\n', '}'], i + 2);
            if (start >= 0 && lineEnd > i)
            {
                keys.Add((start, lineEnd));
            }
        }

        if (keys.Count == 0)
        {
            return b;
        }

        (int st, int en) = keys[k % keys.Count];
        string member = s[st..en];
        return Encoding.UTF8.GetBytes(string.Concat(s.AsSpan(0, en), ",", member, s.AsSpan(en)));
    }
}
