using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using MoDomain.Coding;
using MoDomain.Vocabulary;

namespace MoDomain.Interop;

/// <summary>Shared XML handling of the REFI-QDA readers and writers: safe reading, writer settings and the code mapping.</summary>
internal static class RefiXml
{
    internal const string CodebookNamespace = "urn:QDA-XML:codebook:1.0";
    internal const string ProjectNamespace = "urn:QDA-XML:project:1.0";
    internal const string Origin = "MoDomain";

    // The machine-readable trailer MoDomain appends to a code description so that id and both labels survive a round trip.
    private const string TrailerMarker = "\n\n[MoDomain]";

    internal static XmlReaderSettings ReaderSettings => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    internal static XmlWriterSettings WriterSettings => new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
    };

    internal static XDocument Load(Stream stream, string what)
    {
        try
        {
            using var reader = XmlReader.Create(stream, ReaderSettings);
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException ex)
        {
            throw new InvalidDataException($"{what} is not well-formed XML or uses a DTD (not allowed): {ex.Message}", ex);
        }
    }

    internal static string Guid(Guid guid) => guid.ToString("D", CultureInfo.InvariantCulture).ToUpperInvariant();

    internal static string Description(Code code)
    {
        var sb = new StringBuilder();
        if (code.Description is not null)
        {
            sb.Append(code.Description);
        }
        sb.Append(TrailerMarker)
          .Append("\nid: ").Append(code.Id)
          .Append("\nlabel-en: ").Append(OneLine(code.Label.English))
          .Append("\nlabel-de: ").Append(OneLine(code.Label.German))
          .Append("\nsource: ").Append(OneLine(code.Source));
        return sb.ToString().TrimStart('\n');
    }

    internal static void WriteCode(XmlWriter writer, Codebook codebook, Code code, string ns, Language nameLanguage)
    {
        writer.WriteStartElement("Code", ns);
        writer.WriteAttributeString("guid", Guid(code.CodeGuid));
        writer.WriteAttributeString("name", code.Label.In(nameLanguage));
        writer.WriteAttributeString("isCodable", code.IsCodable ? "true" : "false");
        if (code.Colour is not null)
        {
            writer.WriteAttributeString("color", code.Colour);
        }
        writer.WriteElementString("Description", ns, Description(code));
        foreach (var child in codebook.ChildrenOf(code.Id))
        {
            WriteCode(writer, codebook, child, ns, nameLanguage);
        }
        writer.WriteEndElement();
    }

    /// <summary>Reads a <c>Code</c> element tree (codebook or project namespace) into codes, parents first.</summary>
    internal static void ReadCodes(XElement codes, XNamespace ns, List<Code> result, Dictionary<string, string> idByGuid, RefiImportReport.Builder report)
    {
        var used = new HashSet<string>(result.Select(c => c.Id), StringComparer.Ordinal);
        foreach (var element in codes.Elements(ns + "Code"))
        {
            ReadCode(element, ns, null, result, idByGuid, used, report);
        }
    }

    private static void ReadCode(XElement element, XNamespace ns, string? parentId, List<Code> result, Dictionary<string, string> idByGuid, HashSet<string> used, RefiImportReport.Builder report)
    {
        string guid = NormaliseGuid((string?)element.Attribute("guid") ?? throw new InvalidDataException("A Code element has no guid."));
        string name = (string?)element.Attribute("name") ?? throw new InvalidDataException($"Code {guid} has no name.");
        bool codable = !string.Equals((string?)element.Attribute("isCodable"), "false", StringComparison.OrdinalIgnoreCase)
            && !string.Equals((string?)element.Attribute("isCodable"), "0", StringComparison.Ordinal);
        string? colour = (string?)element.Attribute("color");
        if (colour is not null && colour.Length == 4 && colour[0] == '#')
        {
            colour = string.Concat("#", new string(colour[1], 2), new string(colour[2], 2), new string(colour[3], 2));
        }
        if (colour is not null && !Code.IsValidColour(colour))
        {
            report.Ignore($"code '{name}': colour '{colour}' is not #RRGGBB and was dropped");
            colour = null;
        }
        string? description = (string?)element.Element(ns + "Description");
        var (id, english, german, source, text) = ParseTrailer(description);
        if (id is null || used.Contains(id) || !CodeIds.IsValid(id))
        {
            id = UniqueSlug(name, used);
            if (NormaliseGuid(Guid(NameBasedGuid.ForCode(id))) != guid)
            {
                report.Note($"code '{name}' (guid {guid}) was given the id '{id}'; MoDomain will export it with the GUID derived from that id");
            }
        }
        used.Add(id);
        idByGuid[guid] = id;
        if (element.Elements(ns + "NoteRef").Any())
        {
            report.Ignore($"code '{name}': notes attached to the code");
        }
        result.Add(new Code(id, new LocalizedText(english ?? name, german ?? name), text, parentId, colour?.ToUpperInvariant(), source, codable));
        foreach (var child in element.Elements(ns + "Code"))
        {
            ReadCode(child, ns, id, result, idByGuid, used, report);
        }
    }

    internal static string NormaliseGuid(string guid) =>
        System.Guid.TryParse(guid.Trim(), out var g) ? Guid(g) : throw new InvalidDataException($"'{guid}' is not a GUID.");

    private static (string? Id, string? English, string? German, string? Source, string? Text) ParseTrailer(string? description)
    {
        if (description is null)
        {
            return (null, null, null, null, null);
        }
        string normalised = description.Replace("\r\n", "\n", StringComparison.Ordinal);
        int at = normalised.LastIndexOf("[MoDomain]", StringComparison.Ordinal);
        if (at < 0)
        {
            return (null, null, null, null, string.IsNullOrWhiteSpace(description) ? null : description);
        }
        string? id = null, en = null, de = null, source = null;
        foreach (var line in normalised[(at + "[MoDomain]".Length)..].Split('\n'))
        {
            int colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }
            string value = line[(colon + 2)..];
            switch (line[..colon])
            {
                case "id": id = value; break;
                case "label-en": en = value; break;
                case "label-de": de = value; break;
                case "source": source = value; break;
                default: break;
            }
        }
        string text = normalised[..at].TrimEnd('\n');
        return (id, Blank(en), Blank(de), Blank(source), text.Length == 0 ? null : text);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static string OneLine(string text) => text.Replace('\n', ' ').Replace('\r', ' ');

    // A kebab-case id from a free name: German letters transliterated, everything else to hyphens.
    internal static string UniqueSlug(string name, HashSet<string> used)
    {
        var sb = new StringBuilder();
        foreach (char raw in name.ToLowerInvariant())
        {
            string piece = raw switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                _ when raw is (>= 'a' and <= 'z') or (>= '0' and <= '9') => raw.ToString(),
                _ => "-",
            };
            sb.Append(piece);
        }
        string slug = string.Join('-', sb.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (slug.Length == 0)
        {
            slug = "code";
        }
        slug = "imported:" + slug;
        string candidate = slug;
        for (int i = 2; used.Contains(candidate); i++)
        {
            candidate = string.Create(CultureInfo.InvariantCulture, $"{slug}-{i}");
        }
        return candidate;
    }
}
