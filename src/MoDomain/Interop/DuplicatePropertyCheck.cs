using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MoDomain.Interop;

/// <summary>
/// Rejects JSON objects that repeat a property name (the serializer alone would silently keep the last value),
/// with the same behaviour on every target framework.
/// </summary>
internal static class DuplicatePropertyCheck
{
    private const int MaxDepth = 64;

    internal static void Check(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        var names = new Stack<HashSet<string>?>();
        var path = new List<(string? Name, int Index)>(); // rendered only when an error is reported
        var arrayIndex = new Stack<int>();
        string? pendingName = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        EnterValue(path, arrayIndex, ref pendingName);
                        names.Push(reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null);
                        if (reader.TokenType == JsonTokenType.StartArray)
                        {
                            arrayIndex.Push(-1);
                        }
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        if (reader.TokenType == JsonTokenType.EndArray)
                        {
                            arrayIndex.Pop();
                        }
                        names.Pop();
                        ExitValue(path);
                        break;
                    case JsonTokenType.PropertyName:
                        CheckText(ref reader, path, utf8);
                        string name = reader.GetString()!;
                        if (names.Peek() is { } seen && !seen.Add(name))
                        {
                            string where = Render(path) + "." + JsonErrors.Cut(name);
                            var (line, column) = JsonLocator.LineAndColumn(utf8, reader.TokenStartIndex);
                            throw JsonErrors.At(where, $"the property '{JsonErrors.Cut(name)}' appears more than once in the same object.", line, column);
                        }
                        pendingName = name;
                        break;
                    default:
                        EnterValue(path, arrayIndex, ref pendingName);
                        if (reader.TokenType == JsonTokenType.String)
                        {
                            CheckText(ref reader, path, utf8);
                        }
                        ExitValue(path);
                        break;
                }
            }
        }
        catch (JsonException ex) when (ex.Path is null)
        {
            // A syntax error of the reader: it knows the position, this walk knows the path.
            throw JsonErrors.At(Render(path), ex.Message, ex.LineNumber, ex.BytePositionInLine);
        }
    }

    // The serializer and JsonDocument only find invalid UTF-8 or a lone escaped surrogate when a string is read, and
    // then throw InvalidOperationException; finding it here turns it into a JsonException with the path.
    private static void CheckText(ref Utf8JsonReader reader, List<(string? Name, int Index)> path, ReadOnlySpan<byte> utf8)
    {
        ReadOnlySpan<byte> raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        bool valid = reader.ValueIsEscaped ? TryUnescape(ref reader) : System.Text.Unicode.Utf8.IsValid(raw);
        if (!valid)
        {
            var (line, column) = JsonLocator.LineAndColumn(utf8, reader.TokenStartIndex);
            throw JsonErrors.At(Render(path), "a text is not valid Unicode (invalid UTF-8 bytes or an unpaired surrogate escape).", line, column);
        }
    }

    private static bool TryUnescape(ref Utf8JsonReader reader)
    {
        try
        {
            _ = reader.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void EnterValue(List<(string? Name, int Index)> path, Stack<int> arrayIndex, ref string? pendingName)
    {
        if (pendingName is not null)
        {
            path.Add((pendingName, -1));
            pendingName = null;
        }
        else if (arrayIndex.Count > 0)
        {
            int next = arrayIndex.Pop() + 1;
            arrayIndex.Push(next);
            path.Add((null, next));
        }
        else
        {
            path.Add((null, -1));
        }
    }

    private static void ExitValue(List<(string? Name, int Index)> path)
    {
        if (path.Count > 0)
        {
            path.RemoveAt(path.Count - 1);
        }
    }

    private static string Render(List<(string? Name, int Index)> path)
    {
        var sb = new StringBuilder("$");
        foreach (var (name, index) in path)
        {
            if (name is not null)
            {
                sb.Append('.').Append(JsonErrors.Cut(name));
            }
            else if (index >= 0)
            {
                sb.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }
        return sb.ToString();
    }
}
