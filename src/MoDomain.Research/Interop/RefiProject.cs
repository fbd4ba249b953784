using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using MoDomain.Coding;
using MoDomain.Internal;
using MoDomain.SocialSecurity;
using MoDomain.Vocabulary;
using NodaTime;
using NodaTime.Text;

namespace MoDomain.Interop;

/// <summary>
/// Reads and writes REFI-QDA projects (<c>.qdpx</c>: a zip with <c>project.qde</c> in
/// <c>urn:QDA-XML:project:1.0</c> and the text sources under <c>Sources/</c>): documents, selections, codings, users
/// (coders), variables (document attributes), cases (organisations) and memos (notes).
/// </summary>
/// <remarks>
/// <para>Export: coders become <c>User</c>s, the codebook the project's <c>CodeBook</c> (as in <see cref="RefiCodebook"/>),
/// documents <c>TextSource</c>s with their text in <c>Sources/&lt;guid&gt;.txt</c>, each coded range a
/// <c>PlainTextSelection</c> with one <c>Coding</c> per code and coder, memos <c>Note</c>s, attributes
/// <c>Variable</c>s (perspective, administrative-role, interview-date, language, speaker and the free variables) and
/// organisations <c>Case</c>s. Every GUID is name-based, and zip timestamps are fixed, so the same corpus gives the
/// same file. Speaker names (direct identifiers) are only written when the caller opts in. Positions are counted in
/// Unicode code points, as REFI-QDA programs do.</para>
/// <para>Import: accepts projects written by other programs. XML with a DTD is refused; the archive is checked against
/// <see cref="RefiImportLimits"/> (entry count, total size, no <c>../</c> or absolute paths). Everything modelled is
/// taken over; the rest (pictures, PDFs, audio, video, links, sets, graphs, codings of whole sources, variables of
/// cases, notes not attached to a coding) is listed in <see cref="RefiImportReport.Ignored"/>.</para>
/// </remarks>
public static class RefiProject
{
    private static readonly DateTimeOffset FixedTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly XNamespace Ns = RefiXml.ProjectNamespace;

    /// <summary>Writes a corpus as a <c>.qdpx</c> archive.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="stream">The destination (written as a zip).</param>
    /// <param name="projectName">The project name.</param>
    /// <param name="includeDirectIdentifiers">Whether to write speaker names (off unless the caller opts in).</param>
    /// <param name="nameLanguage">The language of code names.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="projectName"/> is blank.</exception>
    public static void Write(Corpus corpus, Stream stream, string projectName = "MoDomain corpus", bool includeDirectIdentifiers = false, Language nameLanguage = Language.German)
    {
        Preconditions.CheckNotNull(corpus);
        Preconditions.CheckNotNull(stream);
        Preconditions.CheckNotBlank(projectName);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
        var project = zip.CreateEntry("project.qde", CompressionLevel.Optimal);
        project.LastWriteTime = FixedTimestamp;
        using (var entryStream = project.Open())
        {
            WriteProjectXml(corpus, entryStream, projectName, includeDirectIdentifiers, nameLanguage);
        }
        foreach (var document in corpus.Documents)
        {
            var entry = zip.CreateEntry("Sources/" + SourceFile(document), CompressionLevel.Optimal);
            entry.LastWriteTime = FixedTimestamp;
            using var entryStream = entry.Open();
            byte[] bytes = new UTF8Encoding(false).GetBytes(document.Text);
            entryStream.Write(bytes);
        }
    }

    /// <summary>Writes a corpus to a <c>.qdpx</c> file atomically.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="path">The file path.</param>
    /// <param name="projectName">The project name.</param>
    /// <param name="includeDirectIdentifiers">Whether to write speaker names.</param>
    /// <param name="nameLanguage">The language of code names.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="projectName"/> is blank.</exception>
    /// <exception cref="IOException">The file cannot be written; the target is unchanged.</exception>
    public static void WriteFile(Corpus corpus, string path, string projectName = "MoDomain corpus", bool includeDirectIdentifiers = false, Language nameLanguage = Language.German)
    {
        Preconditions.CheckNotNull(corpus);
        Preconditions.CheckNotBlank(projectName);
        AtomicFile.Write(path, stream => Write(corpus, stream, projectName, includeDirectIdentifiers, nameLanguage));
    }

    /// <summary>Writes only the <c>project.qde</c> XML of a corpus (sources referenced as <c>internal://&lt;guid&gt;.txt</c>).</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="stream">The destination.</param>
    /// <param name="projectName">The project name.</param>
    /// <param name="includeDirectIdentifiers">Whether to write speaker names.</param>
    /// <param name="nameLanguage">The language of code names.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="projectName"/> is blank.</exception>
    public static void WriteProjectXml(Corpus corpus, Stream stream, string projectName = "MoDomain corpus", bool includeDirectIdentifiers = false, Language nameLanguage = Language.German)
    {
        Preconditions.CheckNotNull(corpus);
        Preconditions.CheckNotNull(stream);
        Preconditions.CheckNotBlank(projectName);
        string ns = RefiXml.ProjectNamespace;
        var variables = Variables(corpus, includeDirectIdentifiers);
        using var w = XmlWriter.Create(stream, RefiXml.WriterSettings);
        w.WriteStartDocument();
        w.WriteStartElement("Project", ns);
        w.WriteAttributeString("name", projectName);
        w.WriteAttributeString("origin", RefiXml.Origin);
        var coders = corpus.Coders;
        if (coders.Length > 0)
        {
            w.WriteStartElement("Users", ns);
            foreach (var coder in coders)
            {
                w.WriteStartElement("User", ns);
                w.WriteAttributeString("guid", UserGuid(coder));
                w.WriteAttributeString("name", coder);
                w.WriteAttributeString("id", coder);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        if (corpus.Codebook.Count > 0)
        {
            w.WriteStartElement("CodeBook", ns);
            w.WriteStartElement("Codes", ns);
            foreach (var root in corpus.Codebook.Roots)
            {
                RefiXml.WriteCode(w, corpus.Codebook, root, ns, nameLanguage);
            }
            w.WriteEndElement();
            w.WriteEndElement();
        }
        if (variables.Count > 0)
        {
            w.WriteStartElement("Variables", ns);
            foreach (var (name, kind) in variables)
            {
                w.WriteStartElement("Variable", ns);
                w.WriteAttributeString("guid", VariableGuid(name));
                w.WriteAttributeString("name", name);
                w.WriteAttributeString("typeOfVariable", kind);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        var organisations = corpus.Documents.Select(d => d.Attributes.OrganisationId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (organisations.Count > 0)
        {
            w.WriteStartElement("Cases", ns);
            foreach (var organisation in organisations)
            {
                w.WriteStartElement("Case", ns);
                w.WriteAttributeString("guid", CaseGuid(organisation));
                w.WriteAttributeString("name", organisation);
                foreach (var document in corpus.Documents.Where(d => string.Equals(d.Attributes.OrganisationId, organisation, StringComparison.Ordinal)))
                {
                    w.WriteStartElement("SourceRef", ns);
                    w.WriteAttributeString("targetGUID", DocumentGuid(document.Id));
                    w.WriteEndElement();
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        var memos = new List<(string Guid, SegmentCoding Coding)>();
        if (corpus.Documents.Count > 0)
        {
            w.WriteStartElement("Sources", ns);
            foreach (var document in corpus.Documents)
            {
                WriteSource(w, corpus, document, variables, memos, includeDirectIdentifiers);
            }
            w.WriteEndElement();
        }
        if (memos.Count > 0)
        {
            w.WriteStartElement("Notes", ns);
            foreach (var (guid, coding) in memos)
            {
                w.WriteStartElement("Note", ns);
                w.WriteAttributeString("guid", guid);
                w.WriteAttributeString("name", $"Memo {coding.CoderId}: {coding.CodeId}");
                w.WriteAttributeString("creatingUser", UserGuid(coding.CoderId));
                w.WriteElementString("PlainTextContent", ns, coding.Memo);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static void WriteSource(XmlWriter w, Corpus corpus, CorpusDocument document, List<(string Name, string Kind)> variables, List<(string, SegmentCoding)> memos, bool includeDirectIdentifiers)
    {
        string ns = RefiXml.ProjectNamespace;
        w.WriteStartElement("TextSource", ns);
        w.WriteAttributeString("guid", DocumentGuid(document.Id));
        w.WriteAttributeString("name", document.Id);
        w.WriteAttributeString("plainTextPath", "internal://" + SourceFile(document));
        if (document.Title is not null)
        {
            w.WriteElementString("Description", ns, document.Title);
        }
        var bySegment = corpus.Codings
            .Where(c => string.Equals(c.Segment.DocumentId, document.Id, StringComparison.Ordinal))
            .GroupBy(c => c.Segment)
            .OrderBy(g => g.Key.Start).ThenBy(g => g.Key.End);
        foreach (var group in bySegment)
        {
            var segment = group.Key;
            w.WriteStartElement("PlainTextSelection", ns);
            w.WriteAttributeString("guid", RefiXml.Guid(NameBasedGuid.For("selection", segment.ToString())));
            string text = corpus.TextOf(segment);
            w.WriteAttributeString("name", text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 60), "…"));
            w.WriteAttributeString("startPosition", ToCodePoints(document.Text, segment.Start).ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("endPosition", ToCodePoints(document.Text, segment.End).ToString(CultureInfo.InvariantCulture));
            w.WriteAttributeString("creatingUser", UserGuid(group.First().CoderId));
            foreach (var coding in group)
            {
                string key = $"{segment}|{coding.CodeId}|{coding.CoderId}";
                w.WriteStartElement("Coding", ns);
                w.WriteAttributeString("guid", RefiXml.Guid(NameBasedGuid.For("coding", key)));
                w.WriteAttributeString("creatingUser", UserGuid(coding.CoderId));
                w.WriteStartElement("CodeRef", ns);
                w.WriteAttributeString("targetGUID", RefiXml.Guid(corpus.Codebook[coding.CodeId].CodeGuid));
                w.WriteEndElement();
                if (coding.Memo is not null)
                {
                    string noteGuid = RefiXml.Guid(NameBasedGuid.For("memo", key));
                    memos.Add((noteGuid, coding));
                    w.WriteStartElement("NoteRef", ns);
                    w.WriteAttributeString("targetGUID", noteGuid);
                    w.WriteEndElement();
                }
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        foreach (var (name, kind) in variables)
        {
            if (VariableText(document, name, includeDirectIdentifiers) is { } value)
            {
                w.WriteStartElement("VariableValue", ns);
                w.WriteStartElement("VariableRef", ns);
                w.WriteAttributeString("targetGUID", VariableGuid(name));
                w.WriteEndElement();
                w.WriteElementString(kind + "Value", ns, value);
                w.WriteEndElement();
            }
        }
        w.WriteEndElement();
    }

    // The variables to declare: built-in attributes that some document has, then free variables (first kind seen wins; a
    // variable used with two kinds is written as text).
    private static List<(string Name, string Kind)> Variables(Corpus corpus, bool includeDirectIdentifiers)
    {
        var result = new List<(string, string)>();
        void Builtin(string name, string kind, Func<DocumentAttributes, bool> has)
        {
            if (corpus.Documents.Any(d => has(d.Attributes)))
            {
                result.Add((name, kind));
            }
        }
        Builtin("perspective", "Text", a => a.Perspective.IsKnown);
        Builtin("administrative-role", "Text", a => a.AdministrativeRole.IsKnown);
        Builtin("interview-date", "Date", a => a.InterviewDate.IsKnown);
        Builtin("language", "Text", _ => true);
        Builtin("speaker", "Text", a => a.SpeakerId is not null);
        if (includeDirectIdentifiers)
        {
            Builtin("speaker-name", "Text", a => a.SpeakerName is not null);
        }
        var kinds = new SortedDictionary<string, HashSet<VariableKind>>(StringComparer.Ordinal);
        foreach (var pair in corpus.Documents.SelectMany(d => d.Attributes.Variables))
        {
            if (!kinds.TryGetValue(pair.Key, out var set))
            {
                kinds[pair.Key] = set = [];
            }
            set.Add(pair.Value.Kind);
        }
        foreach (var (name, set) in kinds)
        {
            result.Add((name, set.Count > 1 ? "Text" : set.Single() switch
            {
                VariableKind.Number => "Float",
                VariableKind.Boolean => "Boolean",
                VariableKind.Date => "Date",
                _ => "Text",
            }));
        }
        return result;
    }

    private static string? VariableText(CorpusDocument document, string name, bool includeDirectIdentifiers)
    {
        var a = document.Attributes;
        return name switch
        {
            "perspective" => a.Perspective.IsKnown ? SocialSecurityVocabulary.Perspectives.IdOf(a.Perspective.Value) : null,
            "administrative-role" => a.AdministrativeRole.IsKnown ? SocialSecurityVocabulary.AdministrativeRoles.IdOf(a.AdministrativeRole.Value) : null,
            "interview-date" => a.InterviewDate.IsKnown ? LocalDatePattern.Iso.Format(a.InterviewDate.Value) : null,
            "language" => a.Language,
            "speaker" => a.SpeakerId,
            "speaker-name" => includeDirectIdentifiers ? a.SpeakerName : null,
            _ => a.Variables.TryGetValue(name, out var v) ? v.ToString() : null,
        };
    }

    /// <summary>Reads a <c>.qdpx</c> archive (from MoDomain or another program).</summary>
    /// <param name="stream">The archive; must be seekable or is buffered by the zip reader.</param>
    /// <param name="limits">The import limits, or null for <see cref="RefiImportLimits.Default"/>.</param>
    /// <returns>The corpus and the import report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="InvalidDataException">The archive is not a zip, exceeds a limit, holds a path that climbs out or is
    /// absolute, lacks <c>project.qde</c>, or the XML is malformed, uses a DTD or contradicts itself (the message says which).</exception>
    public static RefiProjectImport Read(Stream stream, RefiImportLimits? limits = null)
    {
        Preconditions.CheckNotNull(stream);
        limits = RefiImportLimits.Check(limits);
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"The file is not a valid .qdpx (zip) archive: {ex.Message}", ex);
        }
        using (zip)
        {
            if (zip.Entries.Count > limits.MaxEntries)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"The archive has {zip.Entries.Count} entries; the limit is {limits.MaxEntries}."));
            }
            var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.Ordinal);
            long declared = 0;
            foreach (var entry in zip.Entries)
            {
                string name = RefiImportLimits.CheckEntryName(entry.FullName);
                declared += entry.Length;
                if (declared > limits.MaxTotalBytes)
                {
                    throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"The archive unpacks to more than {limits.MaxTotalBytes} bytes; refusing to import."));
                }
                entries[name] = entry;
            }
            var budget = new long[] { limits.MaxTotalBytes };
            var projectEntry = entries.TryGetValue("project.qde", out var p) ? p
                : entries.Where(e => !e.Key.Contains('/', StringComparison.Ordinal) && e.Key.EndsWith(".qde", StringComparison.OrdinalIgnoreCase)).Select(e => e.Value).FirstOrDefault()
                ?? throw new InvalidDataException("The archive has no project.qde.");
            byte[] xml = ReadEntry(projectEntry, budget);
            using var xmlStream = new MemoryStream(xml);
            var document = RefiXml.Load(xmlStream, "project.qde");
            try
            {
                return ReadProject(document, name => entries.TryGetValue(name, out var e) ? ReadEntry(e, budget) : null);
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException or KeyNotFoundException)
            {
                throw new InvalidDataException($"project.qde holds a value MoDomain cannot accept: {ex.Message}", ex);
            }
        }
    }

    /// <summary>Reads a <c>.qdpx</c> file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="limits">The import limits, or null for the defaults.</param>
    /// <returns>The corpus and the import report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidDataException">See <see cref="Read(Stream, RefiImportLimits)"/>.</exception>
    public static RefiProjectImport ReadFile(string path, RefiImportLimits? limits = null)
    {
        Preconditions.CheckNotNull(path);
        using var stream = File.OpenRead(path);
        return Read(stream, limits);
    }

    private static byte[] ReadEntry(ZipArchiveEntry entry, long[] budget)
    {
        using var source = entry.Open();
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = source.Read(chunk, 0, chunk.Length)) > 0)
        {
            budget[0] -= read;
            if (budget[0] < 0)
            {
                throw new InvalidDataException($"The archive unpacks to more bytes than allowed (while reading '{entry.FullName}'); refusing to import.");
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static RefiProjectImport ReadProject(XDocument xml, Func<string, byte[]?> openEntry)
    {
        var root = xml.Root;
        if (root is null || root.Name != Ns + "Project")
        {
            throw new InvalidDataException($"The root element of project.qde is {root?.Name.ToString() ?? "missing"}, not Project in {RefiXml.ProjectNamespace}.");
        }
        var report = new RefiImportReport.Builder();
        var users = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var user in root.Element(Ns + "Users")?.Elements(Ns + "User") ?? [])
        {
            string guid = RefiXml.NormaliseGuid(Attr(user, "guid"));
            users[guid] = NonBlank((string?)user.Attribute("name")) ?? NonBlank((string?)user.Attribute("id")) ?? guid;
        }
        var codes = new List<Code>();
        var codeIdByGuid = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.Element(Ns + "CodeBook")?.Element(Ns + "Codes") is { } codesElement)
        {
            RefiXml.ReadCodes(codesElement, Ns, codes, codeIdByGuid, report);
        }
        var variables = new Dictionary<string, (string Name, string Type)>(StringComparer.Ordinal);
        foreach (var variable in root.Element(Ns + "Variables")?.Elements(Ns + "Variable") ?? [])
        {
            variables[RefiXml.NormaliseGuid(Attr(variable, "guid"))] = (Attr(variable, "name"), (string?)variable.Attribute("typeOfVariable") ?? "Text");
        }
        var organisationBySource = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var @case in root.Element(Ns + "Cases")?.Elements(Ns + "Case") ?? [])
        {
            string caseName = NonBlank((string?)@case.Attribute("name")) ?? RefiXml.NormaliseGuid(Attr(@case, "guid"));
            foreach (var sourceRef in @case.Elements(Ns + "SourceRef"))
            {
                string target = RefiXml.NormaliseGuid(Attr(sourceRef, "targetGUID"));
                if (!organisationBySource.TryAdd(target, caseName))
                {
                    report.Ignore($"case '{caseName}': source {target} already belongs to case '{organisationBySource[target]}' (a document refers to one organisation)");
                }
            }
            if (@case.Elements(Ns + "VariableValue").Any() || @case.Elements(Ns + "CodeRef").Any() || @case.Elements(Ns + "SelectionRef").Any() || @case.Element(Ns + "Description") is not null)
            {
                report.Ignore($"case '{caseName}': variables, codes, selections or description of the case");
            }
        }
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        var usedNotes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var note in root.Element(Ns + "Notes")?.Elements(Ns + "Note") ?? [])
        {
            string guid = RefiXml.NormaliseGuid(Attr(note, "guid"));
            notes[guid] = SourceText(note, openEntry, report) ?? string.Empty;
        }

        var documents = new List<CorpusDocument>();
        var pending = new List<(string DocumentId, string Text, int Start, int End, string CodeGuid, string Coder, string? Memo)>();
        var documentIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in root.Element(Ns + "Sources")?.Elements() ?? [])
        {
            string sourceName = (string?)source.Attribute("name") ?? (string?)source.Attribute("guid") ?? "?";
            if (source.Name != Ns + "TextSource")
            {
                report.Ignore($"{source.Name.LocalName} '{sourceName}' (only text sources are modelled)");
                continue;
            }
            string guid = RefiXml.NormaliseGuid(Attr(source, "guid"));
            string? text = SourceText(source, openEntry, report);
            if (text is null)
            {
                report.Ignore($"text source '{sourceName}': its plain text is neither inline nor in the archive");
                continue;
            }
            string baseId = NonBlank((string?)source.Attribute("name")) ?? guid;
            string id = baseId;
            for (int i = 2; !documentIds.Add(id); i++)
            {
                id = string.Create(CultureInfo.InvariantCulture, $"{baseId} ({i})");
            }
            if (!string.Equals(id, baseId, StringComparison.Ordinal))
            {
                report.Note($"text source '{sourceName}' was renamed '{id}' because the name is used twice");
            }
            documents.Add(new CorpusDocument(id, text, ReadAttributes(source, variables, organisationBySource.GetValueOrDefault(guid), report, sourceName), NonBlank((string?)source.Element(Ns + "Description"))));
            foreach (var coding in source.Elements(Ns + "Coding"))
            {
                report.Ignore($"text source '{sourceName}': coding of the whole source with {(string?)coding.Element(Ns + "CodeRef")?.Attribute("targetGUID")} (only codings of selections are modelled)");
            }
            if (source.Elements(Ns + "NoteRef").Any())
            {
                report.Ignore($"text source '{sourceName}': notes attached to the source");
            }
            foreach (var selection in source.Elements(Ns + "PlainTextSelection"))
            {
                int start = FromCodePoints(text, int.Parse(Attr(selection, "startPosition"), NumberStyles.Integer, CultureInfo.InvariantCulture));
                int end = FromCodePoints(text, int.Parse(Attr(selection, "endPosition"), NumberStyles.Integer, CultureInfo.InvariantCulture));
                string? selectionUser = (string?)selection.Attribute("creatingUser");
                if (start < 0 || end > text.Length || end <= start)
                {
                    report.Ignore($"text source '{sourceName}': selection {(string?)selection.Attribute("guid")} has an empty, reversed or out-of-range position");
                    continue;
                }
                if (selection.Elements(Ns + "NoteRef").Any())
                {
                    report.Ignore($"text source '{sourceName}': notes attached to selection {(string?)selection.Attribute("guid")} (memos are read from codings)");
                }
                foreach (var coding in selection.Elements(Ns + "Coding"))
                {
                    string codeGuid = RefiXml.NormaliseGuid(Attr(coding.Element(Ns + "CodeRef") ?? throw new InvalidDataException("A Coding has no CodeRef."), "targetGUID"));
                    string? userGuid = (string?)coding.Attribute("creatingUser") ?? selectionUser;
                    string coder = userGuid is null ? "unknown-coder" : users.GetValueOrDefault(RefiXml.NormaliseGuid(userGuid)) ?? RefiXml.NormaliseGuid(userGuid);
                    var memoParts = new List<string>();
                    foreach (var noteRef in coding.Elements(Ns + "NoteRef"))
                    {
                        string target = RefiXml.NormaliseGuid(Attr(noteRef, "targetGUID"));
                        if (notes.TryGetValue(target, out var memo))
                        {
                            usedNotes.Add(target);
                            memoParts.Add(memo);
                        }
                    }
                    pending.Add((id, text, start, end, codeGuid, coder, memoParts.Count == 0 ? null : string.Join("\n\n", memoParts)));
                }
            }
        }
        foreach (var unused in notes.Keys.Where(k => !usedNotes.Contains(k)))
        {
            report.Ignore($"note {unused} (not attached to a coding)");
        }
        foreach (var name in new[] { "Links", "Sets", "Graphs" })
        {
            if (root.Element(Ns + name) is { } element)
            {
                report.Ignore($"{name} ({element.Elements().Count()} element(s); not modelled)");
            }
        }
        if (root.Element(Ns + "Description") is not null || root.Elements(Ns + "NoteRef").Any())
        {
            report.Ignore("project description and notes of the project");
        }

        // Codes that other programs mark as not codable but that carry codings become codable, so no coding is lost.
        var codedIds = pending.Select(c => codeIdByGuid.GetValueOrDefault(c.CodeGuid)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        for (int i = 0; i < codes.Count; i++)
        {
            var c = codes[i];
            if (!c.IsCodable && codedIds.Contains(c.Id))
            {
                codes[i] = new Code(c.Id, c.Label, c.Description, c.ParentId, c.Colour, c.Source, isCodable: true);
                report.Note($"code '{c.Id}' is marked not codable but has codings; it was made codable");
            }
        }
        var corpus = Corpus.Create(Codebook.Of(codes));
        foreach (var document in documents)
        {
            corpus = corpus.AddDocument(document);
        }
        foreach (var (documentId, _, start, end, codeGuid, coder, memo) in pending)
        {
            if (!codeIdByGuid.TryGetValue(codeGuid, out var codeId))
            {
                report.Ignore($"coding in '{documentId}' refers to code {codeGuid}, which is not in the codebook");
                continue;
            }
            var coding = new SegmentCoding(new TextSegment(documentId, start, end), codeId, CorpusDocument.CheckId(coder), memo);
            try
            {
                corpus = corpus.Add(coding);
            }
            catch (ArgumentException)
            {
                report.Note($"duplicate coding {coding} was merged");
            }
        }
        return new RefiProjectImport(corpus, report.Build());
    }

    private static DocumentAttributes ReadAttributes(XElement source, Dictionary<string, (string Name, string Type)> variables, string? organisation, RefiImportReport.Builder report, string sourceName)
    {
        Rules.Fact<Perspective> perspective = default;
        Rules.Fact<AdministrativeRole> role = default;
        Rules.Fact<LocalDate> date = default;
        string? language = null, speaker = null, speakerName = null;
        var free = new List<KeyValuePair<string, VariableValue>>();
        foreach (var value in source.Elements(Ns + "VariableValue"))
        {
            string target = RefiXml.NormaliseGuid(Attr(value.Element(Ns + "VariableRef") ?? throw new InvalidDataException("A VariableValue has no VariableRef."), "targetGUID"));
            if (!variables.TryGetValue(target, out var variable))
            {
                report.Ignore($"text source '{sourceName}': value of undeclared variable {target}");
                continue;
            }
            var element = value.Elements().FirstOrDefault(e => e.Name != Ns + "VariableRef");
            if (element is null)
            {
                continue;
            }
            string text = element.Value;
            switch (variable.Name)
            {
                case "perspective" when SocialSecurityVocabulary.Perspectives.TryParse(text, out var p):
                    perspective = p;
                    break;
                case "administrative-role" when SocialSecurityVocabulary.AdministrativeRoles.TryParse(text, out var r):
                    role = r;
                    break;
                case "interview-date" when LocalDatePattern.Iso.Parse(text) is { Success: true } d:
                    date = d.Value;
                    break;
                case "language" when !string.IsNullOrWhiteSpace(text):
                    language = text;
                    break;
                case "speaker" when !string.IsNullOrWhiteSpace(text):
                    speaker = text;
                    break;
                case "speaker-name" when !string.IsNullOrWhiteSpace(text):
                    speakerName = text;
                    break;
                default:
                    if (DocumentAttributes.ReservedNames.Contains(variable.Name))
                    {
                        free.Add(new(variable.Name + "-value", VariableValue.Text(text)));
                        report.Note($"text source '{sourceName}': '{text}' is not a valid {variable.Name}; kept as variable '{variable.Name}-value'");
                        break;
                    }
                    free.Add(new(variable.Name, ParseVariable(element.Name.LocalName, text, variable.Name, sourceName, report)));
                    break;
            }
        }
        if (role.IsKnown && perspective.IsKnown && perspective.Value != Perspective.PublicAdministration)
        {
            report.Note($"text source '{sourceName}': administrative role dropped because the perspective is not public administration");
            role = default;
        }
        return new DocumentAttributes(perspective, role, organisation, date, language, speaker, speakerName, free);
    }

    private static VariableValue ParseVariable(string element, string text, string name, string sourceName, RefiImportReport.Builder report)
    {
        try
        {
            return element switch
            {
                "BooleanValue" => VariableValue.Boolean(text.Trim() is "true" or "1"),
                "IntegerValue" or "FloatValue" => VariableValue.Parse(VariableKind.Number, text.Trim()),
                "DateValue" => VariableValue.Parse(VariableKind.Date, text.Trim()),
                _ => VariableValue.Text(text),
            };
        }
        catch (FormatException)
        {
            report.Note($"text source '{sourceName}': value '{text}' of variable '{name}' kept as text");
            return VariableValue.Text(text);
        }
    }

    private static string? SourceText(XElement source, Func<string, byte[]?> openEntry, RefiImportReport.Builder report)
    {
        if (source.Element(Ns + "PlainTextContent") is { } inline)
        {
            return inline.Value;
        }
        string? path = (string?)source.Attribute("plainTextPath");
        if (path is null)
        {
            return null;
        }
        string entryName = path.StartsWith("internal://", StringComparison.Ordinal) ? "Sources/" + path["internal://".Length..] : path;
        entryName = RefiImportLimits.CheckEntryName(entryName);
        byte[]? bytes = openEntry(entryName);
        if (bytes is null)
        {
            report.Ignore($"'{path}' is referenced but not in the archive");
            return null;
        }
        var text = new UTF8Encoding(false).GetString(bytes);
        return text.StartsWith('\uFEFF') ? text[1..] : text;
    }

    private static string Attr(XElement element, string name) =>
        (string?)element.Attribute(name) ?? throw new InvalidDataException($"The {element.Name.LocalName} element lacks the required attribute '{name}'.");

    private static string? NonBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static string SourceFile(CorpusDocument document) => DocumentGuid(document.Id) + ".txt";

    private static string DocumentGuid(string documentId) => RefiXml.Guid(NameBasedGuid.For("document", documentId));

    private static string UserGuid(string coderId) => RefiXml.Guid(NameBasedGuid.For("user", coderId));

    private static string CaseGuid(string organisationId) => RefiXml.Guid(NameBasedGuid.For("case", organisationId));

    private static string VariableGuid(string name) => RefiXml.Guid(NameBasedGuid.For("variable", name));

    // UTF-16 index → Unicode code point index.
    internal static int ToCodePoints(string text, int utf16Index)
    {
        int count = 0;
        for (int i = 0; i < utf16Index; i++)
        {
            if (!(char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1])))
            {
                count++;
            }
        }
        return count;
    }

    // Unicode code point index → UTF-16 index; -1 when negative, text.Length + 1 when beyond the end.
    internal static int FromCodePoints(string text, int codePoints)
    {
        if (codePoints < 0)
        {
            return -1;
        }
        int i = 0;
        for (int n = 0; n < codePoints; n++)
        {
            if (i >= text.Length)
            {
                return text.Length + 1;
            }
            i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        }
        return i;
    }
}
