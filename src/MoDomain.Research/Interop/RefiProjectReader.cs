using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using MoDomain.Coding;
using MoDomain.SocialSecurity;
using NodaTime;
using NodaTime.Text;

namespace MoDomain.Interop;

/// <summary>Reads a REFI-QDA project (<c>.qdpx</c>) from MoDomain or another program into a corpus and an import report.</summary>
/// <remarks>
/// <para>Reads both shapes of selections: one selection per range and coder (what MoDomain writes now, and QualCoder
/// and MAXQDA write), and one selection shared by several coders whose codings name their coder (older MoDomain
/// files, ATLAS.ti). A coding's coder is the coding's <c>creatingUser</c>, else the selection's.</para>
/// <para>A coding's memo is the text of the notes its <c>NoteRef</c>s point to; the selection's <c>Description</c>
/// is the memo of codings without notes, and is added to theirs when it says something else.</para>
/// <para>Never silent: two users, variables, notes, sources or codes with the same GUID are an error; the same coding
/// twice (same range, code and coder) is merged into one and reported in <see cref="RefiImportReport.Notes"/> (memos
/// kept, joined when they differ).</para>
/// </remarks>
internal sealed class RefiProjectReader
{
    private static readonly XNamespace Ns = RefiXml.ProjectNamespace;

    private readonly XElement root;
    private readonly RefiArchive archive;
    private readonly RefiImportReport.Builder report = new();
    private readonly Dictionary<string, string> users = new(StringComparer.Ordinal);
    private readonly List<Code> codes = [];
    private readonly Dictionary<string, string> codeIdByGuid = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Name, string Type)> variables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> organisationBySource = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> notes = new(StringComparer.Ordinal);
    private readonly HashSet<string> usedNotes = new(StringComparer.Ordinal);
    private readonly List<CorpusDocument> documents = [];
    private readonly List<PendingCoding> pending = [];
    private readonly HashSet<string> sourceGuids = new(StringComparer.Ordinal);
    private readonly UniqueNames documentIds = new(static (name, n) => string.Create(CultureInfo.InvariantCulture, $"{name} ({n})"));

    private RefiProjectReader(XElement root, RefiArchive archive)
    {
        this.root = root;
        this.archive = archive;
    }

    /// <summary>Reads a <c>.qdpx</c> archive.</summary>
    /// <exception cref="InvalidDataException">See <see cref="RefiProject.Read(Stream, RefiImportLimits)"/>.</exception>
    internal static RefiProjectImport Read(Stream stream, RefiImportLimits limits)
    {
        using var archive = RefiArchive.Open(stream, limits);
        string projectEntry = archive.ProjectEntryName();
        var document = RefiXml.Load(archive.Read(projectEntry)!, projectEntry, limits);
        var root = document.Root;
        if (root is null || root.Name != Ns + "Project")
        {
            throw new InvalidDataException($"The root element of {projectEntry} is {root?.Name.ToString() ?? "missing"}, not Project in {RefiXml.ProjectNamespace}.");
        }
        try
        {
            return new RefiProjectReader(root, archive).Read();
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException or KeyNotFoundException)
        {
            throw new InvalidDataException($"{projectEntry} holds a value MoDomain cannot accept: {ex.Message}", ex);
        }
    }

    private RefiProjectImport Read()
    {
        ReadUsers();
        if (root.Element(Ns + "CodeBook")?.Element(Ns + "Codes") is { } codesElement)
        {
            RefiXml.ReadCodes(codesElement, Ns, codes, codeIdByGuid, report);
        }
        ReadVariables();
        ReadCases();
        ReadNotes();
        foreach (var source in root.Element(Ns + "Sources")?.Elements() ?? [])
        {
            ReadSource(source);
        }
        ReportUnmodelled();
        return new RefiProjectImport(BuildCorpus(), report.Build());
    }

    private void ReadUsers()
    {
        foreach (var user in root.Element(Ns + "Users")?.Elements(Ns + "User") ?? [])
        {
            string guid = RefiXml.NormaliseGuid(Attr(user, "guid"));
            AddUnique(users, guid, NonBlank((string?)user.Attribute("name")) ?? NonBlank((string?)user.Attribute("id")) ?? guid, "users");
        }
    }

    private void ReadVariables()
    {
        foreach (var variable in root.Element(Ns + "Variables")?.Elements(Ns + "Variable") ?? [])
        {
            AddUnique(variables, RefiXml.NormaliseGuid(Attr(variable, "guid")), (Attr(variable, "name"), (string?)variable.Attribute("typeOfVariable") ?? "Text"), "variables");
        }
    }

    private void ReadCases()
    {
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
    }

    private void ReadNotes()
    {
        foreach (var note in root.Element(Ns + "Notes")?.Elements(Ns + "Note") ?? [])
        {
            AddUnique(notes, RefiXml.NormaliseGuid(Attr(note, "guid")), SourceText(note) ?? string.Empty, "notes");
        }
    }

    private void ReadSource(XElement source)
    {
        string sourceName = (string?)source.Attribute("name") ?? (string?)source.Attribute("guid") ?? "?";
        if (source.Name != Ns + "TextSource")
        {
            report.Ignore($"{source.Name.LocalName} '{sourceName}' (only text sources are modelled)");
            return;
        }
        string guid = RefiXml.NormaliseGuid(Attr(source, "guid"));
        if (!sourceGuids.Add(guid))
        {
            throw new InvalidDataException($"Two sources have the GUID {guid}; cases and links refer to sources by GUID, so each source needs its own.");
        }
        string? text = SourceText(source);
        if (text is null)
        {
            report.Ignore($"text source '{sourceName}': its plain text is neither inline nor in the archive");
            return;
        }
        string baseId = NonBlank((string?)source.Attribute("name")) ?? guid;
        string id = documentIds.Claim(baseId);
        if (!string.Equals(id, baseId, StringComparison.Ordinal))
        {
            report.Note($"text source '{sourceName}' was renamed '{id}' because the name is used twice");
        }
        documents.Add(new CorpusDocument(id, text, ReadAttributes(source, organisationBySource.GetValueOrDefault(guid), sourceName), NonBlank((string?)source.Element(Ns + "Description"))));
        foreach (var coding in source.Elements(Ns + "Coding"))
        {
            report.Ignore($"text source '{sourceName}': coding of the whole source with {(string?)coding.Element(Ns + "CodeRef")?.Attribute("targetGUID")} (only codings of selections are modelled)");
        }
        if (source.Elements(Ns + "NoteRef").Any())
        {
            report.Ignore($"text source '{sourceName}': notes attached to the source");
        }
        var positions = new CodePointIndex(text);
        foreach (var selection in source.Elements(Ns + "PlainTextSelection"))
        {
            ReadSelection(selection, id, text, positions, sourceName);
        }
    }

    private void ReadSelection(XElement selection, string documentId, string text, CodePointIndex positions, string sourceName)
    {
        int start = positions.ToUtf16(int.Parse(Attr(selection, "startPosition"), NumberStyles.Integer, CultureInfo.InvariantCulture));
        int end = positions.ToUtf16(int.Parse(Attr(selection, "endPosition"), NumberStyles.Integer, CultureInfo.InvariantCulture));
        if (start < 0 || end > text.Length || end <= start)
        {
            report.Ignore($"text source '{sourceName}': selection {(string?)selection.Attribute("guid")} has an empty, reversed or out-of-range position");
            return;
        }
        if (selection.Elements(Ns + "NoteRef").Any())
        {
            report.Ignore($"text source '{sourceName}': notes attached to selection {(string?)selection.Attribute("guid")} (memos are read from codings and the selection's description)");
        }
        string? selectionUser = (string?)selection.Attribute("creatingUser");
        string? description = NonBlank((string?)selection.Element(Ns + "Description"));
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
            if (description is not null && !memoParts.Contains(description, StringComparer.Ordinal))
            {
                memoParts.Add(description);
            }
            pending.Add(new PendingCoding(new TextSegment(documentId, start, end), codeGuid, coder, memoParts.Count == 0 ? null : string.Join("\n\n", memoParts)));
        }
    }

    private void ReportUnmodelled()
    {
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
    }

    private Corpus BuildCorpus()
    {
        // Codes that other programs mark as not codable but that carry codings become codable, so no coding is lost.
        var codedIds = pending.Select(c => codeIdByGuid.GetValueOrDefault(c.CodeGuid)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        for (int i = 0; i < codes.Count; i++)
        {
            var c = codes[i];
            if (!c.IsCodable && codedIds.Contains(c.Id))
            {
                codes[i] = new Code(c.Id, c.Label, c.Description, c.ParentId, c.Colour, c.Source, isCodable: true, c.Guideline);
                report.Note($"code '{c.Id}' is marked not codable but has codings; it was made codable");
            }
        }
        var corpus = Corpus.Create(Codebook.Of(codes));
        foreach (var document in documents)
        {
            corpus = corpus.AddDocument(document);
        }
        foreach (var coding in MergedCodings())
        {
            corpus = corpus.Add(coding);
        }
        return corpus;
    }

    // The codings in file order, each (range, code, coder) once: a repeat is merged into the first, distinct memos joined.
    private List<SegmentCoding> MergedCodings()
    {
        var keys = new List<(TextSegment Segment, string CodeId, string CoderId)>();
        var memos = new Dictionary<(TextSegment, string, string), List<string>>();
        foreach (var (segment, codeGuid, coder, memo) in pending)
        {
            if (!codeIdByGuid.TryGetValue(codeGuid, out var codeId))
            {
                report.Ignore($"coding in '{segment.DocumentId}' refers to code {codeGuid}, which is not in the codebook");
                continue;
            }
            var key = (segment, codeId, CorpusDocument.CheckId(coder));
            if (!memos.TryGetValue(key, out var parts))
            {
                keys.Add(key);
                memos[key] = memo is null ? [] : [memo];
                continue;
            }
            bool joined = memo is not null && !parts.Contains(memo, StringComparer.Ordinal);
            if (joined)
            {
                parts.Add(memo!);
            }
            report.Note($"coding {new SegmentCoding(segment, codeId, key.Item3)} appears twice in the file; merged into one{(joined && parts.Count > 1 ? " (memos joined)" : string.Empty)}");
        }
        return keys.ConvertAll(k => new SegmentCoding(k.Segment, k.CodeId, k.CoderId, memos[k] is { Count: > 0 } parts ? string.Join("\n\n", parts) : null));
    }

    private DocumentAttributes ReadAttributes(XElement source, string? organisation, string sourceName)
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
                    free.Add(new(variable.Name, ParseVariable(element.Name.LocalName, text, variable.Name, sourceName)));
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

    private VariableValue ParseVariable(string element, string text, string name, string sourceName)
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

    // The plain text of a source or note: inline, or the archive entry its plainTextPath names (strict UTF-8).
    private string? SourceText(XElement source)
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
        string? text = archive.ReadText(entryName);
        if (text is null)
        {
            report.Ignore($"'{path}' is referenced but not in the archive");
        }
        return text;
    }

    private static void AddUnique<TValue>(Dictionary<string, TValue> map, string guid, TValue value, string what)
    {
        if (!map.TryAdd(guid, value))
        {
            throw new InvalidDataException($"Two {what} have the GUID {guid}; references to it would be ambiguous.");
        }
    }

    private static string Attr(XElement element, string name) =>
        (string?)element.Attribute(name) ?? throw new InvalidDataException($"The {element.Name.LocalName} element lacks the required attribute '{name}'.");

    private static string? NonBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private readonly record struct PendingCoding(TextSegment Segment, string CodeGuid, string Coder, string? Memo);
}
