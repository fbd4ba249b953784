using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MoDomain.Internal;
using MoDomain.SocialSecurity;

namespace MoDomain.Interop;

/// <summary>
/// Reads and writes function evidence documents (<see cref="FunctionEvidenceProfile"/>: the evidence about one
/// organisation's social-security functions) as JSON, through a source-generated serializer context, with the
/// conventions of docs/decisions/0003-json-conventions.md.
/// </summary>
/// <remarks>
/// <para>Shape: <c>{ "schemaVersion": 1, "organisation": "…", "evidence": [ { "function": "hinge", "indicator":
/// "referral-and-access", "perspective": "public-administration", "administrativeRole": "employment-agency", "stance":
/// "supports", "reference": { "documentId": "interview-ba-01", "segmentId": "seg-3", "note": "…", "date":
/// "2021-05-04" } } ] }</c>. camelCase names; categories as their DOMAIN.md ids; dates as <c>yyyy-MM-dd</c>.
/// <c>organisation</c>, <c>evidence</c> (<c>[]</c> for none), <c>indicator</c>, <c>perspective</c>, <c>stance</c>,
/// <c>reference</c> and <c>reference.documentId</c> are required; <c>function</c> is written for readers and, when
/// given, must be the indicator's function; <c>administrativeRole</c>, <c>segmentId</c>, <c>note</c> and
/// <c>date</c> are optional. Items are written in the profile's order.</para>
/// <para>Reading is all-or-nothing: unknown or repeated properties, wrong types, unknown ids, a function that does not
/// match the indicator, a role with a perspective other than <c>public-administration</c>, blank texts, impossible
/// dates, an evidence item listed twice and newer schema versions raise a <see cref="JsonException"/> whose
/// <see cref="JsonException.Path"/> and message name the JSON path.</para>
/// </remarks>
public static class FunctionEvidenceJson
{
    // The generated context with a relaxed encoder, so that German text (ä, ö, ü, ß, „“) is written as is.
    private static readonly FunctionEvidenceJsonContext Context = new(new JsonSerializerOptions(FunctionEvidenceJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Serialises one function evidence document with <c>schemaVersion</c>.</summary>
    /// <param name="profile">The evidence of one organisation.</param>
    /// <returns>The JSON text (indented).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public static string SerializeProfile(FunctionEvidenceProfile profile)
    {
        Preconditions.CheckNotNull(profile);
        return JsonSerializer.Serialize(FunctionEvidenceMapper.ToDto(profile, withSchemaVersion: true), Context.FunctionEvidenceProfileDto);
    }

    /// <summary>Reads one function evidence document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The evidence profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid function evidence document; the message and <see cref="JsonException.Path"/> say where.</exception>
    public static FunctionEvidenceProfile DeserializeProfile(string json)
    {
        Preconditions.CheckNotNull(json);
        byte[] utf8 = Encoding.UTF8.GetBytes(json);
        DuplicatePropertyCheck.Check(utf8);
        return FunctionEvidenceMapper.FromDto(Deserialize(utf8, Context.FunctionEvidenceProfileDto), "$");
    }

    /// <summary>Serialises function evidence documents as <c>{ "schemaVersion": 1, "functionEvidenceProfiles": [ … ] }</c>, in the given order.</summary>
    /// <param name="profiles">The evidence profiles.</param>
    /// <returns>The JSON text (indented).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profiles"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="profiles"/> holds a null element.</exception>
    public static string SerializeProfiles(IEnumerable<FunctionEvidenceProfile> profiles)
    {
        Preconditions.CheckNoNullElements(profiles);
        var dto = new FunctionEvidenceProfileCollectionDto { SchemaVersion = SchemaVersions.Current, FunctionEvidenceProfiles = [] };
        foreach (var profile in profiles)
        {
            dto.FunctionEvidenceProfiles.Add(FunctionEvidenceMapper.ToDto(profile, withSchemaVersion: false));
        }
        return JsonSerializer.Serialize(dto, Context.FunctionEvidenceProfileCollectionDto);
    }

    /// <summary>
    /// Reads function evidence documents: either a collection document
    /// <c>{ "schemaVersion": 1, "functionEvidenceProfiles": [ … ] }</c> or a bare array of function evidence objects.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The evidence profiles, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is invalid; the message and <see cref="JsonException.Path"/> say where.</exception>
    public static ImmutableArray<FunctionEvidenceProfile> DeserializeProfiles(string json)
    {
        Preconditions.CheckNotNull(json);
        ReadOnlySpan<byte> utf8 = Encoding.UTF8.GetBytes(json);
        DuplicatePropertyCheck.Check(utf8);
        List<FunctionEvidenceProfileDto>? items;
        string prefix;
        if (json.AsSpan().TrimStart().StartsWith("[", StringComparison.Ordinal))
        {
            items = Deserialize(utf8, Context.ListFunctionEvidenceProfileDto)
                ?? throw JsonErrors.At("$", "expected an array of function evidence objects but found null.");
            prefix = "$";
        }
        else
        {
            var document = Deserialize(utf8, Context.FunctionEvidenceProfileCollectionDto)
                ?? throw JsonErrors.At("$", "expected a function evidence collection object or an array of function evidence objects but found null.");
            SchemaVersions.Check(document.SchemaVersion, "$.schemaVersion");
            items = document.FunctionEvidenceProfiles
                ?? throw JsonErrors.At("$.functionEvidenceProfiles", "the required property 'functionEvidenceProfiles' is missing.");
            prefix = "$.functionEvidenceProfiles";
        }
        var builder = ImmutableArray.CreateBuilder<FunctionEvidenceProfile>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            builder.Add(FunctionEvidenceMapper.FromDto(items[i], string.Create(CultureInfo.InvariantCulture, $"{prefix}[{i}]")));
        }
        return builder.MoveToImmutable();
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

    private static string FriendlyTypeNames(string message) => message
        .Replace("System.Nullable`1[System.Int32]", "an integer", StringComparison.Ordinal)
        .Replace("System.Nullable`1[NodaTime.LocalDate]", "a date string yyyy-MM-dd", StringComparison.Ordinal)
        .Replace("System.Collections.Generic.List`1[MoDomain.Interop.FunctionEvidenceItemDto]", "an array of evidence objects", StringComparison.Ordinal)
        .Replace("System.Collections.Generic.List`1[MoDomain.Interop.FunctionEvidenceProfileDto]", "an array of function evidence objects", StringComparison.Ordinal)
        .Replace("System.String", "a string", StringComparison.Ordinal)
        .Replace("any .NET member contained in type", "any known property of", StringComparison.Ordinal)
        .Replace("'MoDomain.Interop.FunctionEvidenceProfileCollectionDto'", "a function evidence collection", StringComparison.Ordinal)
        .Replace("'MoDomain.Interop.FunctionEvidenceProfileDto'", "a function evidence document", StringComparison.Ordinal)
        .Replace("'MoDomain.Interop.FunctionEvidenceItemDto'", "an evidence item", StringComparison.Ordinal)
        .Replace("'MoDomain.Interop.FunctionEvidenceReferenceDto'", "an evidence reference", StringComparison.Ordinal)
        .Replace("MoDomain.Interop.FunctionEvidenceProfileCollectionDto", "a function evidence collection object", StringComparison.Ordinal)
        .Replace("MoDomain.Interop.FunctionEvidenceProfileDto", "a function evidence object", StringComparison.Ordinal)
        .Replace("MoDomain.Interop.FunctionEvidenceItemDto", "an evidence object", StringComparison.Ordinal)
        .Replace("MoDomain.Interop.FunctionEvidenceReferenceDto", "an evidence reference object", StringComparison.Ordinal);
}
