using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace MoDomain.Interop;

/// <summary>
/// The reading steps every JSON facade shares: strip a UTF-8 byte-order mark, reject repeated properties, deserialize
/// with errors that name the contract instead of internal types, and read a collection given either as a document
/// <c>{ "schemaVersion": 2, "&lt;property&gt;": [ … ] }</c> or as a bare array, mapping each item with its JSON path.
/// </summary>
internal static class JsonDocumentReader
{
    /// <summary>Deserializes one document after the shared checks.</summary>
    internal static T? Read<T>(ReadOnlySpan<byte> utf8, JsonTypeInfo<T> typeInfo)
    {
        utf8 = Prepare(utf8);
        return Deserialize(utf8, typeInfo);
    }

    /// <summary>Reads a collection document or a bare array and maps every item; all-or-nothing.</summary>
    internal static ImmutableArray<TModel> ReadCollection<TDto, TDocument, TModel>(
        ReadOnlySpan<byte> utf8,
        JsonTypeInfo<List<TDto>> arrayInfo,
        JsonTypeInfo<TDocument> documentInfo,
        string itemsProperty,
        Func<TDocument, int?> schemaVersion,
        Func<TDocument, List<TDto>?> items,
        Func<TDto?, string, TModel> map)
        where TDto : class
        where TDocument : class =>
        ReadCollection(utf8, arrayInfo, documentInfo, itemsProperty, schemaVersion, (document, _) => (itemsProperty, items(document)), map);

    /// <summary>
    /// Reads a collection document or a bare array and maps every item; all-or-nothing. <paramref name="items"/> gets
    /// the document and its schema version (the current one when absent) and returns the name of the items property
    /// in that version and its value; it throws when the document mixes the names of different versions.
    /// </summary>
    internal static ImmutableArray<TModel> ReadCollection<TDto, TDocument, TModel>(
        ReadOnlySpan<byte> utf8,
        JsonTypeInfo<List<TDto>> arrayInfo,
        JsonTypeInfo<TDocument> documentInfo,
        string currentItemsProperty,
        Func<TDocument, int?> schemaVersion,
        Func<TDocument, int, (string Property, List<TDto>? Items)> items,
        Func<TDto?, string, TModel> map)
        where TDto : class
        where TDocument : class
    {
        utf8 = Prepare(utf8);
        List<TDto>? list;
        string prefix;
        if (StartsWithArray(utf8))
        {
            list = Deserialize(utf8, arrayInfo) ?? throw JsonErrors.At("$", "expected an array but found null.");
            prefix = "$";
        }
        else
        {
            var document = Deserialize(utf8, documentInfo)
                ?? throw JsonErrors.At("$", $"expected a document with '{currentItemsProperty}' or an array but found null.");
            int? declared = schemaVersion(document);
            SchemaVersions.Check(declared, "$.schemaVersion");
            var (property, value) = items(document, declared ?? SchemaVersions.Current);
            prefix = "$." + property;
            list = value ?? throw JsonErrors.At(prefix, $"the required property '{property}' is missing.");
        }
        var builder = ImmutableArray.CreateBuilder<TModel>(list.Count);
        for (int i = 0; i < list.Count; i++)
        {
            builder.Add(map(list[i], string.Create(CultureInfo.InvariantCulture, $"{prefix}[{i}]")));
        }
        return builder.MoveToImmutable();
    }

    private static ReadOnlySpan<byte> Prepare(ReadOnlySpan<byte> utf8)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }
        DuplicatePropertyCheck.Check(utf8);
        return utf8;
    }

    private static bool StartsWithArray(ReadOnlySpan<byte> utf8)
    {
        int start = 0;
        while (start < utf8.Length && utf8[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }
        return start < utf8.Length && utf8[start] == (byte)'[';
    }

    private static T? Deserialize<T>(ReadOnlySpan<byte> utf8, JsonTypeInfo<T> typeInfo)
    {
        try
        {
            return JsonSerializer.Deserialize(utf8, typeInfo);
        }
        catch (JsonException ex)
        {
            // Keep the serializer's path and position, but name the contract instead of an internal type.
            string message = FriendlyTypeNames(ex.Message);
            string path = ex.Path ?? "$";
            throw new JsonException(message.StartsWith(path, StringComparison.Ordinal) ? message : $"{path}: {message}", path, ex.LineNumber, ex.BytePositionInLine, ex);
        }
    }

    /// <summary>Replaces .NET type names in serializer messages by words: <c>System.Nullable`1[System.Boolean]</c> → "true or false", <c>MoDomain.Interop.ObjectiveProfileDto</c> → "an objective profile object".</summary>
    internal static string FriendlyTypeNames(string message)
    {
        message = message
            .Replace("System.Nullable`1[System.Boolean]", "true or false", StringComparison.Ordinal)
            .Replace("System.Nullable`1[System.Double]", "a number", StringComparison.Ordinal)
            .Replace("System.Nullable`1[System.Int32]", "an integer", StringComparison.Ordinal)
            .Replace("System.Nullable`1[NodaTime.LocalDate]", "a date string yyyy-MM-dd", StringComparison.Ordinal)
            .Replace("System.Collections.Generic.List`1[System.String]", "an array of strings", StringComparison.Ordinal)
            .Replace("System.Boolean", "true or false", StringComparison.Ordinal)
            .Replace("System.Double", "a number", StringComparison.Ordinal)
            .Replace("System.Int32", "an integer", StringComparison.Ordinal)
            .Replace("System.String", "a string", StringComparison.Ordinal)
            .Replace("any .NET member contained in type", "any known property of", StringComparison.Ordinal);
        const string ListPrefix = "System.Collections.Generic.List`1[MoDomain.Interop.";
        const string DtoPrefix = "MoDomain.Interop.";
        message = ReplaceDtoNames(message, ListPrefix, "]", plural: true);
        return ReplaceDtoNames(message, DtoPrefix, string.Empty, plural: false);
    }

    private static string ReplaceDtoNames(string message, string prefix, string suffix, bool plural)
    {
        int start;
        while ((start = message.IndexOf(prefix, StringComparison.Ordinal)) >= 0)
        {
            int nameStart = start + prefix.Length;
            int nameEnd = nameStart;
            while (nameEnd < message.Length && char.IsLetterOrDigit(message[nameEnd]))
            {
                nameEnd++;
            }
            int end = nameEnd + (suffix.Length > 0 && message.AsSpan(nameEnd).StartsWith(suffix, StringComparison.Ordinal) ? suffix.Length : 0);
            string words = Words(message[nameStart..nameEnd]);
            string replacement = plural ? $"an array of {words} objects" : $"{Article(words)} {words} object";
            message = string.Concat(message.AsSpan(0, start), replacement, message.AsSpan(end));
        }
        return message;
    }

    // "ObjectiveProfileCollectionDto" → "objective profile collection".
    private static string Words(string typeName)
    {
        if (typeName.EndsWith("Dto", StringComparison.Ordinal))
        {
            typeName = typeName[..^3];
        }
        var sb = new StringBuilder();
        foreach (char c in typeName)
        {
            if (char.IsUpper(c) && sb.Length > 0)
            {
                sb.Append(' ');
            }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    private static string Article(string words) => words.Length > 0 && "aeiou".Contains(words[0], StringComparison.Ordinal) ? "an" : "a";
}
