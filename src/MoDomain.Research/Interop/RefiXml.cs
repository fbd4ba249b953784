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
    private const string TrailerMarker = "[MoDomain]";

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

    /// <summary>Loads XML safely: no DTD, no resolver, elements at most <see cref="RefiImportLimits.MaxDepth"/> levels deep
    /// (checked in a streaming pass before the tree is built, so nothing later recurses deeper).</summary>
    internal static XDocument Load(byte[] xml, string what, RefiImportLimits limits)
    {
        try
        {
            using (var reader = XmlReader.Create(new MemoryStream(xml, writable: false), ReaderSettings))
            {
                while (reader.Read())
                {
                    if (reader.NodeType == XmlNodeType.Element && reader.Depth >= limits.MaxDepth)
                    {
                        var info = (IXmlLineInfo)reader;
                        throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                            $"{what}: the elements at line {info.LineNumber}, column {info.LinePosition} are nested deeper than {limits.MaxDepth} levels (the import limit); refusing to import."));
                    }
                }
            }
            using var treeReader = XmlReader.Create(new MemoryStream(xml, writable: false), ReaderSettings);
            return XDocument.Load(treeReader, LoadOptions.None);
        }
        catch (XmlException ex)
        {
            throw new InvalidDataException($"{what} is not well-formed XML or uses a DTD (not allowed): {ex.Message}", ex);
        }
    }

    internal static string Guid(Guid guid) => guid.ToString("D", CultureInfo.InvariantCulture).ToUpperInvariant();

    /// <summary>The description written for a code: its own description, with the <c>[MoDomain]</c> block only when asked.</summary>
    internal static string? Description(Code code, bool includeBlock)
    {
        string? text = RefiCodeDescription.Compose(code.Description, code.Guideline);
        if (!includeBlock)
        {
            return text;
        }
        var sb = new StringBuilder();
        if (text is not null)
        {
            sb.Append(text).Append("\n\n");
        }
        sb.Append(TrailerMarker)
          .Append("\nid: ").Append(code.Id)
          .Append("\nlabel-en: ").Append(OneLine(code.Label.English))
          .Append("\nlabel-de: ").Append(OneLine(code.Label.German))
          .Append("\nsource: ").Append(OneLine(code.Source));
        return sb.ToString();
    }

    /// <summary>Writes the codes of a codebook as nested <c>Code</c> elements, parents around their children.</summary>
    /// <remarks>Iterative (an explicit stack of child enumerators), so any depth of hierarchy is written without
    /// recursion. The writer indents only codebooks at most <see cref="MaxIndentedDepth"/> levels deep: indentation
    /// grows with the depth, and a deeper chain would make the file quadratic in its number of codes.</remarks>
    internal static void WriteCodes(XmlWriter writer, Codebook codebook, string ns, Language nameLanguage, bool includeBlock)
    {
        var stack = new Stack<IEnumerator<Code>>();
        stack.Push(codebook.Roots.GetEnumerator());
        while (stack.Count > 0)
        {
            var siblings = stack.Peek();
            if (siblings.MoveNext())
            {
                var code = siblings.Current;
                writer.WriteStartElement("Code", ns);
                writer.WriteAttributeString("guid", Guid(code.CodeGuid));
                writer.WriteAttributeString("name", code.Label.In(nameLanguage));
                writer.WriteAttributeString("isCodable", code.IsCodable ? "true" : "false");
                if (code.Colour is not null)
                {
                    writer.WriteAttributeString("color", code.Colour);
                }
                if (Description(code, includeBlock) is { } description)
                {
                    writer.WriteElementString("Description", ns, description);
                }
                stack.Push(codebook.ChildrenOf(code.Id).GetEnumerator());
            }
            else
            {
                siblings.Dispose();
                stack.Pop();
                if (stack.Count > 0)
                {
                    writer.WriteEndElement();
                }
            }
        }
    }

    /// <summary>The deepest code hierarchy (top-level codes have depth 0) still written with indentation.</summary>
    internal const int MaxIndentedDepth = 32;

    /// <summary>Writer settings for a codebook: indented unless the hierarchy is deeper than <see cref="MaxIndentedDepth"/>.</summary>
    internal static XmlWriterSettings WriterSettingsFor(Codebook codebook)
    {
        var settings = WriterSettings;
        if (MaxDepth(codebook) > MaxIndentedDepth)
        {
            settings.Indent = false;
        }
        return settings;
    }

    // The depth of the deepest code in one pass: the codebook lists parents before their children.
    private static int MaxDepth(Codebook codebook)
    {
        var depth = new Dictionary<string, int>(codebook.Count, StringComparer.Ordinal);
        int max = 0;
        foreach (var code in codebook.Codes)
        {
            int d = code.ParentId is { } parent ? depth[parent] + 1 : 0;
            depth[code.Id] = d;
            max = Math.Max(max, d);
        }
        return max;
    }

    /// <summary>Reads a <c>Code</c> element tree (codebook or project namespace) into codes, parents first.</summary>
    /// <remarks>Iterative (an explicit stack), in document order. Two codes with the same GUID are an error: codings
    /// refer to codes by GUID, so the second would silently take over the first one's codings.</remarks>
    /// <exception cref="InvalidDataException">A code lacks its guid or name, or two codes share a GUID.</exception>
    internal static void ReadCodes(XElement codes, XNamespace ns, List<Code> result, Dictionary<string, string> idByGuid, RefiImportReport.Builder report)
    {
        var used = new UniqueNames(static (slug, n) => string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}"));
        foreach (var code in result)
        {
            used.Claim(code.Id);
        }
        var stack = new Stack<(XElement Element, string? ParentId)>();
        foreach (var element in codes.Elements(ns + "Code").Reverse())
        {
            stack.Push((element, null));
        }
        while (stack.Count > 0)
        {
            var (element, parentId) = stack.Pop();
            string id = ReadCode(element, ns, parentId, result, idByGuid, used, report);
            foreach (var child in element.Elements(ns + "Code").Reverse())
            {
                stack.Push((child, id));
            }
        }
    }

    private static string ReadCode(XElement element, XNamespace ns, string? parentId, List<Code> result, Dictionary<string, string> idByGuid, UniqueNames used, RefiImportReport.Builder report)
    {
        string guid = NormaliseGuid((string?)element.Attribute("guid") ?? throw new InvalidDataException("A Code element has no guid."));
        string name = (string?)element.Attribute("name") ?? throw new InvalidDataException($"Code {guid} has no name.");
        if (idByGuid.TryGetValue(guid, out var earlier))
        {
            throw new InvalidDataException($"Two codes have the GUID {guid} ('{earlier}' and '{name}'); codings refer to codes by GUID, so each code needs its own.");
        }
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
        var (id, english, german, source, described) = ParseTrailer(description);
        var (text, guideline) = RefiCodeDescription.Parse(described);
        if (id is null || used.Contains(id) || !CodeIds.IsValid(id))
        {
            id = used.Claim(Slug(name));
            if (NormaliseGuid(Guid(NameBasedGuid.ForCode(id))) != guid)
            {
                report.Note($"code '{name}' (guid {guid}) was given the id '{id}'; MoDomain will export it with the GUID derived from that id");
            }
        }
        else
        {
            used.Claim(id);
        }
        idByGuid[guid] = id;
        if (element.Elements(ns + "NoteRef").Any())
        {
            report.Ignore($"code '{name}': notes attached to the code");
        }
        result.Add(new Code(id, new LocalizedText(english ?? name, german ?? name), text, parentId, colour?.ToUpperInvariant(), source, codable, guideline));
        return id;
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
        // The block begins a line; escaped lines of the texts begin with a backslash (see RefiCodeDescription).
        int at = normalised.LastIndexOf("\n[MoDomain]", StringComparison.Ordinal);
        at = at >= 0 ? at + 1 : normalised.StartsWith("[MoDomain]", StringComparison.Ordinal) ? 0 : -1;
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
        // The text, without the blank line written before the block (exactly two line feeds, so the text's own
        // trailing line feeds survive).
        string text = normalised[..at];
        text = text.EndsWith("\n\n", StringComparison.Ordinal) ? text[..^2] : text.TrimEnd('\n');
        return (id, Blank(en), Blank(de), Blank(source), text.Length == 0 ? null : text);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static string OneLine(string text) => text.Replace('\n', ' ').Replace('\r', ' ');

    // A kebab-case id from a free name: German letters transliterated, everything else to hyphens.
    internal static string Slug(string name)
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
        return "imported:" + (slug.Length == 0 ? "code" : slug);
    }
}
