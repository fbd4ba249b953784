using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MoDomain.Cooperation;
using MoDomain.Internal;

namespace MoDomain.Interop;

/// <summary>
/// Reads and writes cooperation records and a municipality's cooperation (set-up and records) as JSON, through a
/// source-generated serializer context, with the conventions of docs/decisions/0003-json-conventions.md.
/// </summary>
/// <remarks>
/// <para>Municipality shape: <c>{ "schemaVersion": 2, "name": "…", "setUp": { "hasConcept": true, "staffShare":
/// "11-to-25-percent", "roomProvision": ["municipal-meeting-rooms"] }, "records": [ … ] }</c> (the same in schema
/// versions 1 and 2). Record shape:
/// <c>{ "id": "…", "title": "…", "mos": ["…"], "partners": [ { "name": "…", "kind": "kita" } ], "level": "project",
/// "form": "joint", "topics": ["youth-education"], "initiator": "migrant-organisation", "roles": ["expert"],
/// "start": "2024-01-01", "end": "2025-06-30" }</c>, or <c>"date"</c> instead of start and end for a single date.</para>
/// <para>Ids are DOMAIN.md ids. An absent <c>form</c>, <c>initiator</c>, <c>roles</c> or set-up property means
/// unknown; <c>[]</c> means none. <c>form</c> is allowed only for single events and projects.</para>
/// <para>Reading is all-or-nothing: unknown or repeated properties, wrong types, unknown ids (with suggestions),
/// repeated entries, ids used twice, invalid periods and newer schema versions raise a <see cref="JsonException"/>
/// whose <see cref="JsonException.Path"/> and message name the JSON path.</para>
/// </remarks>
public static class CooperationJson
{
    private static readonly CooperationJsonContext Context = new(new JsonSerializerOptions(CooperationJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Serialises a municipality's cooperation.</summary>
    /// <param name="municipality">The municipality.</param>
    /// <returns>The JSON text (indented).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="municipality"/> is null.</exception>
    public static string SerializeMunicipality(MunicipalityCooperation municipality)
    {
        Guard.Against.Null(municipality);
        return JsonSerializer.Serialize(CooperationMapper.ToDto(municipality), Context.CooperationMunicipalityDto);
    }

    /// <summary>Reads a municipality's cooperation.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The municipality.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is invalid; the message and <see cref="JsonException.Path"/> say where.</exception>
    public static MunicipalityCooperation DeserializeMunicipality(string json)
    {
        return JsonInput.Read(json, ParseMunicipality);
    }

    /// <summary>Reads a municipality's cooperation from a UTF-8 stream (a byte-order mark is allowed).</summary>
    /// <param name="utf8Json">The stream; read to its end (at most <see cref="JsonReadLimits.DefaultMaxBytes"/> bytes), not closed.</param>
    /// <returns>The municipality.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The content is invalid; the message and <see cref="JsonException.Path"/> say where.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static MunicipalityCooperation ReadMunicipality(Stream utf8Json) => JsonInput.Read(utf8Json, null, ParseMunicipality);

    /// <summary>Within a given size limit, reads a municipality's cooperation from a UTF-8 stream (a byte-order mark is allowed).</summary>
    /// <param name="utf8Json">The stream; read to its end (at most the size limit), not closed.</param>
    /// <param name="limits">The size limit.</param>
    /// <returns>The municipality.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="JsonException">The content is invalid; the message and <see cref="JsonException.Path"/> say where.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static MunicipalityCooperation ReadMunicipality(Stream utf8Json, JsonReadLimits limits) => JsonInput.Read(utf8Json, Guard.Against.Null(limits), ParseMunicipality);

    private static MunicipalityCooperation ParseMunicipality(ReadOnlyMemory<byte> utf8) =>
        CooperationMapper.FromDto(JsonDocumentReader.Read(utf8.Span, Context.CooperationMunicipalityDto), "$");

    /// <summary>Writes a municipality's cooperation to a stream as UTF-8 (no byte-order mark).</summary>
    /// <param name="municipality">The municipality.</param>
    /// <param name="utf8Json">The stream; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void WriteMunicipality(MunicipalityCooperation municipality, Stream utf8Json)
    {
        Guard.Against.Null(utf8Json);
        byte[] bytes = Encoding.UTF8.GetBytes(SerializeMunicipality(municipality));
        utf8Json.Write(bytes, 0, bytes.Length);
    }

    /// <summary>Serialises records as <c>{ "schemaVersion": 2, "cooperationRecords": [ … ] }</c>, in the given order.</summary>
    /// <param name="records">The records.</param>
    /// <returns>The JSON text (indented).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="records"/> holds a null element.</exception>
    public static string SerializeRecords(IEnumerable<CooperationRecord> records)
    {
        Guard.Against.NullElements(records);
        var dto = new CooperationRecordCollectionDto { SchemaVersion = SchemaVersions.Current, CooperationRecords = [.. records.Select(CooperationMapper.ToDto)] };
        return JsonSerializer.Serialize(dto, Context.CooperationRecordCollectionDto);
    }

    /// <summary>Reads records: a collection document <c>{ "schemaVersion": 2, "cooperationRecords": [ … ] }</c> or a bare array.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The records, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is invalid or two records share an id; the message and <see cref="JsonException.Path"/> say where.</exception>
    /// <remarks>A document that declares <c>"schemaVersion": 1</c> names the array <c>records</c> (its version 1 name)
    /// and is read the same way; a document without <c>schemaVersion</c> is read as the current version. Using the name
    /// of the other version is refused with a message that says which name to write.</remarks>
    public static ImmutableArray<CooperationRecord> DeserializeRecords(string json) => JsonInput.Read(json, ParseRecords);

    private static ImmutableArray<CooperationRecord> ParseRecords(ReadOnlyMemory<byte> utf8)
    {
        var records = JsonDocumentReader.ReadCollection(
            utf8.Span,
            Context.ListCooperationRecordDto,
            Context.CooperationRecordCollectionDto,
            "cooperationRecords",
            static d => d.SchemaVersion,
            CooperationMapper.RecordsOf,
            CooperationMapper.FromDto);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (!ids.Add(record.Id))
            {
                throw JsonErrors.At("$", $"the record id '{JsonErrors.Cut(record.Id)}' is used twice.");
            }
        }
        return records;
    }
}
