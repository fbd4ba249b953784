using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MoDomain.Internal;
using MoDomain.Objectives;

namespace MoDomain.Interop;

/// <summary>
/// Reads and writes objective profiles (Preißler's matrix, <see cref="ObjectiveProfile"/>) as JSON, through a
/// source-generated serializer context, with the conventions of docs/decisions/0003-json-conventions.md.
/// </summary>
/// <remarks>
/// <para>Shape: <c>{ "schemaVersion": 2, "organisation": "…", "objectives": [ { "objective": "identity-building",
/// "emphasis": 1, "evidence": "self-reported" } ] }</c>. camelCase names; objectives and evidence sources as their
/// DOMAIN.md ids; <c>organisation</c>, <c>objectives</c> (<c>[]</c> for none), <c>objective</c> and
/// <c>evidence</c> are required; an absent <c>emphasis</c> reads as 1. Writers always write the emphasis and list the
/// objectives in source order.</para>
/// <para>Reading is all-or-nothing: unknown or repeated properties, wrong types, unknown ids, an objective listed
/// twice, an emphasis that is not greater than 0 and at most <see cref="PursuedObjective.MaxEmphasis"/>, and newer
/// schema versions raise a <see cref="JsonException"/> whose <see cref="JsonException.Path"/> and message name the JSON path.</para>
/// </remarks>
public static class ObjectivesJson
{
    // The generated context with a relaxed encoder, so that German text (ä, ö, ü, ß, „“) is written as is.
    private static readonly ObjectivesJsonContext Context = new(new JsonSerializerOptions(ObjectivesJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Serialises one objective profile as a document with <c>schemaVersion</c>.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The JSON text (indented).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public static string SerializeProfile(ObjectiveProfile profile)
    {
        Guard.Against.Null(profile);
        return JsonSerializer.Serialize(ObjectiveMapper.ToDto(profile, withSchemaVersion: true), Context.ObjectiveProfileDto);
    }

    /// <summary>Reads one objective profile document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid objective profile document; the message and <see cref="JsonException.Path"/> say where.</exception>
    public static ObjectiveProfile DeserializeProfile(string json)
    {
        return JsonInput.Read(json, static utf8 => ObjectiveMapper.FromDto(JsonDocumentReader.Read(utf8.Span, Context.ObjectiveProfileDto), "$"));
    }

    /// <summary>Serialises objective profiles as <c>{ "schemaVersion": 2, "objectiveProfiles": [ … ] }</c>, in the given order.</summary>
    /// <param name="profiles">The profiles.</param>
    /// <returns>The JSON text (indented).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profiles"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="profiles"/> holds a null element.</exception>
    public static string SerializeProfiles(IEnumerable<ObjectiveProfile> profiles)
    {
        Guard.Against.NullElements(profiles);
        var dto = new ObjectiveProfileCollectionDto { SchemaVersion = SchemaVersions.Current, ObjectiveProfiles = [] };
        foreach (var profile in profiles)
        {
            dto.ObjectiveProfiles.Add(ObjectiveMapper.ToDto(profile, withSchemaVersion: false));
        }
        return JsonSerializer.Serialize(dto, Context.ObjectiveProfileCollectionDto);
    }

    /// <summary>
    /// Reads objective profiles: either a collection document <c>{ "schemaVersion": 2, "objectiveProfiles": [ … ] }</c>
    /// or a bare array of objective profile objects.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The profiles, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is invalid; the message and <see cref="JsonException.Path"/> say where.</exception>
    public static ImmutableArray<ObjectiveProfile> DeserializeProfiles(string json) => JsonInput.Read(json, static utf8 => ReadCollection(utf8.Span));

    /// <summary>Reads objective profiles (collection document or bare array) from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream; read to its end (at most <see cref="JsonReadLimits.DefaultMaxBytes"/> bytes), not closed.</param>
    /// <returns>The profiles, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The content is not UTF-8, larger than the limit or invalid; the message,
    /// <see cref="JsonException.Path"/>, <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> say where.</exception>
    /// <exception cref="System.IO.IOException">The stream cannot be read.</exception>
    public static ImmutableArray<ObjectiveProfile> ReadProfiles(System.IO.Stream utf8Json) => JsonInput.Read(utf8Json, null, static utf8 => ReadCollection(utf8.Span));

    /// <summary>Within a given size limit, reads objective profiles (collection document or bare array) from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream; read to its end (at most the size limit), not closed.</param>
    /// <param name="limits">The size limit.</param>
    /// <returns>The profiles, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="JsonException">The content is not UTF-8, larger than the limit or invalid; the message,
    /// <see cref="JsonException.Path"/>, <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> say where.</exception>
    /// <exception cref="System.IO.IOException">The stream cannot be read.</exception>
    public static ImmutableArray<ObjectiveProfile> ReadProfiles(System.IO.Stream utf8Json, JsonReadLimits limits) => JsonInput.Read(utf8Json, Guard.Against.Null(limits), static utf8 => ReadCollection(utf8.Span));

    private static ImmutableArray<ObjectiveProfile> ReadCollection(ReadOnlySpan<byte> utf8)
    {
        return JsonDocumentReader.ReadCollection(
            utf8,
            Context.ListObjectiveProfileDto,
            Context.ObjectiveProfileCollectionDto,
            "objectiveProfiles",
            static d => d.SchemaVersion,
            static d => d.ObjectiveProfiles,
            ObjectiveMapper.FromDto);
    }
}
