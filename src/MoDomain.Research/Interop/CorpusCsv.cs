using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MoDomain.Coding;
using MoDomain.Internal;
using MoDomain.SocialSecurity;

namespace MoDomain.Interop;

/// <summary>
/// The tidy CSV of a coded corpus (RFC 4180, via CsvHelper): one row per coding with its document, segment, optional
/// text, code and labels, coder, memo and the document attributes. R's <c>read.csv</c> and pandas'
/// <c>read_csv</c> read it without options.
/// </summary>
/// <remarks>
/// <para>Columns, in this order: <c>document, start, end, text, code, code_label_en, code_label_de, coder, memo,
/// perspective, administrative_role, organisation, interview_date, language, speaker</c>, then <c>speaker_name</c>
/// only when direct identifiers are included, then <c>var_&lt;name&gt;</c> for each free variable (ordinal order);
/// variables that <see cref="DirectIdentifierNames"/> lists are left out unless direct identifiers are included. Empty
/// fields mean "absent". UTF-8 without byte-order mark, comma, CRLF line ends, fields quoted when needed.</para>
/// <para><b>Positions</b> (<c>start</c>, <c>end</c>) count Unicode code points, as REFI-QDA does and as Python's
/// <c>str</c> and R's <c>substr</c> index text: an emoji or U+1D11E is one character, not two UTF-16 units.</para>
/// <para><b>Formulas:</b> cells that begin with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return are
/// written with a leading apostrophe unless they are plain numbers (<see cref="CsvFormulaGuard"/>), unless
/// <see cref="CorpusExportOptions.NeutraliseFormulas"/> is off; the reader removes that apostrophe again, so a
/// neutralised file reads back exactly.</para>
/// <para>Reading accepts the same layout with a comma or semicolon delimiter (German Excel; decided by the header),
/// CRLF, LF or CR line ends and an optional UTF-8 byte-order mark; only <c>document, start, end, code, coder</c> are
/// required, other columns may be absent or in any order, unknown columns are ignored, header names are trimmed, blank
/// lines are skipped. Reading is strict and all-or-nothing: a quote left open, a quote inside an unquoted field, text
/// after a closing quote, a row with more or fewer fields than the header, white space at either end of an id
/// (<c>document</c>, <c>code</c>, <c>coder</c>, <c>speaker</c>, <c>organisation</c>) and control, line-break or
/// bidirectional formatting characters in an id are each a <see cref="CorpusCsvException"/> naming the line and the
/// column; messages quote at most 40 characters of a field.</para>
/// </remarks>
public static class CorpusCsv
{
    private static readonly string[] FixedColumns =
        ["document", "start", "end", "text", "code", "code_label_en", "code_label_de", "coder", "memo", "perspective", "administrative_role", "organisation", "interview_date", "language", "speaker"];

    /// <summary>Writes the codings of a corpus as tidy CSV (formula cells neutralised, name-like variables left out).</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="writer">The destination.</param>
    /// <param name="includeText">Whether to include the segment text.</param>
    /// <param name="includeDirectIdentifiers">Whether to include direct identifiers: speaker names and the variables
    /// <see cref="DirectIdentifierNames.Default"/> lists (off unless the caller opts in).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Corpus corpus, TextWriter writer, bool includeText = true, bool includeDirectIdentifiers = false) =>
        Write(corpus, writer, CorpusExportOptions.Default with { IncludeText = includeText, IncludeDirectIdentifiers = includeDirectIdentifiers });

    /// <summary>Writes the codings of a corpus as tidy CSV with the given options.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="writer">The destination.</param>
    /// <param name="options">What to write (text, direct identifiers, formula neutralisation).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Corpus corpus, TextWriter writer, CorpusExportOptions options)
    {
        Guard.Against.Null(corpus);
        Guard.Against.Null(writer);
        Guard.Against.Null(options);
        WriteRecords(CodingRecord.FromCorpus(corpus, options), writer, options.IncludeDirectIdentifiers, options.NeutraliseFormulas);
    }

    /// <summary>Writes the codings of a corpus as tidy CSV into a string.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="includeText">Whether to include the segment text.</param>
    /// <param name="includeDirectIdentifiers">Whether to include direct identifiers.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="corpus"/> is null.</exception>
    public static string Write(Corpus corpus, bool includeText = true, bool includeDirectIdentifiers = false) =>
        Write(corpus, CorpusExportOptions.Default with { IncludeText = includeText, IncludeDirectIdentifiers = includeDirectIdentifiers });

    /// <summary>Writes the codings of a corpus as tidy CSV into a string with the given options.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="options">What to write.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Write(Corpus corpus, CorpusExportOptions options)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(corpus, writer, options);
        return writer.ToString();
    }

    /// <summary>Writes the tidy CSV to a file atomically (temporary file, then moved into place).</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="path">The file path.</param>
    /// <param name="includeText">Whether to include the segment text.</param>
    /// <param name="includeDirectIdentifiers">Whether to include direct identifiers.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written; the target is left unchanged.</exception>
    public static void WriteFile(Corpus corpus, string path, bool includeText = true, bool includeDirectIdentifiers = false) =>
        WriteFile(corpus, path, CorpusExportOptions.Default with { IncludeText = includeText, IncludeDirectIdentifiers = includeDirectIdentifiers });

    /// <summary>Writes the tidy CSV to a file atomically with the given options.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="path">The file path.</param>
    /// <param name="options">What to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written; the target is left unchanged.</exception>
    public static void WriteFile(Corpus corpus, string path, CorpusExportOptions options)
    {
        Guard.Against.Null(corpus);
        Guard.Against.Null(options);
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
            Write(corpus, writer, options);
        });
    }

    /// <summary>Writes records as tidy CSV, formula cells neutralised.</summary>
    /// <param name="records">The records.</param>
    /// <param name="writer">The destination.</param>
    /// <param name="includeSpeakerName">Whether to write the <c>speaker_name</c> column.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="records"/> holds a null element.</exception>
    public static void WriteRecords(IEnumerable<CodingRecord> records, TextWriter writer, bool includeSpeakerName = false) =>
        WriteRecords(records, writer, includeSpeakerName, neutraliseFormulas: true);

    /// <summary>Writes records as tidy CSV.</summary>
    /// <param name="records">The records (positions in code points, as <see cref="CodingRecord"/> holds them).</param>
    /// <param name="writer">The destination.</param>
    /// <param name="includeSpeakerName">Whether to write the <c>speaker_name</c> column.</param>
    /// <param name="neutraliseFormulas">Whether cells that a spreadsheet would run as formulas get a leading
    /// apostrophe (<see cref="CsvFormulaGuard"/>); false writes every cell as it is, for programs that read the CSV as data.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="records"/> holds a null element.</exception>
    public static void WriteRecords(IEnumerable<CodingRecord> records, TextWriter writer, bool includeSpeakerName, bool neutraliseFormulas)
    {
        Guard.Against.NullElements(records);
        Guard.Against.Null(writer);
        var list = records.ToList();
        var variables = list.SelectMany(r => r.Variables.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        // Quote every field that holds a quote, a delimiter (also ';' for German Excel), any line-break character or
        // leading/trailing white space: CsvHelper's default only looks for the configured CRLF, not a lone CR or LF.
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n", ShouldQuote = static args => NeedsQuotes(args.Field) };
        using var csv = new CsvWriter(writer, config, leaveOpen: true);
        void Cell(string? value) => csv.WriteField(value is null ? string.Empty : neutraliseFormulas ? CsvFormulaGuard.Neutralise(value) : value);
        foreach (var column in FixedColumns)
        {
            csv.WriteField(column);
        }
        if (includeSpeakerName)
        {
            csv.WriteField("speaker_name");
        }
        foreach (var v in variables)
        {
            Cell("var_" + v);
        }
        csv.NextRecord();
        foreach (var r in list)
        {
            Cell(r.DocumentId);
            csv.WriteField(r.Start.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(r.End.ToString(CultureInfo.InvariantCulture));
            Cell(r.Text);
            Cell(r.CodeId);
            Cell(r.CodeLabelEnglish);
            Cell(r.CodeLabelGerman);
            Cell(r.CoderId);
            Cell(r.Memo);
            Cell(r.Perspective);
            Cell(r.AdministrativeRole);
            Cell(r.OrganisationId);
            Cell(r.InterviewDate);
            Cell(r.Language);
            Cell(r.SpeakerId);
            if (includeSpeakerName)
            {
                Cell(r.SpeakerName);
            }
            foreach (var v in variables)
            {
                Cell(r.Variables.TryGetValue(v, out var value) ? value : null);
            }
            csv.NextRecord();
        }
        csv.Flush();
    }

    /// <summary>Reads a tidy coding CSV (comma or semicolon, optional UTF-8 BOM).</summary>
    /// <param name="stream">The CSV bytes.</param>
    /// <returns>The records, in file order, each with its line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="CorpusCsvException">The CSV is malformed; the message names the line and, for a bad field, the column.</exception>
    public static ImmutableArray<CodingRecord> Read(Stream stream)
    {
        Guard.Against.Null(stream);
        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            stream.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        using var reader = new StringReader(DecodeStrict(bytes, start));
        return Read(reader);
    }

    // Decodes UTF-8 strictly; invalid bytes are reported with their 1-based line (a '\n' byte never occurs inside a
    // multi-byte sequence, so lines can be told apart before decoding).
    private static string DecodeStrict(byte[] bytes, int start)
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        try
        {
            return strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            int line = 1;
            int lineStart = start;
            for (int i = start; i <= bytes.Length; i++)
            {
                if (i == bytes.Length || bytes[i] == (byte)'\n')
                {
                    try
                    {
                        _ = strict.GetCharCount(bytes, lineStart, i - lineStart);
                    }
                    catch (DecoderFallbackException ex)
                    {
                        throw new CorpusCsvException(line, "the line is not valid UTF-8.", ex);
                    }
                    line++;
                    lineStart = i + 1;
                }
            }
            throw;
        }
    }

    /// <summary>Reads a tidy coding CSV from text.</summary>
    /// <param name="csvText">The CSV text.</param>
    /// <returns>The records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csvText"/> is null.</exception>
    /// <exception cref="CorpusCsvException">The CSV is malformed; the message names the line and, for a bad field, the column.</exception>
    public static ImmutableArray<CodingRecord> Read(string csvText)
    {
        Guard.Against.Null(csvText);
        using var reader = new StringReader(csvText.StartsWith('\uFEFF') ? csvText[1..] : csvText);
        return Read(reader);
    }

    /// <summary>Reads a tidy coding CSV from a reader.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="CorpusCsvException">The CSV is malformed; the message names the line and, for a bad field, the column.</exception>
    public static ImmutableArray<CodingRecord> Read(TextReader reader)
    {
        Guard.Against.Null(reader);
        string all;
        try
        {
            all = reader.ReadToEnd();
        }
        catch (DecoderFallbackException ex)
        {
            throw new CorpusCsvException("The file is not valid UTF-8 (line unknown: the reader decodes ahead).", ex);
        }
        if (all.StartsWith('\uFEFF'))
        {
            all = all[1..];
        }
        // The delimiter is decided by the header alone (a semicolon header as German Excel writes it), never by the
        // data, whose text may hold either character.
        int firstBreak = all.IndexOfAny(['\r', '\n']);
        string headerLine = firstBreak < 0 ? all : all[..firstBreak];
        char delimiter = !headerLine.Contains(',', StringComparison.Ordinal) && headerLine.Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var parser = new CsvRecordReader(all, delimiter);
        var fields = new List<CsvField>();
        if (!parser.TryRead(fields, out _) || IsBlank(fields))
        {
            throw new CorpusCsvException(1, "the file is empty; expected a header with at least document, start, end, code, coder.");
        }
        // Header names are trimmed (a documented normalisation: "document ; start" is the same header).
        string[] header = [.. fields.Select(f => f.Value.Trim())];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < header.Length; i++)
        {
            if (!index.TryAdd(header[i], i))
            {
                throw new CorpusCsvException(1, i + 1, header[i], $"the column '{EchoedText.Shorten(header[i])}' appears twice (first in column {index[header[i]] + 1}).");
            }
        }
        foreach (var required in new[] { "document", "start", "end", "code", "coder" })
        {
            if (!index.ContainsKey(required))
            {
                throw new CorpusCsvException(1, $"the required column '{required}' is missing (found: {EchoedText.Shorten(string.Join(", ", header))}).");
            }
        }
        parser.Header = header;
        var variableColumns = index.Where(p => p.Key.StartsWith("var_", StringComparison.Ordinal) && p.Key.Length > 4).OrderBy(p => p.Value).ToList();
        var builder = ImmutableArray.CreateBuilder<CodingRecord>();
        while (parser.TryRead(fields, out int line))
        {
            if (IsBlank(fields))
            {
                continue;
            }
            CheckFieldCount(parser, fields, header.Length, line, delimiter);
            string? Field(string name) => index.TryGetValue(name, out int i) ? Empty(CsvFormulaGuard.Restore(fields[i].Value)) : null;
            CorpusCsvException At(string name, string message)
            {
                int i = index[name];
                return parser.Error(fields[i].Line, i + 1, message + MultiLineHint(fields));
            }
            string Required(string name) => Field(name) ?? throw At(name, $"the field '{name}' is empty.");
            int Integer(string name) => int.TryParse(Required(name), NumberStyles.None, CultureInfo.InvariantCulture, out int v)
                ? v : throw At(name, $"'{EchoedText.Shorten(Field(name)!)}' is not a non-negative whole number.");
            string? Id(string name, bool required)
            {
                string? id = required ? Required(name) : Field(name);
                if (id is not null && IdProblem(id) is { } problem)
                {
                    throw At(name, problem);
                }
                return id;
            }
            string documentId = Id("document", required: true)!;
            int start = Integer("start");
            int end = Integer("end");
            if (end <= start)
            {
                throw At("end", string.Create(CultureInfo.InvariantCulture, $"the segment [{start}, {end}) is empty or reversed; end must be greater than start."));
            }
            string codeId = Id("code", required: true)!;
            if (!CodeIds.IsValid(codeId))
            {
                throw At("code", $"'{EchoedText.Shorten(codeId)}' is not a valid code id.");
            }
            string coderId = Id("coder", required: true)!;
            string? perspective = Field("perspective");
            if (perspective is not null && !SocialSecurityVocabulary.Perspectives.TryParse(perspective, out _))
            {
                throw At("perspective", $"unknown perspective '{EchoedText.Shorten(perspective)}'; {SocialSecurityVocabulary.Perspectives.Suggest(perspective)} Known: {SocialSecurityVocabulary.Perspectives.KnownIds()}.");
            }
            var variables = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach (var column in variableColumns)
            {
                if (Field(column.Key) is { } value)
                {
                    variables[column.Key[4..]] = value;
                }
            }
            builder.Add(new CodingRecord(
                documentId, start, end, Field("text"), codeId, Field("code_label_en"), Field("code_label_de"), coderId, Field("memo"),
                perspective, Field("administrative_role"), Id("organisation", required: false), Field("interview_date"), Field("language"), Id("speaker", required: false),
                Field("speaker_name"), variables.ToImmutable(), line));
        }
        return builder.ToImmutable();
    }

    // A line with nothing but white space on it (one unquoted field) is skipped.
    private static bool IsBlank(List<CsvField> fields) => fields.Count == 1 && !fields[0].Quoted && string.IsNullOrWhiteSpace(fields[0].Value);

    // Every row has exactly as many fields as the header: extra fields are never dropped, missing ones never invented.
    private static void CheckFieldCount(CsvRecordReader parser, List<CsvField> fields, int columns, int line, char delimiter)
    {
        if (fields.Count > columns)
        {
            throw parser.Error(fields[columns].Line, columns + 1, string.Create(CultureInfo.InvariantCulture,
                $"the row has {Fields(fields.Count)} but the header has {columns} columns; quote a field that holds the delimiter '{delimiter}'.") + MultiLineHint(fields));
        }
        if (fields.Count < columns)
        {
            throw parser.Error(fields[^1].EndLine, fields.Count + 1, string.Create(CultureInfo.InvariantCulture,
                $"the row has {Fields(fields.Count)} but the header has {columns} columns; write an empty field for an absent value.") + MultiLineHint(fields));
        }
    }

    private static string Fields(int count) => count == 1 ? "1 field" : string.Create(CultureInfo.InvariantCulture, $"{count} fields");

    // When a quoted field of the row spans lines, the true cause is often a quote opened there and closed much later.
    private static string MultiLineHint(List<CsvField> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (fields[i].EndLine > fields[i].Line)
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $" (The quoted field in column {i + 1} runs from line {fields[i].Line} to line {fields[i].EndLine}; is a quote there left open?)");
            }
        }
        return string.Empty;
    }

    // Ids (document, code, coder, speaker, organisation) are compared exactly, so white space at either end would make
    // a second coder or document, and control characters break tables and terminals: both are refused, never trimmed.
    private static string? IdProblem(string id)
    {
        for (int i = 0; i < id.Length; i++)
        {
            char c = id[i];
            if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"the id holds the control character U+{(int)c:X4} at character {i + 1}; ids must not hold control, line-break or bidirectional formatting characters.");
            }
        }
        if (char.IsWhiteSpace(id[0]) || char.IsWhiteSpace(id[^1]))
        {
            return $"the id '{EchoedText.Shorten(id)}' begins or ends with white space; ids are compared exactly, so it would differ from '{EchoedText.Shorten(id.Trim())}': remove the white space.";
        }
        return null;
    }

    /// <summary>
    /// Adds the codings of CSV records to a corpus that holds the documents (for example one imported from a
    /// <c>.qdpx</c> or built by a script); attributes in the records are not applied.
    /// </summary>
    /// <param name="corpus">The corpus with the documents and codebook.</param>
    /// <param name="records">The records.</param>
    /// <returns>The corpus with the codings added.</returns>
    /// <exception cref="ArgumentNullException">An argument is or holds null.</exception>
    /// <exception cref="CorpusCsvException">A record names an unknown document or code, lies beyond the text (positions
    /// count code points, see <see cref="CodingRecord"/>), or repeats a coding; the message names its line.</exception>
    public static Corpus ApplyTo(Corpus corpus, IEnumerable<CodingRecord> records)
    {
        Guard.Against.Null(corpus);
        Guard.Against.NullElements(records);
        var offsets = new Dictionary<string, CodePointOffsets>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            if (!corpus.TryGetDocument(r.DocumentId, out var document))
            {
                string hint = IdSuggestions.Text(IdSuggestions.Suggest(r.DocumentId, corpus.Documents.Select(d => d.Id)));
                throw new CorpusCsvException(r.Line, $"the corpus has no document '{EchoedText.Shorten(r.DocumentId)}'{(hint.Length == 0 ? "." : "; " + hint)}");
            }
            if (!offsets.TryGetValue(document.Id, out var map))
            {
                map = CodePointOffsets.Of(document.Text);
                offsets.Add(document.Id, map);
            }
            int start = map.FromCodePoints(r.Start);
            int end = map.FromCodePoints(r.End);
            if (end > map.Utf16Length)
            {
                throw new CorpusCsvException(r.Line, string.Create(CultureInfo.InvariantCulture,
                    $"the segment [{r.Start}, {r.End}) lies beyond the end of document '{EchoedText.Shorten(document.Id)}' ({map.CodePointLength} characters, counted in code points)."));
            }
            try
            {
                corpus = corpus.Code(r.DocumentId, start, end, r.CodeId, r.CoderId, r.Memo);
            }
            catch (Exception ex) when (ex is ArgumentException or KeyNotFoundException)
            {
                throw new CorpusCsvException(r.Line, ex.Message, ex);
            }
        }
        return corpus;
    }

    private static bool NeedsQuotes(string? field) =>
        field is { Length: > 0 } f && (f.AsSpan().IndexOfAny("\",;\r\n") >= 0 || char.IsWhiteSpace(f[0]) || char.IsWhiteSpace(f[^1]));

    private static string? Empty(string? field) => string.IsNullOrEmpty(field) ? null : field;
}
