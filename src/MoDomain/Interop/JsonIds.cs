using System;
using MoDomain.Vocabulary;

namespace MoDomain.Interop;

/// <summary>Parses category ids in JSON documents, with errors that name the path, suggest close ids and list the known ones.</summary>
internal static class JsonIds
{
    /// <summary>Parses a required id.</summary>
    internal static TEnum ParseRequired<TEnum>(string? id, EnumScheme<TEnum> scheme, string path)
        where TEnum : struct, Enum
    {
        if (id is null)
        {
            throw JsonErrors.At(path, $"the required {scheme.Scheme.Id} id is missing; expected one of: {scheme.KnownIds()}.");
        }
        return Parse(id, scheme, path);
    }

    /// <summary>Parses a non-null id.</summary>
    internal static TEnum Parse<TEnum>(string id, EnumScheme<TEnum> scheme, string path)
        where TEnum : struct, Enum
    {
        if (scheme.TryParse(id, out var value))
        {
            return value;
        }
        string hint = scheme.Suggest(id);
        throw JsonErrors.At(path, $"'{Shorten(id)}' is not a known {scheme.Scheme.Id} id; {(hint.Length == 0 ? string.Empty : hint + " ")}expected one of: {scheme.KnownIds()}.");
    }

    /// <summary>Shortens user text quoted in an error message to 40 characters.</summary>
    internal static string Shorten(string text) => Internal.EchoedText.Shorten(text);
}
