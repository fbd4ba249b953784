using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml;
using MoDomain.Coding;
using MoDomain.SocialSecurity;
using NodaTime.Text;

namespace MoDomain.Interop;

/// <summary>Writes a corpus as a REFI-QDA project (<c>project.qde</c> and the <c>.qdpx</c> zip around it).</summary>
/// <remarks>
/// <para>One <c>PlainTextSelection</c> per coded range and coder (<c>creatingUser</c> = that coder), so programs that
/// credit codings to the selection's creator (QualCoder) keep every coder's codings. Codings of one coder on one range
/// whose memos differ go to separate selections, because a selection carries one memo.</para>
/// <para>A coding memo is written twice, in the two places programs read it: as the selection's <c>Description</c>
/// (QualCoder, MAXQDA) and, per the standard, as a <c>Note</c> referred to by the coding's <c>NoteRef</c>
/// (ATLAS.ti, NVivo, MoDomain).</para>
/// <para>The project, sources, selections, codings and notes carry <c>creationDateTime</c>
/// (<see cref="RefiExportOptions.Timestamp"/>). Work is linear in the corpus: codings are grouped once, positions
/// converted through one <see cref="CodePointIndex"/> per document.</para>
/// </remarks>
internal static class RefiProjectWriter
{
    private static readonly DateTimeOffset FixedZipTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private const string Ns = RefiXml.ProjectNamespace;

    internal static void WriteArchive(Corpus corpus, Stream stream, RefiExportOptions options)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
        var project = zip.CreateEntry("project.qde", CompressionLevel.Optimal);
        project.LastWriteTime = FixedZipTimestamp;
        using (var entryStream = project.Open())
        {
            WriteXml(corpus, entryStream, options);
        }
        var utf8 = new UTF8Encoding(false);
        foreach (var document in corpus.Documents)
        {
            var entry = zip.CreateEntry("Sources/" + SourceFile(document), CompressionLevel.Optimal);
            entry.LastWriteTime = FixedZipTimestamp;
            using var entryStream = entry.Open();
            entryStream.Write(utf8.GetBytes(document.Text));
        }
    }

    internal static void WriteXml(Corpus corpus, Stream stream, RefiExportOptions options)
    {
        string timestamp = InstantPattern.General.Format(options.Timestamp);
        var variables = Variables(corpus, options.IncludeDirectIdentifiers);
        using var w = XmlWriter.Create(stream, RefiXml.WriterSettingsFor(corpus.Codebook));
        w.WriteStartDocument();
        w.WriteStartElement("Project", Ns);
        w.WriteAttributeString("name", options.ProjectName);
        w.WriteAttributeString("origin", RefiXml.Origin);
        w.WriteAttributeString("creationDateTime", timestamp);
        WriteUsers(w, corpus.Coders);
        if (corpus.Codebook.Count > 0)
        {
            w.WriteStartElement("CodeBook", Ns);
            w.WriteStartElement("Codes", Ns);
            RefiXml.WriteCodes(w, corpus.Codebook, Ns, options.NameLanguage, options.IncludeMoDomainBlock);
            w.WriteEndElement();
            w.WriteEndElement();
        }
        WriteVariables(w, variables);
        WriteCases(w, corpus);
        var memos = new List<(string Guid, SegmentCoding Coding)>();
        if (corpus.Documents.Count > 0)
        {
            var codingsByDocument = corpus.Codings.ToLookup(c => c.Segment.DocumentId, StringComparer.Ordinal);
            w.WriteStartElement("Sources", Ns);
            foreach (var document in corpus.Documents)
            {
                WriteSource(w, corpus, document, codingsByDocument[document.Id], variables, memos, options.IncludeDirectIdentifiers, timestamp);
            }
            w.WriteEndElement();
        }
        if (memos.Count > 0)
        {
            w.WriteStartElement("Notes", Ns);
            foreach (var (guid, coding) in memos)
            {
                w.WriteStartElement("Note", Ns);
                w.WriteAttributeString("guid", guid);
                w.WriteAttributeString("name", $"Memo {coding.CoderId}: {coding.CodeId}");
                w.WriteAttributeString("creatingUser", UserGuid(coding.CoderId));
                w.WriteAttributeString("creationDateTime", timestamp);
                w.WriteElementString("PlainTextContent", Ns, coding.Memo);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static void WriteUsers(XmlWriter w, IReadOnlyList<string> coders)
    {
        if (coders.Count == 0)
        {
            return;
        }
        w.WriteStartElement("Users", Ns);
        foreach (var coder in coders)
        {
            w.WriteStartElement("User", Ns);
            w.WriteAttributeString("guid", UserGuid(coder));
            w.WriteAttributeString("name", coder);
            w.WriteAttributeString("id", coder);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void WriteVariables(XmlWriter w, List<(string Name, string Kind)> variables)
    {
        if (variables.Count == 0)
        {
            return;
        }
        w.WriteStartElement("Variables", Ns);
        foreach (var (name, kind) in variables)
        {
            w.WriteStartElement("Variable", Ns);
            w.WriteAttributeString("guid", VariableGuid(name));
            w.WriteAttributeString("name", name);
            w.WriteAttributeString("typeOfVariable", kind);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void WriteCases(XmlWriter w, Corpus corpus)
    {
        // One pass: organisations in order of first appearance, each with its documents in corpus order.
        var documentsByOrganisation = new Dictionary<string, List<CorpusDocument>>(StringComparer.Ordinal);
        var organisations = new List<string>();
        foreach (var document in corpus.Documents)
        {
            if (document.Attributes.OrganisationId is not { } organisation)
            {
                continue;
            }
            if (!documentsByOrganisation.TryGetValue(organisation, out var list))
            {
                documentsByOrganisation[organisation] = list = [];
                organisations.Add(organisation);
            }
            list.Add(document);
        }
        if (organisations.Count == 0)
        {
            return;
        }
        w.WriteStartElement("Cases", Ns);
        foreach (var organisation in organisations)
        {
            w.WriteStartElement("Case", Ns);
            w.WriteAttributeString("guid", CaseGuid(organisation));
            w.WriteAttributeString("name", organisation);
            foreach (var document in documentsByOrganisation[organisation])
            {
                w.WriteStartElement("SourceRef", Ns);
                w.WriteAttributeString("targetGUID", DocumentGuid(document.Id));
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void WriteSource(XmlWriter w, Corpus corpus, CorpusDocument document, IEnumerable<SegmentCoding> codings, List<(string Name, string Kind)> variables, List<(string, SegmentCoding)> memos, bool includeDirectIdentifiers, string timestamp)
    {
        w.WriteStartElement("TextSource", Ns);
        w.WriteAttributeString("guid", DocumentGuid(document.Id));
        w.WriteAttributeString("name", document.Id);
        w.WriteAttributeString("plainTextPath", "internal://" + SourceFile(document));
        w.WriteAttributeString("creationDateTime", timestamp);
        if (document.Title is not null)
        {
            w.WriteElementString("Description", Ns, document.Title);
        }
        var positions = new CodePointIndex(document.Text);
        foreach (var selection in Selections(codings))
        {
            WriteSelection(w, corpus, positions, selection, memos, timestamp);
        }
        foreach (var (name, kind) in variables)
        {
            if (VariableText(document, name, includeDirectIdentifiers) is { } value)
            {
                w.WriteStartElement("VariableValue", Ns);
                w.WriteStartElement("VariableRef", Ns);
                w.WriteAttributeString("targetGUID", VariableGuid(name));
                w.WriteEndElement();
                w.WriteElementString(kind + "Value", Ns, value);
                w.WriteEndElement();
            }
        }
        w.WriteEndElement();
    }

    // The selections of one document: codings grouped by range, coder and memo, ordered by start, end, coder (ordinal)
    // and memo (none first). The first group of a range and coder is keyed "range|coder", further ones "range|coder|k".
    private static IEnumerable<(string Key, TextSegment Segment, string Coder, string? Memo, List<SegmentCoding> Codings)> Selections(IEnumerable<SegmentCoding> codings)
    {
        var groups = new Dictionary<(TextSegment, string, string?), List<SegmentCoding>>();
        foreach (var coding in codings)
        {
            var key = (coding.Segment, coding.CoderId, coding.Memo);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }
            list.Add(coding);
        }
        var ordered = groups
            .OrderBy(g => g.Key.Item1.Start).ThenBy(g => g.Key.Item1.End)
            .ThenBy(g => g.Key.Item2, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Item3 is not null).ThenBy(g => g.Key.Item3, StringComparer.Ordinal);
        (TextSegment, string)? previous = null;
        int k = 0;
        foreach (var ((segment, coder, memo), list) in ordered)
        {
            k = previous == (segment, coder) ? k + 1 : 1;
            previous = (segment, coder);
            string key = k == 1 ? $"{segment}|{coder}" : string.Create(CultureInfo.InvariantCulture, $"{segment}|{coder}|{k}");
            yield return (key, segment, coder, memo, list);
        }
    }

    private static void WriteSelection(XmlWriter w, Corpus corpus, CodePointIndex positions, (string Key, TextSegment Segment, string Coder, string? Memo, List<SegmentCoding> Codings) selection, List<(string, SegmentCoding)> memos, string timestamp)
    {
        var segment = selection.Segment;
        w.WriteStartElement("PlainTextSelection", Ns);
        w.WriteAttributeString("guid", RefiXml.Guid(NameBasedGuid.For("selection", selection.Key)));
        string text = corpus.TextOf(segment);
        w.WriteAttributeString("name", text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 60), "…"));
        w.WriteAttributeString("startPosition", positions.ToCodePoints(segment.Start).ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("endPosition", positions.ToCodePoints(segment.End).ToString(CultureInfo.InvariantCulture));
        w.WriteAttributeString("creatingUser", UserGuid(selection.Coder));
        w.WriteAttributeString("creationDateTime", timestamp);
        if (selection.Memo is not null)
        {
            w.WriteElementString("Description", Ns, selection.Memo);
        }
        foreach (var coding in selection.Codings)
        {
            string key = $"{segment}|{coding.CodeId}|{coding.CoderId}";
            w.WriteStartElement("Coding", Ns);
            w.WriteAttributeString("guid", RefiXml.Guid(NameBasedGuid.For("coding", key)));
            w.WriteAttributeString("creatingUser", UserGuid(coding.CoderId));
            w.WriteAttributeString("creationDateTime", timestamp);
            w.WriteStartElement("CodeRef", Ns);
            w.WriteAttributeString("targetGUID", RefiXml.Guid(corpus.Codebook[coding.CodeId].CodeGuid));
            w.WriteEndElement();
            if (coding.Memo is not null)
            {
                string noteGuid = RefiXml.Guid(NameBasedGuid.For("memo", key));
                memos.Add((noteGuid, coding));
                w.WriteStartElement("NoteRef", Ns);
                w.WriteAttributeString("targetGUID", noteGuid);
                w.WriteEndElement();
            }
            w.WriteEndElement();
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

    private static string SourceFile(CorpusDocument document) => DocumentGuid(document.Id) + ".txt";

    private static string DocumentGuid(string documentId) => RefiXml.Guid(NameBasedGuid.For("document", documentId));

    private static string UserGuid(string coderId) => RefiXml.Guid(NameBasedGuid.For("user", coderId));

    private static string CaseGuid(string organisationId) => RefiXml.Guid(NameBasedGuid.For("case", organisationId));

    private static string VariableGuid(string name) => RefiXml.Guid(NameBasedGuid.For("variable", name));
}
