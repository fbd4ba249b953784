using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using MoDomain.Coding;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.Interop;

/// <summary>
/// Reads and writes REFI-QDA codebooks (<c>.qdc</c>, namespace <c>urn:QDA-XML:codebook:1.0</c>), the codebook exchange
/// format of MAXQDA, ATLAS.ti, NVivo, QualCoder and others.
/// </summary>
/// <remarks>
/// <para>Writing: the hierarchy becomes nested <c>Code</c> elements with the deterministic GUIDs of the codes
/// (<see cref="Code.CodeGuid"/>), so the same codebook always gives the same bytes. The <c>name</c> is the label in
/// the chosen language; the <c>Description</c> holds the description. Only when the caller asks
/// (<see cref="RefiExportOptions.IncludeMoDomainBlock"/>) is a small <c>[MoDomain]</c> block with the id, both labels
/// and the source appended, so a MoDomain round trip loses nothing. Any depth of hierarchy is written without
/// recursion; a hierarchy deeper than 32 levels is written without indentation, so the file stays linear in size.</para>
/// <para>Reading: XML with a DTD is refused (DTD processing prohibited, no resolver), and so is XML larger or more deeply
/// nested than <see cref="RefiImportLimits"/> allow. Two codes with the same GUID are an error. Codes written by other
/// programs (or by MoDomain without the block) get an id <c>imported:&lt;name&gt;</c> (numbered when a name repeats)
/// and the name as both labels; <c>Sets</c> are not modelled and listed in the report.</para>
/// </remarks>
public static class RefiCodebook
{
    /// <summary>Writes a codebook as <c>.qdc</c> XML.</summary>
    /// <param name="codebook">The codebook (at least one code: the schema requires it).</param>
    /// <param name="stream">The destination.</param>
    /// <param name="nameLanguage">The language of the code names other programs show.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The codebook is empty.</exception>
    public static void Write(Codebook codebook, Stream stream, Language nameLanguage = Language.German) =>
        Write(codebook, stream, new RefiExportOptions(nameLanguage: nameLanguage));

    /// <summary>Writes a codebook as <c>.qdc</c> XML with the given options.</summary>
    /// <param name="codebook">The codebook (at least one code: the schema requires it).</param>
    /// <param name="stream">The destination.</param>
    /// <param name="options">The options; <see cref="RefiExportOptions.NameLanguage"/> and
    /// <see cref="RefiExportOptions.IncludeMoDomainBlock"/> apply.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The codebook is empty.</exception>
    public static void Write(Codebook codebook, Stream stream, RefiExportOptions options)
    {
        Guard.Against.Null(codebook);
        Guard.Against.Null(stream);
        Guard.Against.Null(options);
        Guard.Against.Unsatisfied(codebook.Count > 0, "A REFI-QDA codebook needs at least one code.", nameof(codebook));
        using var writer = XmlWriter.Create(stream, RefiXml.WriterSettingsFor(codebook));
        writer.WriteStartDocument();
        writer.WriteStartElement("CodeBook", RefiXml.CodebookNamespace);
        writer.WriteAttributeString("origin", RefiXml.Origin);
        writer.WriteStartElement("Codes", RefiXml.CodebookNamespace);
        RefiXml.WriteCodes(writer, codebook, RefiXml.CodebookNamespace, options.NameLanguage, options.IncludeMoDomainBlock);
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    /// <summary>Writes a codebook as <c>.qdc</c> XML text.</summary>
    /// <param name="codebook">The codebook.</param>
    /// <param name="nameLanguage">The language of the code names.</param>
    /// <returns>The XML.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="codebook"/> is null.</exception>
    /// <exception cref="ArgumentException">The codebook is empty.</exception>
    public static string Write(Codebook codebook, Language nameLanguage = Language.German) =>
        Write(codebook, new RefiExportOptions(nameLanguage: nameLanguage));

    /// <summary>Writes a codebook as <c>.qdc</c> XML text with the given options.</summary>
    /// <param name="codebook">The codebook.</param>
    /// <param name="options">The options (see <see cref="Write(Codebook, Stream, RefiExportOptions)"/>).</param>
    /// <returns>The XML.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The codebook is empty.</exception>
    public static string Write(Codebook codebook, RefiExportOptions options)
    {
        using var stream = new MemoryStream();
        Write(codebook, stream, options);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes a codebook to a <c>.qdc</c> file atomically.</summary>
    /// <param name="codebook">The codebook.</param>
    /// <param name="path">The file path.</param>
    /// <param name="nameLanguage">The language of the code names.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The codebook is empty.</exception>
    /// <exception cref="IOException">The file cannot be written; the target is unchanged.</exception>
    public static void WriteFile(Codebook codebook, string path, Language nameLanguage = Language.German) =>
        WriteFile(codebook, path, new RefiExportOptions(nameLanguage: nameLanguage));

    /// <summary>Writes a codebook to a <c>.qdc</c> file atomically, with the given options.</summary>
    /// <param name="codebook">The codebook.</param>
    /// <param name="path">The file path.</param>
    /// <param name="options">The options (see <see cref="Write(Codebook, Stream, RefiExportOptions)"/>).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The codebook is empty.</exception>
    /// <exception cref="IOException">The file cannot be written; the target is unchanged.</exception>
    public static void WriteFile(Codebook codebook, string path, RefiExportOptions options)
    {
        Guard.Against.Null(codebook);
        Guard.Against.Null(options);
        Guard.Against.Unsatisfied(codebook.Count > 0, "A REFI-QDA codebook needs at least one code.", nameof(codebook));
        AtomicFile.Write(path, stream => Write(codebook, stream, options));
    }

    /// <summary>Reads a <c>.qdc</c> codebook with the default limits.</summary>
    /// <param name="stream">The XML.</param>
    /// <returns>The codebook and the import report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="InvalidDataException">The XML is malformed, uses a DTD, exceeds a limit, has another root or
    /// namespace, a code lacks its guid or name, or two codes share a GUID.</exception>
    public static RefiCodebookImport Read(Stream stream) => Read(stream, RefiImportLimits.Default);

    /// <summary>Reads a <c>.qdc</c> codebook.</summary>
    /// <param name="stream">The XML.</param>
    /// <param name="limits">The limits: <see cref="RefiImportLimits.MaxTotalBytes"/> bounds the size of the XML,
    /// <see cref="RefiImportLimits.MaxDepth"/> its nesting.</param>
    /// <returns>The codebook and the import report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidDataException">See <see cref="Read(Stream)"/>.</exception>
    public static RefiCodebookImport Read(Stream stream, RefiImportLimits limits)
    {
        Guard.Against.Null(stream);
        Guard.Against.Null(limits);
        var document = RefiXml.Load(ReadAll(stream, limits.MaxTotalBytes), "The codebook", limits);
        XNamespace ns = RefiXml.CodebookNamespace;
        var root = document.Root;
        if (root is null || root.Name != ns + "CodeBook")
        {
            throw new InvalidDataException($"The root element is {root?.Name.ToString() ?? "missing"}, not CodeBook in {RefiXml.CodebookNamespace}.");
        }
        var report = new RefiImportReport.Builder();
        var codes = new List<Code>();
        try
        {
            if (root.Element(ns + "Codes") is { } codesElement)
            {
                RefiXml.ReadCodes(codesElement, ns, codes, new Dictionary<string, string>(StringComparer.Ordinal), report);
            }
            foreach (var set in root.Element(ns + "Sets")?.Elements(ns + "Set") ?? [])
            {
                report.Ignore($"code set '{(string?)set.Attribute("name")}' (sets are not modelled)");
            }
            return new RefiCodebookImport(Codebook.Of(codes), report.Build());
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException($"The codebook holds a code MoDomain cannot accept: {ex.Message}", ex);
        }
    }

    /// <summary>Reads a <c>.qdc</c> codebook from XML text.</summary>
    /// <param name="xml">The XML text.</param>
    /// <returns>The codebook and the import report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xml"/> is null.</exception>
    /// <exception cref="InvalidDataException">See <see cref="Read(Stream)"/>.</exception>
    public static RefiCodebookImport Read(string xml)
    {
        Guard.Against.Null(xml);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return Read(stream);
    }

    // The whole stream, at most maxBytes.
    private static byte[] ReadAll(Stream stream, long maxBytes)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"The codebook is larger than {maxBytes} bytes (the import limit); refusing to import."));
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
