using System;
using System.Text;
using System.Text.Json;

namespace MoDomain.Interop;

/// <summary>
/// Builds the <see cref="JsonException"/>s MoDomain's readers throw: each names the JSON path, carries the line and
/// column (zero-based in <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/>) and
/// never echoes more than <see cref="MaxEcho"/> characters of a value or property name from the input.
/// </summary>
internal static class JsonErrors
{
    /// <summary>The most characters of one input value (or property name) an error message repeats.</summary>
    internal const int MaxEcho = 40;

    /// <summary>The longest message an error carries; longer ones are cut (a last guard, normal messages are far shorter).</summary>
    internal const int MaxMessage = 1000;

    internal static JsonException At(string path, string message) =>
        new($"{path}: {message}", path, lineNumber: null, bytePositionInLine: null);

    internal static JsonException At(string path, string message, long? lineNumber, long? bytePositionInLine) =>
        new($"{path}: {message}", path, lineNumber, bytePositionInLine);

    /// <summary>Shortens one echoed value to <see cref="MaxEcho"/> characters (without splitting a surrogate pair).</summary>
    internal static string Cut(string text)
    {
        if (text.Length <= MaxEcho)
        {
            return text;
        }
        int length = char.IsHighSurrogate(text[MaxEcho - 1]) ? MaxEcho - 1 : MaxEcho;
        return string.Concat(text.AsSpan(0, length), "…");
    }

    /// <summary>
    /// Completes an error of a reader over <paramref name="utf8"/>: adds the line and column when the error has none
    /// (found from its path), cuts every path segment and quoted value to <see cref="MaxEcho"/> characters, and drops
    /// the serializer's zero-based position suffix from the message (the position is in the properties).
    /// </summary>
    /// <param name="error">The error.</param>
    /// <param name="utf8">The document without its byte-order mark.</param>
    /// <param name="bomLength">The length of the byte-order mark that preceded the document (added to columns on line 0).</param>
    internal static JsonException Complete(JsonException error, ReadOnlySpan<byte> utf8, int bomLength)
    {
        string rawPath = error.Path ?? "$";
        long? line = error.LineNumber;
        long? column = error.BytePositionInLine;
        if (line is null || column is null)
        {
            (line, column) = JsonLocator.Find(utf8, rawPath);
        }
        if (line == 0)
        {
            column += bomLength;
        }
        string path = BoundedPath(rawPath);
        string message = WithoutPositionSuffix(error.Message);
        if (message.StartsWith(rawPath, StringComparison.Ordinal))
        {
            message = path + message[rawPath.Length..];
        }
        message = BoundedQuotes(message);
        if (message.Length > MaxMessage)
        {
            message = string.Concat(message.AsSpan(0, MaxMessage), "…");
        }
        if (!message.StartsWith(path, StringComparison.Ordinal))
        {
            message = $"{path}: {message}";
        }
        bool echoedLong = !ReferenceEquals(path, rawPath) || error.Message.Length > MaxMessage;
        return new JsonException(message, path, line, column, echoedLong ? null : error);
    }

    /// <summary>Cuts every segment of a path (a property name or index) to <see cref="MaxEcho"/> characters.</summary>
    internal static string BoundedPath(string path)
    {
        if (path.Length <= MaxEcho + 2)
        {
            return path;
        }
        var sb = new StringBuilder(Math.Min(path.Length, 256));
        int segmentStart = 0;
        for (int i = 0; i <= path.Length; i++)
        {
            if (i == path.Length || (i > segmentStart && path[i] is '.' or '['))
            {
                sb.Append(Cut(path[segmentStart..i]));
                segmentStart = i;
            }
        }
        string bounded = sb.ToString();
        return bounded.Length == path.Length ? path : bounded;
    }

    // Cuts every '…'-quoted run longer than MaxEcho (the serializer quotes property names and values that way). An
    // apostrophe after a letter (the profile's) opens no quote; a closing quote is followed by no letter or digit.
    private static string BoundedQuotes(string message)
    {
        var sb = new StringBuilder(Math.Min(message.Length, MaxMessage + 64));
        int i = 0;
        while (i < message.Length)
        {
            int open = message.IndexOf('\'', i);
            while (open > 0 && char.IsLetterOrDigit(message[open - 1]))
            {
                open = message.IndexOf('\'', open + 1);
            }
            if (open < 0)
            {
                sb.Append(message.AsSpan(i));
                break;
            }
            int close = message.IndexOf('\'', open + 1);
            while (close >= 0 && close + 1 < message.Length && char.IsLetterOrDigit(message[close + 1]))
            {
                close = message.IndexOf('\'', close + 1);
            }
            if (close < 0)
            {
                sb.Append(message.AsSpan(i, open + 1 - i)).Append(Cut(message[(open + 1)..]));
                break;
            }
            sb.Append(message.AsSpan(i, open + 1 - i)).Append(Cut(message[(open + 1)..close])).Append('\'');
            i = close + 1;
        }
        return sb.ToString();
    }

    // "… Path: $.x | LineNumber: 0 | BytePositionInLine: 5." and "… LineNumber: 0 | BytePositionInLine: 5." end the
    // messages of System.Text.Json; the position goes into the exception's properties (and is zero-based there).
    private static string WithoutPositionSuffix(string message)
    {
        int at = message.LastIndexOf(" LineNumber: ", StringComparison.Ordinal);
        if (at < 0 || message.IndexOf("BytePositionInLine: ", at, StringComparison.Ordinal) < 0)
        {
            return message;
        }
        int cut = at;
        int pathAt = message.LastIndexOf(" Path: ", at, StringComparison.Ordinal);
        if (pathAt >= 0 && message.AsSpan(pathAt, at - pathAt).TrimEnd().EndsWith("|", StringComparison.Ordinal))
        {
            cut = pathAt;
        }
        return message[..cut].TrimEnd();
    }
}
