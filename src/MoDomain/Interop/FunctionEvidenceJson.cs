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
/// <para>Shape: <c>{ "schemaVersion": 2, "organisation": "…", "evidence": [ { "function": "hinge", "indicator":
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
        Guard.Against.Null(profile);
        return JsonSerializer.Serialize(FunctionEvidenceMapper.ToDto(profile, withSchemaVersion: true), Context.FunctionEvidenceProfileDto);
    }

    /// <summary>Reads one function evidence document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The evidence profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid function evidence document; the message and <see cref="JsonException.Path"/> say where.</exception>
    public static FunctionEvidenceProfile DeserializeProfile(string json)
    {
        return JsonInput.Read(json, static utf8 => FunctionEvidenceMapper.FromDto(JsonDocumentReader.Read(utf8.Span, Context.FunctionEvidenceProfileDto), "$"));
    }

    /// <summary>Serialises function evidence documents as <c>{ "schemaVersion": 2, "functionEvidenceProfiles": [ … ] }</c>, in the given order.</summary>
    /// <param name="profiles">The evidence profiles.</param>
    /// <returns>The JSON text (indented).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profiles"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="profiles"/> holds a null element.</exception>
    public static string SerializeProfiles(IEnumerable<FunctionEvidenceProfile> profiles)
    {
        Guard.Against.NullElements(profiles);
        var dto = new FunctionEvidenceProfileCollectionDto { SchemaVersion = SchemaVersions.Current, FunctionEvidenceProfiles = [] };
        foreach (var profile in profiles)
        {
            dto.FunctionEvidenceProfiles.Add(FunctionEvidenceMapper.ToDto(profile, withSchemaVersion: false));
        }
        return JsonSerializer.Serialize(dto, Context.FunctionEvidenceProfileCollectionDto);
    }

    /// <summary>
    /// Reads function evidence documents: either a collection document
    /// <c>{ "schemaVersion": 2, "functionEvidenceProfiles": [ … ] }</c> or a bare array of function evidence objects.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The evidence profiles, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is invalid; the message and <see cref="JsonException.Path"/> say where.</exception>
    public static ImmutableArray<FunctionEvidenceProfile> DeserializeProfiles(string json) => JsonInput.Read(json, static utf8 => ReadCollection(utf8.Span));

    /// <summary>Reads function evidence documents (collection document or bare array) from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream; read to its end (at most <see cref="JsonReadLimits.DefaultMaxBytes"/> bytes), not closed.</param>
    /// <returns>The evidence profiles, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The content is not UTF-8, larger than the limit or invalid; the message,
    /// <see cref="JsonException.Path"/>, <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> say where.</exception>
    /// <exception cref="System.IO.IOException">The stream cannot be read.</exception>
    public static ImmutableArray<FunctionEvidenceProfile> ReadProfiles(System.IO.Stream utf8Json) => JsonInput.Read(utf8Json, null, static utf8 => ReadCollection(utf8.Span));

    /// <summary>Within a given size limit, reads function evidence documents (collection document or bare array) from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream; read to its end (at most the size limit), not closed.</param>
    /// <param name="limits">The size limit.</param>
    /// <returns>The evidence profiles, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="JsonException">The content is not UTF-8, larger than the limit or invalid; the message,
    /// <see cref="JsonException.Path"/>, <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> say where.</exception>
    /// <exception cref="System.IO.IOException">The stream cannot be read.</exception>
    public static ImmutableArray<FunctionEvidenceProfile> ReadProfiles(System.IO.Stream utf8Json, JsonReadLimits limits) => JsonInput.Read(utf8Json, Guard.Against.Null(limits), static utf8 => ReadCollection(utf8.Span));

    private static ImmutableArray<FunctionEvidenceProfile> ReadCollection(ReadOnlySpan<byte> utf8)
    {
        return JsonDocumentReader.ReadCollection(
            utf8,
            Context.ListFunctionEvidenceProfileDto,
            Context.FunctionEvidenceProfileCollectionDto,
            "functionEvidenceProfiles",
            static d => d.SchemaVersion,
            static d => d.FunctionEvidenceProfiles,
            FunctionEvidenceMapper.FromDto);
    }
}
