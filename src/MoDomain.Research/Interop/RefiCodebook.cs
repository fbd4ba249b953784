using System;
using System.Collections.Generic;
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
/// the chosen language; the <c>Description</c> holds the description followed by a small <c>[MoDomain]</c> block
/// with the id, both labels and the source, so a round trip loses nothing.</para>
/// <para>Reading: XML with a DTD is refused (DTD processing prohibited, no resolver). Codes written by other programs
/// get an id <c>imported:&lt;name&gt;</c> and the name as both labels; <c>Sets</c> are not modelled and listed in the
/// report.</para>
/// </remarks>
public static class RefiCodebook
{
    /// <summary>Writes a codebook as <c>.qdc</c> XML.</summary>
    /// <param name="codebook">The codebook (at least one code: the schema requires it).</param>
    /// <param name="stream">The destination.</param>
    /// <param name="nameLanguage">The language of the code names other programs show.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The codebook is empty.</exception>
    public static void Write(Codebook codebook, Stream stream, Language nameLanguage = Language.German)
    {
        Preconditions.CheckNotNull(codebook);
        Preconditions.CheckNotNull(stream);
        Preconditions.CheckArgument(codebook.Count > 0, "A REFI-QDA codebook needs at least one code.", nameof(codebook));
        using var writer = XmlWriter.Create(stream, RefiXml.WriterSettings);
        writer.WriteStartDocument();
        writer.WriteStartElement("CodeBook", RefiXml.CodebookNamespace);
        writer.WriteAttributeString("origin", RefiXml.Origin);
        writer.WriteStartElement("Codes", RefiXml.CodebookNamespace);
        foreach (var root in codebook.Roots)
        {
            RefiXml.WriteCode(writer, codebook, root, RefiXml.CodebookNamespace, nameLanguage);
        }
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
    public static string Write(Codebook codebook, Language nameLanguage = Language.German)
    {
        using var stream = new MemoryStream();
        Write(codebook, stream, nameLanguage);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes a codebook to a <c>.qdc</c> file atomically.</summary>
    /// <param name="codebook">The codebook.</param>
    /// <param name="path">The file path.</param>
    /// <param name="nameLanguage">The language of the code names.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The codebook is empty.</exception>
    /// <exception cref="IOException">The file cannot be written; the target is unchanged.</exception>
    public static void WriteFile(Codebook codebook, string path, Language nameLanguage = Language.German)
    {
        Preconditions.CheckNotNull(codebook);
        Preconditions.CheckArgument(codebook.Count > 0, "A REFI-QDA codebook needs at least one code.", nameof(codebook));
        AtomicFile.Write(path, stream => Write(codebook, stream, nameLanguage));
    }

    /// <summary>Reads a <c>.qdc</c> codebook.</summary>
    /// <param name="stream">The XML.</param>
    /// <returns>The codebook and the import report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="InvalidDataException">The XML is malformed, uses a DTD, has another root or namespace, or a code lacks its guid or name.</exception>
    public static RefiCodebookImport Read(Stream stream)
    {
        Preconditions.CheckNotNull(stream);
        var document = RefiXml.Load(stream, "The codebook");
        XNamespace ns = RefiXml.CodebookNamespace;
        var root = document.Root;
        if (root is null || root.Name != ns + "CodeBook")
        {
            throw new InvalidDataException($"The root element is {root?.Name.ToString() ?? "missing"}, not CodeBook in {RefiXml.CodebookNamespace}.");
        }
        var report = new RefiImportReport.Builder();
        var codes = new List<Code>();
        if (root.Element(ns + "Codes") is { } codesElement)
        {
            try
            {
                RefiXml.ReadCodes(codesElement, ns, codes, new Dictionary<string, string>(StringComparer.Ordinal), report);
            }
            catch (ArgumentException ex)
            {
                throw new InvalidDataException($"The codebook holds a code MoDomain cannot accept: {ex.Message}", ex);
            }
        }
        foreach (var set in root.Element(ns + "Sets")?.Elements(ns + "Set") ?? [])
        {
            report.Ignore($"code set '{(string?)set.Attribute("name")}' (sets are not modelled)");
        }
        return new RefiCodebookImport(Codebook.Of(codes), report.Build());
    }

    /// <summary>Reads a <c>.qdc</c> codebook from XML text.</summary>
    /// <param name="xml">The XML text.</param>
    /// <returns>The codebook and the import report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xml"/> is null.</exception>
    /// <exception cref="InvalidDataException">See <see cref="Read(Stream)"/>.</exception>
    public static RefiCodebookImport Read(string xml)
    {
        Preconditions.CheckNotNull(xml);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return Read(stream);
    }
}
