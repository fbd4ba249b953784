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
/// only when direct identifiers are included, then <c>var_&lt;name&gt;</c> for each free variable (ordinal order). Empty
/// fields mean "absent". UTF-8 without byte-order mark, comma, CRLF line ends, fields quoted when needed.</para>
/// <para>Reading accepts the same layout with a comma or semicolon delimiter (German Excel) and an optional UTF-8
/// byte-order mark; only <c>document, start, end, code, coder</c> are required, other columns may be absent or in any
/// order, unknown columns are ignored. Errors name the line (<see cref="CorpusCsvException"/>); reading is
/// all-or-nothing.</para>
/// </remarks>
public static class CorpusCsv
{
    private static readonly string[] FixedColumns =
        ["document", "start", "end", "text", "code", "code_label_en", "code_label_de", "coder", "memo", "perspective", "administrative_role", "organisation", "interview_date", "language", "speaker"];

    /// <summary>Writes the codings of a corpus as tidy CSV.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="writer">The destination.</param>
    /// <param name="includeText">Whether to include the segment text.</param>
    /// <param name="includeDirectIdentifiers">Whether to include speaker names (off unless the caller opts in).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Corpus corpus, TextWriter writer, bool includeText = true, bool includeDirectIdentifiers = false)
    {
        Preconditions.CheckNotNull(corpus);
        Preconditions.CheckNotNull(writer);
        WriteRecords(CodingRecord.FromCorpus(corpus, includeText, includeDirectIdentifiers), writer, includeDirectIdentifiers);
    }

    /// <summary>Writes the codings of a corpus as tidy CSV into a string.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="includeText">Whether to include the segment text.</param>
    /// <param name="includeDirectIdentifiers">Whether to include speaker names.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="corpus"/> is null.</exception>
    public static string Write(Corpus corpus, bool includeText = true, bool includeDirectIdentifiers = false)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(corpus, writer, includeText, includeDirectIdentifiers);
        return writer.ToString();
    }

    /// <summary>Writes the tidy CSV to a file atomically (temporary file, then moved into place).</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="path">The file path.</param>
    /// <param name="includeText">Whether to include the segment text.</param>
    /// <param name="includeDirectIdentifiers">Whether to include speaker names.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written; the target is left unchanged.</exception>
    public static void WriteFile(Corpus corpus, string path, bool includeText = true, bool includeDirectIdentifiers = false)
    {
        Preconditions.CheckNotNull(corpus);
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
            Write(corpus, writer, includeText, includeDirectIdentifiers);
        });
    }

    /// <summary>Writes records as tidy CSV.</summary>
    /// <param name="records">The records.</param>
    /// <param name="writer">The destination.</param>
    /// <param name="includeSpeakerName">Whether to write the <c>speaker_name</c> column.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="records"/> holds a null element.</exception>
    public static void WriteRecords(IEnumerable<CodingRecord> records, TextWriter writer, bool includeSpeakerName = false)
    {
        Preconditions.CheckNoNullElements(records);
        Preconditions.CheckNotNull(writer);
        var list = records.ToList();
        var variables = list.SelectMany(r => r.Variables.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        // Quote every field that holds a quote, a delimiter (also ';' for German Excel), any line-break character or
        // leading/trailing white space: CsvHelper's default only looks for the configured CRLF, not a lone CR or LF.
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n", ShouldQuote = static args => NeedsQuotes(args.Field) };
        using var csv = new CsvWriter(writer, config, leaveOpen: true);
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
            csv.WriteField("var_" + v);
        }
        csv.NextRecord();
        foreach (var r in list)
        {
            csv.WriteField(r.DocumentId);
            csv.WriteField(r.Start.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(r.End.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(r.Text ?? string.Empty);
            csv.WriteField(r.CodeId);
            csv.WriteField(r.CodeLabelEnglish ?? string.Empty);
            csv.WriteField(r.CodeLabelGerman ?? string.Empty);
            csv.WriteField(r.CoderId);
            csv.WriteField(r.Memo ?? string.Empty);
            csv.WriteField(r.Perspective ?? string.Empty);
            csv.WriteField(r.AdministrativeRole ?? string.Empty);
            csv.WriteField(r.OrganisationId ?? string.Empty);
            csv.WriteField(r.InterviewDate ?? string.Empty);
            csv.WriteField(r.Language ?? string.Empty);
            csv.WriteField(r.SpeakerId ?? string.Empty);
            if (includeSpeakerName)
            {
                csv.WriteField(r.SpeakerName ?? string.Empty);
            }
            foreach (var v in variables)
            {
                csv.WriteField(r.Variables.TryGetValue(v, out var value) ? value : string.Empty);
            }
            csv.NextRecord();
        }
        csv.Flush();
    }

    /// <summary>Reads a tidy coding CSV (comma or semicolon, optional UTF-8 BOM).</summary>
    /// <param name="stream">The CSV bytes.</param>
    /// <returns>The records, in file order, each with its line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="CorpusCsvException">The CSV is malformed; the message names the line.</exception>
    public static ImmutableArray<CodingRecord> Read(Stream stream)
    {
        Preconditions.CheckNotNull(stream);
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
    /// <exception cref="CorpusCsvException">The CSV is malformed; the message names the line.</exception>
    public static ImmutableArray<CodingRecord> Read(string csvText)
    {
        Preconditions.CheckNotNull(csvText);
        using var reader = new StringReader(csvText.StartsWith('\uFEFF') ? csvText[1..] : csvText);
        return Read(reader);
    }

    /// <summary>Reads a tidy coding CSV from a reader.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>The records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="CorpusCsvException">The CSV is malformed; the message names the line.</exception>
    public static ImmutableArray<CodingRecord> Read(TextReader reader)
    {
        Preconditions.CheckNotNull(reader);
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
        string delimiter = !headerLine.Contains(',', StringComparison.Ordinal) && headerLine.Contains(';', StringComparison.Ordinal) ? ";" : ",";
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            BadDataFound = null,
            MissingFieldFound = null,
        };
        try
        {
            using var csv = new CsvReader(new StringReader(all), config);
            if (!csv.Read() || !csv.ReadHeader())
            {
                throw new CorpusCsvException(1, "the file is empty; expected a header with at least document, start, end, code, coder.");
            }
            string[] header = csv.HeaderRecord ?? [];
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < header.Length; i++)
            {
                string name = header[i].Trim();
                if (!index.TryAdd(name, i))
                {
                    throw new CorpusCsvException(1, $"the column '{name}' appears twice.");
                }
            }
            foreach (var required in new[] { "document", "start", "end", "code", "coder" })
            {
                if (!index.ContainsKey(required))
                {
                    throw new CorpusCsvException(1, $"the required column '{required}' is missing (found: {string.Join(", ", header)}).");
                }
            }
            var variableColumns = index.Where(p => p.Key.StartsWith("var_", StringComparison.Ordinal) && p.Key.Length > 4).OrderBy(p => p.Value).ToList();
            var builder = ImmutableArray.CreateBuilder<CodingRecord>();
            while (csv.Read())
            {
                int line = csv.Parser.RawRow;
                string? Field(string name) => index.TryGetValue(name, out int i) && i < csv.Parser.Count ? Empty(csv.Parser[i]) : null;
                string Required(string name) => Field(name) ?? throw new CorpusCsvException(line, $"the field '{name}' is empty.");
                int Integer(string name) => int.TryParse(Required(name), NumberStyles.None, CultureInfo.InvariantCulture, out int v)
                    ? v : throw new CorpusCsvException(line, $"'{Field(name)}' in column '{name}' is not a non-negative whole number.");
                if (csv.Parser.Count == 1 && string.IsNullOrWhiteSpace(csv.Parser[0]))
                {
                    continue;
                }
                int start = Integer("start");
                int end = Integer("end");
                if (end <= start)
                {
                    throw new CorpusCsvException(line, string.Create(CultureInfo.InvariantCulture, $"the segment [{start}, {end}) is empty or reversed; end must be greater than start."));
                }
                string documentId = Required("document");
                string codeId = Required("code");
                if (!CodeIds.IsValid(codeId))
                {
                    throw new CorpusCsvException(line, $"'{codeId}' is not a valid code id.");
                }
                string? perspective = Field("perspective");
                if (perspective is not null && !SocialSecurityVocabulary.Perspectives.TryParse(perspective, out _))
                {
                    throw new CorpusCsvException(line, $"unknown perspective '{perspective}'; {SocialSecurityVocabulary.Perspectives.Suggest(perspective)} Known: {SocialSecurityVocabulary.Perspectives.KnownIds()}.");
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
                    documentId, start, end, Field("text"), codeId, Field("code_label_en"), Field("code_label_de"), Required("coder"), Field("memo"),
                    perspective, Field("administrative_role"), Field("organisation"), Field("interview_date"), Field("language"), Field("speaker"),
                    Field("speaker_name"), variables.ToImmutable(), line));
            }
            return builder.ToImmutable();
        }
        catch (CsvHelperException ex)
        {
            int line = ex.Context?.Parser?.RawRow ?? 0;
            throw new CorpusCsvException(line, $"the CSV is malformed: {ex.Message.Split('\n')[0]}", ex);
        }
    }

    /// <summary>
    /// Adds the codings of CSV records to a corpus that holds the documents (for example one imported from a
    /// <c>.qdpx</c> or built by a script); attributes in the records are not applied.
    /// </summary>
    /// <param name="corpus">The corpus with the documents and codebook.</param>
    /// <param name="records">The records.</param>
    /// <returns>The corpus with the codings added.</returns>
    /// <exception cref="ArgumentNullException">An argument is or holds null.</exception>
    /// <exception cref="CorpusCsvException">A record names an unknown document or code, lies beyond the text, or
    /// repeats a coding; the message names its line.</exception>
    public static Corpus ApplyTo(Corpus corpus, IEnumerable<CodingRecord> records)
    {
        Preconditions.CheckNotNull(corpus);
        Preconditions.CheckNoNullElements(records);
        foreach (var r in records)
        {
            try
            {
                corpus = corpus.Code(r.DocumentId, r.Start, r.End, r.CodeId, r.CoderId, r.Memo);
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
