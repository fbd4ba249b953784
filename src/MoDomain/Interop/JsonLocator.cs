using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MoDomain.Interop;

/// <summary>
/// Finds where in a document an error lies: the line and column of a JSON path, or the path of a byte offset. Used only
/// when a read fails (one linear pass), so that every <see cref="JsonException"/> of the library carries a position.
/// </summary>
internal static class JsonLocator
{
    private const int ObjectFrame = int.MinValue;

    /// <summary>The zero-based line and byte column of <paramref name="offset"/>.</summary>
    internal static (long Line, long Column) LineAndColumn(ReadOnlySpan<byte> utf8, long offset)
    {
        var before = utf8[..(int)Math.Clamp(offset, 0, utf8.Length)];
        int lastBreak = before.LastIndexOf((byte)'\n');
        return (before.Count((byte)'\n'), before.Length - (lastBreak + 1));
    }

    /// <summary>
    /// The zero-based line and byte column of the value at <paramref name="path"/>, or of the deepest enclosing value
    /// that exists (a missing property points at its object); the start of the document when nothing matches.
    /// </summary>
    internal static (long Line, long Column) Find(ReadOnlySpan<byte> utf8, string path)
    {
        long best = 0;
        int bestLength = 0;
        Walk(utf8, (current, offset) =>
        {
            if (string.Equals(current, path, StringComparison.Ordinal))
            {
                best = offset;
                return true;
            }
            if (current.Length > bestLength && path.Length > current.Length && path.StartsWith(current, StringComparison.Ordinal) && path[current.Length] is '.' or '[')
            {
                best = offset;
                bestLength = current.Length;
            }
            return false;
        });
        return LineAndColumn(utf8, best);
    }

    /// <summary>The JSON path of the innermost value whose token starts at or before <paramref name="offset"/>.</summary>
    internal static string PathAt(ReadOnlySpan<byte> utf8, long offset)
    {
        string found = "$";
        Walk(utf8, (current, start) =>
        {
            if (start > offset)
            {
                return true;
            }
            found = current;
            return false;
        });
        return found;
    }

    // Calls visit(path, tokenStart) for every value (and property name, with the path of its value) until it returns
    // true or the document ends or turns out malformed. Iterative: the depth is bounded by the reader's MaxDepth.
    private static void Walk(ReadOnlySpan<byte> utf8, Func<string, long, bool> visit)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 64, CommentHandling = JsonCommentHandling.Disallow });
        var path = new StringBuilder("$");
        var frames = new Stack<(int Length, int Index)>(); // Index -1 for an object, else the last array index
        string? pendingName = null;
        try
        {
            while (reader.Read())
            {
                var token = reader.TokenType;
                if (token == JsonTokenType.PropertyName)
                {
                    pendingName = reader.HasValueSequence || reader.ValueIsEscaped ? SafeName(ref reader) : Encoding.UTF8.GetString(reader.ValueSpan);
                    int length = path.Length;
                    path.Append('.').Append(pendingName);
                    bool stop = visit(path.ToString(), reader.TokenStartIndex);
                    path.Length = length;
                    if (stop)
                    {
                        return;
                    }
                    continue;
                }
                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    path.Length = frames.Pop().Length;
                    continue;
                }
                int before = path.Length;
                if (pendingName is not null)
                {
                    path.Append('.').Append(pendingName);
                    pendingName = null;
                }
                else if (frames.Count > 0 && frames.Peek().Index != ObjectFrame)
                {
                    var (len, index) = frames.Pop();
                    frames.Push((len, index + 1));
                    path.Append('[').Append((index + 1).ToString(CultureInfo.InvariantCulture)).Append(']');
                }
                if (visit(path.ToString(), reader.TokenStartIndex))
                {
                    return;
                }
                if (token is JsonTokenType.StartObject)
                {
                    frames.Push((before, ObjectFrame));
                }
                else if (token is JsonTokenType.StartArray)
                {
                    frames.Push((before, -1));
                }
                else
                {
                    path.Length = before;
                }
            }
        }
        catch (JsonException)
        {
            // A malformed document: the reader's own error already carries the position; stop here.
        }
        catch (InvalidOperationException)
        {
            // An invalid escape in a name: stop here.
        }
    }

    private static string SafeName(ref Utf8JsonReader reader) => reader.GetString() ?? string.Empty;
}
