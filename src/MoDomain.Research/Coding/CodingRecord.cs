using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using MoDomain.Internal;
using MoDomain.SocialSecurity;
using NodaTime.Text;

namespace MoDomain.Coding;

/// <summary>
/// One coding as a flat, tidy record with its context: the row of the CSV and JSON exports (one row per coding) and
/// what <c>CorpusCsv.Read</c> returns. Attribute values are text (<c>null</c> when absent).
/// </summary>
/// <remarks>
/// <see cref="Start"/> and <see cref="End"/> count Unicode code points from the start of the document (as the files
/// that hold records do), not UTF-16 units as <see cref="TextSegment"/> does; they differ only after a character
/// outside the Basic Multilingual Plane (an emoji, U+1D11E). <c>CorpusCsv.ApplyTo</c> converts them back.
/// </remarks>
/// <param name="DocumentId">The document id.</param>
/// <param name="Start">The segment start, in code points.</param>
/// <param name="End">The segment end (exclusive), in code points.</param>
/// <param name="Text">The segment text, or null when left out.</param>
/// <param name="CodeId">The code id.</param>
/// <param name="CodeLabelEnglish">The English code label, or null.</param>
/// <param name="CodeLabelGerman">The German code label, or null.</param>
/// <param name="CoderId">The coder id.</param>
/// <param name="Memo">The memo, or null.</param>
/// <param name="Perspective">The perspective id, or null.</param>
/// <param name="AdministrativeRole">The administrative role id, or null.</param>
/// <param name="OrganisationId">The organisation reference, or null.</param>
/// <param name="InterviewDate">The interview date (<c>yyyy-MM-dd</c>), or null.</param>
/// <param name="Language">The language tag, or null.</param>
/// <param name="SpeakerId">The pseudonymous speaker id, or null.</param>
/// <param name="SpeakerName">The speaker's name (only when direct identifiers were included), or null.</param>
/// <param name="Variables">The free variables as invariant text, by name.</param>
/// <param name="Line">The line of the CSV file the record was read from (1 = header), or 0 when not read from a file.</param>
public sealed record CodingRecord(
    string DocumentId,
    int Start,
    int End,
    string? Text,
    string CodeId,
    string? CodeLabelEnglish,
    string? CodeLabelGerman,
    string CoderId,
    string? Memo,
    string? Perspective,
    string? AdministrativeRole,
    string? OrganisationId,
    string? InterviewDate,
    string? Language,
    string? SpeakerId,
    string? SpeakerName,
    ImmutableSortedDictionary<string, string> Variables,
    int Line = 0)
{
    /// <summary>Flattens the codings of a corpus into records, in coding order.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="includeText">Whether to include the segment text.</param>
    /// <param name="includeDirectIdentifiers">Whether to include direct identifiers (speaker names and the variables
    /// <see cref="DirectIdentifierNames.Default"/> lists); off unless the caller opts in.</param>
    /// <returns>The records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="corpus"/> is null.</exception>
    public static ImmutableArray<CodingRecord> FromCorpus(Corpus corpus, bool includeText = true, bool includeDirectIdentifiers = false) =>
        FromCorpus(corpus, CorpusExportOptions.Default with { IncludeText = includeText, IncludeDirectIdentifiers = includeDirectIdentifiers });

    /// <summary>Flattens the codings of a corpus into records, in coding order, with positions in code points.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="options">Whether to include the text and direct identifiers, and which variables are direct identifiers.</param>
    /// <returns>The records.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ImmutableArray<CodingRecord> FromCorpus(Corpus corpus, CorpusExportOptions options)
    {
        Guard.Against.Null(corpus);
        Guard.Against.Null(options);
        var builder = ImmutableArray.CreateBuilder<CodingRecord>(corpus.Codings.Count);
        var offsets = new Dictionary<string, CodePointOffsets>(StringComparer.Ordinal);
        foreach (var coding in corpus.Codings)
        {
            var document = corpus.Document(coding.Segment.DocumentId);
            if (!offsets.TryGetValue(document.Id, out var map))
            {
                map = CodePointOffsets.Of(document.Text);
                offsets.Add(document.Id, map);
            }
            var a = document.Attributes;
            var code = corpus.Codebook[coding.CodeId];
            var variables = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach (var pair in a.Variables)
            {
                if (options.IncludeDirectIdentifiers || !options.DirectIdentifiers.Matches(pair.Key))
                {
                    variables[pair.Key] = pair.Value.ToString();
                }
            }
            builder.Add(new CodingRecord(
                document.Id,
                map.ToCodePoints(coding.Segment.Start),
                map.ToCodePoints(coding.Segment.End),
                options.IncludeText ? corpus.TextOf(coding.Segment) : null,
                code.Id,
                code.Label.English,
                code.Label.German,
                coding.CoderId,
                coding.Memo,
                a.Perspective.IsKnown ? SocialSecurityVocabulary.Perspectives.IdOf(a.Perspective.Value) : null,
                a.AdministrativeRole.IsKnown ? SocialSecurityVocabulary.AdministrativeRoles.IdOf(a.AdministrativeRole.Value) : null,
                a.OrganisationId,
                a.InterviewDate.IsKnown ? LocalDatePattern.Iso.Format(a.InterviewDate.Value) : null,
                a.Language,
                a.SpeakerId,
                options.IncludeDirectIdentifiers ? a.SpeakerName : null,
                variables.ToImmutable()));
        }
        return builder.MoveToImmutable();
    }

    /// <summary>Turns records into agreement input (see <see cref="CodingUnits"/>): one distinct (unit, coder, code) per record.</summary>
    /// <param name="records">The records.</param>
    /// <param name="level">The unit level.</param>
    /// <returns>The assignments in record order, duplicates removed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is or holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public static ImmutableArray<CodingUnit> ToUnits(IEnumerable<CodingRecord> records, CodingUnitLevel level = CodingUnitLevel.Segment)
    {
        Guard.Against.NullElements(records);
        Guard.Against.UndefinedValue(level);
        var seen = new HashSet<CodingUnit>();
        var builder = ImmutableArray.CreateBuilder<CodingUnit>();
        foreach (var r in records)
        {
            var unit = new CodingUnit(CodingUnits.Key(new TextSegment(r.DocumentId, r.Start, r.End), level), r.CoderId, r.CodeId);
            if (seen.Add(unit))
            {
                builder.Add(unit);
            }
        }
        return builder.ToImmutable();
    }

    /// <summary>Value equality: every field is equal, strings ordinally and <see cref="Variables"/> by its name/value
    /// pairs (not by reference, as a record's generated equality would compare the dictionary).</summary>
    /// <param name="other">The other record.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(CodingRecord? other) =>
        other is not null
        && string.Equals(DocumentId, other.DocumentId, StringComparison.Ordinal)
        && Start == other.Start
        && End == other.End
        && string.Equals(Text, other.Text, StringComparison.Ordinal)
        && string.Equals(CodeId, other.CodeId, StringComparison.Ordinal)
        && string.Equals(CodeLabelEnglish, other.CodeLabelEnglish, StringComparison.Ordinal)
        && string.Equals(CodeLabelGerman, other.CodeLabelGerman, StringComparison.Ordinal)
        && string.Equals(CoderId, other.CoderId, StringComparison.Ordinal)
        && string.Equals(Memo, other.Memo, StringComparison.Ordinal)
        && string.Equals(Perspective, other.Perspective, StringComparison.Ordinal)
        && string.Equals(AdministrativeRole, other.AdministrativeRole, StringComparison.Ordinal)
        && string.Equals(OrganisationId, other.OrganisationId, StringComparison.Ordinal)
        && string.Equals(InterviewDate, other.InterviewDate, StringComparison.Ordinal)
        && string.Equals(Language, other.Language, StringComparison.Ordinal)
        && string.Equals(SpeakerId, other.SpeakerId, StringComparison.Ordinal)
        && string.Equals(SpeakerName, other.SpeakerName, StringComparison.Ordinal)
        && ContentEquality.Equal(Variables, other.Variables)
        && Line == other.Line;

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(DocumentId, StringComparer.Ordinal);
        hash.Add(Start);
        hash.Add(End);
        hash.Add(Text, StringComparer.Ordinal);
        hash.Add(CodeId, StringComparer.Ordinal);
        hash.Add(CodeLabelEnglish, StringComparer.Ordinal);
        hash.Add(CodeLabelGerman, StringComparer.Ordinal);
        hash.Add(CoderId, StringComparer.Ordinal);
        hash.Add(Memo, StringComparer.Ordinal);
        hash.Add(Perspective, StringComparer.Ordinal);
        hash.Add(AdministrativeRole, StringComparer.Ordinal);
        hash.Add(OrganisationId, StringComparer.Ordinal);
        hash.Add(InterviewDate, StringComparer.Ordinal);
        hash.Add(Language, StringComparer.Ordinal);
        hash.Add(SpeakerId, StringComparer.Ordinal);
        hash.Add(SpeakerName, StringComparer.Ordinal);
        ContentEquality.Add(ref hash, Variables);
        hash.Add(Line);
        return hash.ToHashCode();
    }
}
