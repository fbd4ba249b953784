using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MoDomain.Definitions;
using MoDomain.Internal;
using MoDomain.Rules;

namespace MoDomain.Interop;

/// <summary>
/// Reads and writes MoDomain's JSON contracts (profiles, profile collections, classification reports) through a
/// source-generated serializer context. See docs/decisions/0003-json-conventions.md.
/// </summary>
/// <remarks>
/// <para>Conventions: camelCase property names; categories as their DOMAIN.md ids; dates as <c>yyyy-MM-dd</c>; an
/// unknown fact is an absent property (an explicit <c>null</c> reads the same); a known empty list is <c>[]</c>;
/// top-level documents carry <c>schemaVersion</c>.</para>
/// <para>Reading is all-or-nothing: unknown properties, wrong types, unknown ids, out-of-range shares, impossible dates
/// and newer schema versions raise a <see cref="JsonException"/> whose <see cref="JsonException.Path"/> and message name
/// the JSON path; no partially filled profile is ever returned.</para>
/// </remarks>
public static class MoDomainJson
{
    // The generated context with a relaxed encoder, so that German text (ä, ö, ü, ß, „“) is written as is.
    private static readonly MoDomainJsonContext Context = new(new JsonSerializerOptions(MoDomainJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Serialises one profile as a document with <c>schemaVersion</c>.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The JSON text (indented, UTF-16 string).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public static string SerializeProfile(OrganisationProfile profile)
    {
        Guard.Against.Null(profile);
        return JsonSerializer.Serialize(ProfileMapper.ToDto(profile, withSchemaVersion: true), Context.ProfileDto);
    }

    /// <summary>Reads one profile document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid profile document; the message and <see cref="JsonException.Path"/> say where.</exception>
    public static OrganisationProfile DeserializeProfile(string json)
    {
        return JsonInput.Read(json, static utf8 => ProfileMapper.FromDto(JsonDocumentReader.Read(utf8.Span, Context.ProfileDto), "$"));
    }

    /// <summary>Serialises profiles as a collection document <c>{ "schemaVersion": 2, "profiles": [ … ] }</c>.</summary>
    /// <param name="profiles">The profiles.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profiles"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="profiles"/> holds a null element.</exception>
    public static string SerializeProfiles(IEnumerable<OrganisationProfile> profiles) =>
        JsonSerializer.Serialize(ToCollection(profiles), Context.ProfileCollectionDto);

    /// <summary>Writes profiles as a collection document to a UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream to write to.</param>
    /// <param name="profiles">The profiles.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="profiles"/> holds a null element.</exception>
    public static void WriteProfiles(Stream utf8Json, IEnumerable<OrganisationProfile> profiles)
    {
        Guard.Against.Null(utf8Json);
        var dto = ToCollection(profiles);
        JsonSerializer.Serialize(utf8Json, dto, Context.ProfileCollectionDto);
    }

    /// <summary>
    /// Reads profiles from JSON text: either a collection document <c>{ "schemaVersion": 2, "profiles": [ … ] }</c> or
    /// a bare array of profile objects.
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The profiles, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is invalid; the message and <see cref="JsonException.Path"/> say where.</exception>
    public static ImmutableArray<OrganisationProfile> DeserializeProfiles(string json)
    {
        return JsonInput.Read(json, static utf8 => ReadCollection(utf8.Span));
    }

    /// <summary>Reads profiles from a UTF-8 stream (collection document or bare array).</summary>
    /// <param name="utf8Json">The stream; read to its end (at most <see cref="JsonReadLimits.DefaultMaxBytes"/> bytes), not closed.</param>
    /// <returns>The profiles, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The content is not UTF-8, larger than the limit or invalid; the message,
    /// <see cref="JsonException.Path"/>, <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> say where.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ImmutableArray<OrganisationProfile> ReadProfiles(Stream utf8Json) => JsonInput.Read(utf8Json, null, static utf8 => ReadCollection(utf8.Span));

    /// <summary>Within a given size limit, reads profiles from a UTF-8 stream (collection document or bare array).</summary>
    /// <param name="utf8Json">The stream; read to its end (at most the size limit), not closed.</param>
    /// <param name="limits">The size limit.</param>
    /// <returns>The profiles, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="JsonException">The content is not UTF-8, larger than the limit or invalid; the message,
    /// <see cref="JsonException.Path"/>, <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> say where.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ImmutableArray<OrganisationProfile> ReadProfiles(Stream utf8Json, JsonReadLimits limits) => JsonInput.Read(utf8Json, Guard.Against.Null(limits), static utf8 => ReadCollection(utf8.Span));

    /// <summary>Serialises classification reports as <c>{ "schemaVersion": 2, "reports": [ … ] }</c>, with every evaluation tree.</summary>
    /// <param name="reports">The reports.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reports"/> holds a null element.</exception>
    public static string SerializeReports(IEnumerable<ClassificationReport> reports)
    {
        Guard.Against.NullElements(reports);
        using var buffer = new MemoryStream();
        WriteReports(buffer, reports);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>
    /// Writes classification reports to a UTF-8 stream as <c>{ "schemaVersion": 2, "reports": [ … ] }</c> (the text of
    /// <see cref="SerializeReports"/>), one report at a time: the document is never held in memory as a whole, and the
    /// written bytes are flushed to the stream whenever more than 64 KiB are pending.
    /// </summary>
    /// <param name="utf8Json">The stream to write to; not closed.</param>
    /// <param name="reports">The reports; enumerated once, so a lazy sequence classifies while it is written.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="reports"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reports"/> holds a null element (what was written before it stays written).</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void WriteReports(Stream utf8Json, IEnumerable<ClassificationReport> reports)
    {
        Guard.Against.Null(utf8Json);
        Guard.Against.Null(reports);
        using var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Indented = true, Encoder = Context.Options.Encoder });
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", SchemaVersions.Current);
        writer.WriteStartArray("reports");
        foreach (var report in reports)
        {
            Guard.Against.Unsatisfied(report is not null, "The sequence must not contain null elements.", nameof(reports));
            JsonSerializer.Serialize(writer, ReportMapper.ToDto(report), Context.ReportDto);
            if (writer.BytesPending > FlushThreshold)
            {
                writer.Flush();
            }
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    // Bytes a streaming writer gathers before it hands them to the stream.
    private const int FlushThreshold = 64 * 1024;

    private static ProfileCollectionDto ToCollection(IEnumerable<OrganisationProfile> profiles)
    {
        Guard.Against.NullElements(profiles);
        var dto = new ProfileCollectionDto { SchemaVersion = SchemaVersions.Current, Profiles = [] };
        foreach (var p in profiles)
        {
            dto.Profiles.Add(ProfileMapper.ToDto(p, withSchemaVersion: false));
        }
        return dto;
    }

    private static ImmutableArray<OrganisationProfile> ReadCollection(ReadOnlySpan<byte> utf8) =>
        JsonDocumentReader.ReadCollection(
            utf8,
            Context.ListProfileDto,
            Context.ProfileCollectionDto,
            "profiles",
            static d => d.SchemaVersion,
            static d => d.Profiles,
            new UniqueOrganisationIds().Map);
}
