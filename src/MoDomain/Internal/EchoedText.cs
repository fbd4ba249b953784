using System;

namespace MoDomain.Internal;

/// <summary>
/// Shortens a value that an error message quotes back to the user, so that a long field (a whole interview, a 10 MB
/// property name) is never echoed whole: the readers of every format quote at most <see cref="MaxLength"/>
/// characters.
/// </summary>
internal static class EchoedText
{
    /// <summary>The most UTF-16 characters of a value that an error message quotes.</summary>
    internal const int MaxLength = 40;

    /// <summary>
    /// Returns <paramref name="text"/> when it has at most <see cref="MaxLength"/> characters, otherwise its first
    /// <see cref="MaxLength"/> characters (one fewer when the cut would split a surrogate pair) followed by "…".
    /// </summary>
    internal static string Shorten(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }
        int cut = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
