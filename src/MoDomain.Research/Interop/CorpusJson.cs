using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MoDomain.Coding;
using MoDomain.Internal;
using MoDomain.SocialSecurity;
using MoDomain.Vocabulary;
using NodaTime.Text;

namespace MoDomain.Interop;

/// <summary>
/// Reads and writes coded corpora and codebooks as JSON through a source-generated context
/// (<c>CorpusJsonContext</c>), and writes the tidy coding records as a flat JSON array.
/// </summary>
/// <remarks>
/// <para>Corpus shape: <c>{ "schemaVersion": 2, "positions": "code-points", "codes": [ … ], "documents": [ … ], "codings": [ … ] }</c>; a code is
/// <c>{ "id", "guid", "label": { "en", "de" }, "description", "parent", "colour", "source", "codable" }</c> (the guid is
/// written for reference and checked on reading), a document <c>{ "id", "title", "text", "perspective",
/// "administrativeRole", "organisation", "interviewDate", "language", "speaker", "speakerName", "variables": [ { "name",
/// "kind", "value" } ] }</c>, a coding <c>{ "document", "start", "end", "code", "coder", "memo" }</c>. Speaker names and
/// the variables that <see cref="DirectIdentifierNames"/> lists are written only when the caller opts in.</para>
/// <para>Coding positions count Unicode code points when <c>"positions": "code-points"</c> (what this library writes);
/// a document without <c>positions</c> (as MoDomain 1.0 wrote them), or with <c>"utf-16"</c>, counts UTF-16 units and is
/// read as such. The two differ only after a character outside the Basic Multilingual Plane (an emoji).</para>
/// <para>Reading is all-or-nothing; unknown or repeated properties, wrong types, unknown ids and violated corpus
/// invariants raise a <see cref="JsonException"/> naming the JSON path; newer schema versions are refused.</para>
/// <para>The tidy array (<see cref="WriteRecords"/>) has one flat object per coding with the columns of
/// <see cref="CorpusCsv"/> as keys; pandas' <c>read_json</c> and R's <c>jsonlite::fromJSON</c> read it as a table.</para>
/// </remarks>
public static class CorpusJson
{
    private static readonly CorpusJsonContext Context = new(new JsonSerializerOptions(CorpusJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Writes a corpus (codebook, documents with text and attributes, codings) as JSON.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="includeDirectIdentifiers">Whether to write speaker names (off unless the caller opts in).</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="corpus"/> is null.</exception>
    public static string Write(Corpus corpus, bool includeDirectIdentifiers = false) =>
        Write(corpus, CorpusExportOptions.Default with { IncludeDirectIdentifiers = includeDirectIdentifiers });

    /// <summary>Writes a corpus as JSON with the given options (only the direct-identifier options apply).</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="options">Whether to write direct identifiers and which variables are direct identifiers.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Write(Corpus corpus, CorpusExportOptions options)
    {
        Guard.Against.Null(corpus);
        Guard.Against.Null(options);
        var offsets = corpus.Documents.ToDictionary(d => d.Id, d => CodePointOffsets.Of(d.Text), StringComparer.Ordinal);
        var dto = new CorpusDto
        {
            SchemaVersion = SchemaVersions.Current,
            Positions = CodePointPositions,
            Codes = [.. corpus.Codebook.Codes.Select(ToDto)],
            Documents = [.. corpus.Documents.Select(d => ToDto(d, options))],
            Codings = [.. corpus.Codings.Select(c =>
            {
                var map = offsets[c.Segment.DocumentId];
                return new CodingDto { Document = c.Segment.DocumentId, Start = map.ToCodePoints(c.Segment.Start), End = map.ToCodePoints(c.Segment.End), Code = c.CodeId, Coder = c.CoderId, Memo = c.Memo };
            })],
        };
        return JsonSerializer.Serialize(dto, Context.CorpusDto);
    }

    /// <summary>Writes a corpus as JSON to a file atomically.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="path">The file path.</param>
    /// <param name="includeDirectIdentifiers">Whether to write speaker names.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written; the target is unchanged.</exception>
    public static void WriteFile(Corpus corpus, string path, bool includeDirectIdentifiers = false) =>
        WriteFile(corpus, path, CorpusExportOptions.Default with { IncludeDirectIdentifiers = includeDirectIdentifiers });

    /// <summary>Writes a corpus as JSON to a file atomically with the given options.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="path">The file path.</param>
    /// <param name="options">Whether to write direct identifiers and which variables are direct identifiers.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written; the target is unchanged.</exception>
    public static void WriteFile(Corpus corpus, string path, CorpusExportOptions options)
    {
        byte[] bytes = new UTF8Encoding(false).GetBytes(Write(corpus, options));
        AtomicFile.Write(path, stream => stream.Write(bytes));
    }

    /// <summary>Reads a corpus document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The corpus.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid corpus; the message names the JSON path.</exception>
    public static Corpus Read(string json) => JsonInput.Read(json, ParseCorpus);

    /// <summary>Reads a corpus document from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream; read to its end (at most <see cref="JsonReadLimits.DefaultMaxBytes"/> bytes), not closed.</param>
    /// <returns>The corpus.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The content is not UTF-8, larger than the limit or not a valid corpus; the message,
    /// <see cref="JsonException.Path"/>, <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> say where.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static Corpus Read(Stream utf8Json) => JsonInput.Read(utf8Json, null, ParseCorpus);

    /// <summary>Within a given size limit, reads a corpus document from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream; read to its end (at most the size limit), not closed.</param>
    /// <param name="limits">The size limit.</param>
    /// <returns>The corpus.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="JsonException">The content is not UTF-8, larger than the limit or not a valid corpus; the message,
    /// <see cref="JsonException.Path"/>, <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> say where.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static Corpus Read(Stream utf8Json, JsonReadLimits limits) => JsonInput.Read(utf8Json, Guard.Against.Null(limits), ParseCorpus);

    private static Corpus ParseCorpus(ReadOnlyMemory<byte> utf8)
    {
        var dto = JsonDocumentReader.Read(utf8.Span, Context.CorpusDto) ?? throw JsonErrors.At("$", "Expected a corpus object but found null.");
        SchemaVersions.Check(dto.SchemaVersion, "$.schemaVersion");
        var corpus = Corpus.Create(ReadCodes(dto.Codes, "$.codes"));
        var documents = Required(dto.Documents, "$.documents");
        for (int i = 0; i < documents.Count; i++)
        {
            string path = $"$.documents[{i}]";
            var d = documents[i] ?? throw JsonErrors.At(path, "A document must not be null.");
            corpus = Wrap(path, () => corpus.AddDocument(FromDto(d, path)));
        }
        bool codePoints = dto.Positions switch
        {
            null or "utf-16" => false,
            CodePointPositions => true,
            var other => throw JsonErrors.At("$.positions", $"'{JsonIds.Shorten(other)}' is not a position unit; expected 'code-points' (or 'utf-16' for files written by MoDomain 1.0)."),
        };
        var offsets = new Dictionary<string, CodePointOffsets>(StringComparer.Ordinal);
        var codings = Required(dto.Codings, "$.codings");
        for (int i = 0; i < codings.Count; i++)
        {
            string path = $"$.codings[{i}]";
            var c = codings[i] ?? throw JsonErrors.At(path, "A coding must not be null.");
            string documentId = Required(c.Document, path + ".document");
            int start = Required(c.Start, path + ".start");
            int end = Required(c.End, path + ".end");
            if (codePoints && corpus.TryGetDocument(documentId, out var document))
            {
                if (!offsets.TryGetValue(documentId, out var map))
                {
                    map = CodePointOffsets.Of(document.Text);
                    offsets.Add(documentId, map);
                }
                if (map.FromCodePoints(end) > map.Utf16Length)
                {
                    throw JsonErrors.At(path + ".end", string.Create(CultureInfo.InvariantCulture, $"The segment [{start}, {end}) lies beyond the end of document '{JsonIds.Shorten(documentId)}' ({map.CodePointLength} characters, counted in code points)."));
                }
                start = map.FromCodePoints(start);
                end = map.FromCodePoints(end);
            }
            corpus = Wrap(path, () => corpus.Code(documentId, start, end, Required(c.Code, path + ".code"), Required(c.Coder, path + ".coder"), c.Memo));
        }
        return corpus;
    }

    /// <summary>Writes a codebook as JSON <c>{ "schemaVersion": 2, "codes": [ … ] }</c>.</summary>
    /// <param name="codebook">The codebook.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="codebook"/> is null.</exception>
    public static string WriteCodebook(Codebook codebook)
    {
        Guard.Against.Null(codebook);
        return JsonSerializer.Serialize(new CodebookDto { SchemaVersion = SchemaVersions.Current, Codes = [.. codebook.Codes.Select(ToDto)] }, Context.CodebookDto);
    }

    /// <summary>Reads a codebook document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The codebook.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid codebook; the message names the JSON path.</exception>
    public static Codebook ReadCodebook(string json) => JsonInput.Read(json, ParseCodebook);

    /// <summary>Reads a codebook document from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream; read to its end (at most <see cref="JsonReadLimits.DefaultMaxBytes"/> bytes), not closed.</param>
    /// <returns>The codebook.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The content is not UTF-8, larger than the limit or not a valid codebook; the message,
    /// <see cref="JsonException.Path"/>, <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> say where.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static Codebook ReadCodebook(Stream utf8Json) => JsonInput.Read(utf8Json, null, ParseCodebook);

    /// <summary>Within a given size limit, reads a codebook document from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream; read to its end (at most the size limit), not closed.</param>
    /// <param name="limits">The size limit.</param>
    /// <returns>The codebook.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="JsonException">The content is not UTF-8, larger than the limit or not a valid codebook; the message,
    /// <see cref="JsonException.Path"/>, <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> say where.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static Codebook ReadCodebook(Stream utf8Json, JsonReadLimits limits) => JsonInput.Read(utf8Json, Guard.Against.Null(limits), ParseCodebook);

    private static Codebook ParseCodebook(ReadOnlyMemory<byte> utf8)
    {
        var dto = JsonDocumentReader.Read(utf8.Span, Context.CodebookDto) ?? throw JsonErrors.At("$", "Expected a codebook object but found null.");
        SchemaVersions.Check(dto.SchemaVersion, "$.schemaVersion");
        return ReadCodes(dto.Codes, "$.codes");
    }

    /// <summary>Writes tidy coding records as a flat JSON array (one object per coding; absent values as null).</summary>
    /// <param name="records">The records.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="records"/> holds a null element.</exception>
    public static string WriteRecords(IEnumerable<CodingRecord> records)
    {
        Guard.Against.NullElements(records);
        var list = records.ToList();
        var variables = list.SelectMany(r => r.Variables.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartArray();
            foreach (var r in list)
            {
                w.WriteStartObject();
                w.WriteString("document", r.DocumentId);
                w.WriteNumber("start", r.Start);
                w.WriteNumber("end", r.End);
                w.WriteString("text", r.Text);
                w.WriteString("code", r.CodeId);
                w.WriteString("code_label_en", r.CodeLabelEnglish);
                w.WriteString("code_label_de", r.CodeLabelGerman);
                w.WriteString("coder", r.CoderId);
                w.WriteString("memo", r.Memo);
                w.WriteString("perspective", r.Perspective);
                w.WriteString("administrative_role", r.AdministrativeRole);
                w.WriteString("organisation", r.OrganisationId);
                w.WriteString("interview_date", r.InterviewDate);
                w.WriteString("language", r.Language);
                w.WriteString("speaker", r.SpeakerId);
                if (r.SpeakerName is not null)
                {
                    w.WriteString("speaker_name", r.SpeakerName);
                }
                foreach (var v in variables)
                {
                    w.WriteString("var_" + v, r.Variables.TryGetValue(v, out var value) ? value : null);
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static CodeDto ToDto(Code code) => new()
    {
        Id = code.Id,
        Guid = RefiXml.Guid(code.CodeGuid).ToLowerInvariant(),
        Label = new TextDto { En = code.Label.English, De = code.Label.German },
        Description = code.Description,
        Parent = code.ParentId,
        Colour = code.Colour,
        Source = code.Source,
        Codable = code.IsCodable,
    };

    private static CorpusDocumentDto ToDto(CorpusDocument document, CorpusExportOptions options)
    {
        bool ids = options.IncludeDirectIdentifiers;
        var variables = document.Attributes.Variables.Where(p => ids || !options.DirectIdentifiers.Matches(p.Key)).ToList();
        var a = document.Attributes;
        return new CorpusDocumentDto
        {
            Id = document.Id,
            Title = document.Title,
            Text = document.Text,
            Perspective = a.Perspective.IsKnown ? SocialSecurityVocabulary.Perspectives.IdOf(a.Perspective.Value) : null,
            AdministrativeRole = a.AdministrativeRole.IsKnown ? SocialSecurityVocabulary.AdministrativeRoles.IdOf(a.AdministrativeRole.Value) : null,
            Organisation = a.OrganisationId,
            InterviewDate = a.InterviewDate.IsKnown ? LocalDatePattern.Iso.Format(a.InterviewDate.Value) : null,
            Language = a.Language,
            Speaker = a.SpeakerId,
            SpeakerName = ids ? a.SpeakerName : null,
            Variables = variables.Count == 0 ? null : [.. variables.Select(p => new VariableDto { Name = p.Key, Kind = KindId(p.Value.Kind), Value = p.Value.ToString() })],
        };
    }

    private const string CodePointPositions = "code-points";

    private static CorpusDocument FromDto(CorpusDocumentDto d, string path)
    {
        Rules.Fact<Perspective> perspective = d.Perspective is null ? Rules.Fact<Perspective>.Unknown : JsonIds.Parse(d.Perspective, SocialSecurityVocabulary.Perspectives, path + ".perspective");
        Rules.Fact<AdministrativeRole> role = d.AdministrativeRole is null ? Rules.Fact<AdministrativeRole>.Unknown : JsonIds.Parse(d.AdministrativeRole, SocialSecurityVocabulary.AdministrativeRoles, path + ".administrativeRole");
        Rules.Fact<NodaTime.LocalDate> date = default;
        if (d.InterviewDate is not null)
        {
            var parsed = LocalDatePattern.Iso.Parse(d.InterviewDate);
            date = parsed.Success ? parsed.Value : throw JsonErrors.At(path + ".interviewDate", $"'{JsonIds.Shorten(d.InterviewDate)}' is not a valid date in the form yyyy-MM-dd.");
        }
        var variables = new List<KeyValuePair<string, VariableValue>>();
        for (int i = 0; i < (d.Variables?.Count ?? 0); i++)
        {
            string vp = $"{path}.variables[{i}]";
            var v = d.Variables![i] ?? throw JsonErrors.At(vp, "A variable must not be null.");
            var kind = Required(v.Kind, vp + ".kind") switch
            {
                "text" => VariableKind.Text,
                "number" => VariableKind.Number,
                "boolean" => VariableKind.Boolean,
                "date" => VariableKind.Date,
                var other => throw JsonErrors.At(vp + ".kind", $"'{JsonIds.Shorten(other)}' is not a variable kind (text, number, boolean, date)."),
            };
            try
            {
                variables.Add(new(Required(v.Name, vp + ".name"), VariableValue.Parse(kind, Required(v.Value, vp + ".value"))));
            }
            catch (FormatException ex)
            {
                throw JsonErrors.At(vp + ".value", ex.Message);
            }
        }
        return Wrap(path, () => new CorpusDocument(
            Required(d.Id, path + ".id"),
            Required(d.Text, path + ".text"),
            new DocumentAttributes(perspective, role, d.Organisation, date, d.Language, d.Speaker, d.SpeakerName, variables),
            d.Title));
    }

    private static Codebook ReadCodes(List<CodeDto?>? codes, string path)
    {
        var list = Required(codes, path);
        var book = Codebook.Empty;
        for (int i = 0; i < list.Count; i++)
        {
            string cp = $"{path}[{i}]";
            var c = list[i] ?? throw JsonErrors.At(cp, "A code must not be null.");
            var label = Required(c.Label, cp + ".label");
            var code = Wrap(cp, () => new Code(Required(c.Id, cp + ".id"), new LocalizedText(label.En, label.De), c.Description, c.Parent, c.Colour, c.Source, c.Codable ?? true));
            if (c.Guid is not null && (!Guid.TryParse(c.Guid, out var g) || g != code.CodeGuid))
            {
                throw JsonErrors.At(cp + ".guid", $"The guid '{JsonIds.Shorten(c.Guid)}' does not match the id '{code.Id}' (expected {RefiXml.Guid(code.CodeGuid).ToLowerInvariant()}); code GUIDs are derived from ids.");
            }
            book = Wrap(cp, () => book.With(code));
        }
        return book;
    }

    private static string KindId(VariableKind kind) => kind switch
    {
        VariableKind.Number => "number",
        VariableKind.Boolean => "boolean",
        VariableKind.Date => "date",
        _ => "text",
    };

    private static T Required<T>(T? value, string path)
        where T : class =>
        value ?? throw JsonErrors.At(path, "The property is required.");

    private static int Required(int? value, string path) =>
        value ?? throw JsonErrors.At(path, "The property is required.");

    private static T Wrap<T>(string path, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (Exception ex) when (ex is ArgumentException or KeyNotFoundException)
        {
            throw JsonErrors.At(path, ex.Message);
        }
    }
}
