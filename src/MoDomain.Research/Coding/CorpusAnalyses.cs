using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MoDomain.Internal;
using MoDomain.Rules;
using MoDomain.SocialSecurity;
using NodaTime.Text;

namespace MoDomain.Coding;

/// <summary>
/// Analyses of a coded <see cref="Corpus"/>: code frequencies, the MIKOSS function × perspective matrix, code
/// co-occurrence (including where homemaking and service co-occur), code × attribute cross-tabulations and retrieval
/// of coded segments with their text.
/// </summary>
/// <remarks>
/// Unless stated otherwise, analyses count <em>distinct coded segments</em>: a segment × code pair counts once however
/// many coders gave it. Pass <c>coderId</c> to restrict an analysis to one coder. Results are in a deterministic order
/// (codes in codebook order, groups ordinal). All methods are pure.
/// </remarks>
public static class CorpusAnalyses
{
    /// <summary>The attribute names <see cref="CrossTabulate"/> understands besides free variable names.</summary>
    public static ImmutableArray<string> AttributeNames { get; } =
        ["perspective", "administrative-role", "organisation", "interview-date", "language", "speaker"];

    /// <summary>Counts, per group and code, the distinct coded segments and the documents they occur in.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="grouping">How to group.</param>
    /// <param name="coderId">Only this coder's codings, or null for all.</param>
    /// <param name="includeSubcodes">Whether a segment also counts for every code above its code (indicators and
    /// sub-codes roll up to their parents, as in <see cref="FunctionPerspectiveMatrix"/> and <see cref="Retrieve"/>); true by default.</param>
    /// <returns>One row per group and code used (or, rolled up, lying above a code used), ordered by group (ordinal)
    /// and code (codebook order).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="corpus"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grouping"/> is not defined.</exception>
    /// <remarks>Rolled up, a segment coded with two indicators of one function counts once for the function. With
    /// <see cref="FrequencyGrouping.Speaker"/> and <see cref="FrequencyGrouping.SpeakerRole"/> a segment spanning
    /// several speakers counts once in each of their groups.</remarks>
    public static ImmutableArray<CodeFrequency> CodeFrequencies(this Corpus corpus, FrequencyGrouping grouping = FrequencyGrouping.Corpus, string? coderId = null, bool includeSubcodes = true)
    {
        Guard.Against.Null(corpus);
        Guard.Against.UndefinedValue(grouping);
        var order = CodeOrder(corpus.Codebook);
        return
        [
            .. RolledUp(corpus, coderId, includeSubcodes)
                .SelectMany(c => GroupKeys(corpus.Document(c.Segment.DocumentId), c.Segment, grouping).Select(g => (Group: g, c.CodeId, c.Segment)))
                .Distinct()
                .GroupBy(c => (c.Group, c.CodeId))
                .Select(g => new CodeFrequency(g.Key.Group, g.Key.CodeId, g.Count(), g.Select(c => c.Segment.DocumentId).Distinct(StringComparer.Ordinal).Count()))
                .OrderBy(f => f.Group, StringComparer.Ordinal)
                .ThenBy(f => order[f.CodeId]),
        ];
    }

    /// <summary>Builds the MIKOSS 4 × 3 function × perspective matrix of coded segments and documents.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="coderId">Only this coder's codings, or null for all.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="corpus"/> is null.</exception>
    public static CodedFunctionMatrix FunctionPerspectiveMatrix(this Corpus corpus, string? coderId = null)
    {
        Guard.Against.Null(corpus);
        int nf = Enum.GetValues<SocialSecurityFunction>().Length;
        int np = Enum.GetValues<Perspective>().Length;
        var segmentSets = new HashSet<TextSegment>[nf, np];
        var documentSets = new HashSet<string>[nf, np];
        var without = new HashSet<TextSegment>[nf];
        for (int f = 0; f < nf; f++)
        {
            without[f] = [];
            for (int p = 0; p < np; p++)
            {
                segmentSets[f, p] = [];
                documentSets[f, p] = new HashSet<string>(StringComparer.Ordinal);
            }
        }
        foreach (var coding in Distinct(corpus, coderId))
        {
            if (!StandardCodes.TryGetFunction(corpus.Codebook, coding.CodeId, out var function))
            {
                continue;
            }
            var perspective = corpus.Document(coding.Segment.DocumentId).Attributes.Perspective;
            if (perspective.IsKnown)
            {
                segmentSets[(int)function, (int)perspective.Value].Add(coding.Segment);
                documentSets[(int)function, (int)perspective.Value].Add(coding.Segment.DocumentId);
            }
            else
            {
                without[(int)function].Add(coding.Segment);
            }
        }
        var segments = new int[nf, np];
        var documents = new int[nf, np];
        for (int f = 0; f < nf; f++)
        {
            for (int p = 0; p < np; p++)
            {
                segments[f, p] = segmentSets[f, p].Count;
                documents[f, p] = documentSets[f, p].Count;
            }
        }
        return new CodedFunctionMatrix(segments, documents, [.. without.Select(s => s.Count)]);
    }

    /// <summary>Builds the co-occurrence matrix of the given codes.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="codeIds">The codes (rows and columns, in this order); null gives every code used in the corpus, in codebook order.</param>
    /// <param name="includeSubcodes">Whether a segment counts for a code when its code lies below it.</param>
    /// <param name="coderId">Only this coder's codings, or null for all.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="corpus"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">A code is not in the codebook.</exception>
    /// <remarks>
    /// <para>For two different codes X and Y the cell counts the pairs (a, b) of distinct coded segments (character
    /// ranges) of one document, a carrying a code within X and b a code within Y, that overlap or are identical. A
    /// segment counts once for X however many codes within X it carries and however many coders gave them; a
    /// segment paired with itself counts when it carries two different codes, one within X and one within Y. The
    /// diagonal holds the number of distinct segments within each code.</para>
    /// <para>Time O(n log n) per pair of codes for n coded segments (sorted ends and binary search, no pairwise loop).</para>
    /// </remarks>
    public static CoOccurrenceMatrix CoOccurrenceMatrix(this Corpus corpus, IEnumerable<string>? codeIds = null, bool includeSubcodes = true, string? coderId = null)
    {
        Guard.Against.Null(corpus);
        var distinct = Distinct(corpus, coderId).ToList();
        var codeOrder = CodeOrder(corpus.Codebook);
        var ids = codeIds is null
            ? [.. distinct.Select(c => c.CodeId).Distinct(StringComparer.Ordinal).OrderBy(id => codeOrder[id])]
            : codeIds.Select(id => corpus.Codebook[id].Id).Distinct(StringComparer.Ordinal).ToImmutableArray();
        var sets = new SegmentSet[ids.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            sets[i] = SegmentSet.Of(distinct.Where(c => Matches(corpus.Codebook, c.CodeId, ids[i], includeSubcodes)));
        }
        var counts = new int[ids.Length, ids.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            counts[i, i] = sets[i].Count;
            for (int j = i + 1; j < ids.Length; j++)
            {
                int n = SegmentSet.CountPairs(sets[i], sets[j]);
                counts[i, j] = n;
                counts[j, i] = n;
            }
        }
        return new CoOccurrenceMatrix(ids, counts);
    }

    /// <summary>
    /// Lists where two codes co-occur: every pair of distinct coded segments (character ranges) of one document, one
    /// within each code (sub-codes included), that overlap or are identical, with the overlapping text; exactly the
    /// pairs <see cref="CoOccurrenceMatrix"/> counts. For the question the MIKOSS report raises, use
    /// <see cref="WhereHomemakingAndServiceCoOccur"/>.
    /// </summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="firstCodeId">The first code.</param>
    /// <param name="secondCodeId">The second code.</param>
    /// <param name="coderId">Only this coder's codings, or null for all.</param>
    /// <returns>The co-occurrences in document order and then by position.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="KeyNotFoundException">A code is not in the codebook.</exception>
    /// <remarks>
    /// <para>Each pair of ranges is listed once, however many sub-codes or coders lie behind it. When a segment carries
    /// several codes within the first code, <see cref="CoOccurrence.FirstCodeId"/> is the first of them in codebook
    /// order (likewise for the second; for a segment paired with itself the second differs from the first).</para>
    /// <para>When both codes are the same, each unordered pair of two different overlapping segments is listed once.</para>
    /// </remarks>
    public static ImmutableArray<CoOccurrence> WhereCoOccur(this Corpus corpus, string firstCodeId, string secondCodeId, string? coderId = null)
    {
        Guard.Against.Null(corpus);
        _ = corpus.Codebook[firstCodeId];
        _ = corpus.Codebook[secondCodeId];
        var distinct = Distinct(corpus, coderId).ToList();
        var first = SegmentSet.Of(distinct.Where(c => corpus.Codebook.IsWithin(c.CodeId, firstCodeId)));
        var second = SegmentSet.Of(distinct.Where(c => corpus.Codebook.IsWithin(c.CodeId, secondCodeId)));
        bool same = string.Equals(firstCodeId, secondCodeId, StringComparison.Ordinal);
        var docOrder = DocumentOrder(corpus);
        var codeOrder = CodeOrder(corpus.Codebook);
        var result = new List<CoOccurrence>();
        foreach (var (documentId, segments) in first.ByDocument)
        {
            if (!second.ByDocument.TryGetValue(documentId, out var others))
            {
                continue;
            }
            string text = corpus.Document(documentId).Text;
            foreach (var a in segments)
            {
                foreach (var b in others)
                {
                    if (!a.Key.Overlaps(b.Key) || (same && (a.Key == b.Key || Before(b.Key, a.Key))))
                    {
                        continue;
                    }
                    string? firstCode = a.Key == b.Key
                        ? a.Value.Where(id => b.Value.Exists(other => !string.Equals(other, id, StringComparison.Ordinal))).MinBy(id => codeOrder[id])
                        : a.Value.MinBy(id => codeOrder[id]);
                    string? secondCode = b.Value.Where(id => a.Key != b.Key || !string.Equals(id, firstCode, StringComparison.Ordinal)).MinBy(id => codeOrder[id]);
                    if (firstCode is null || secondCode is null)
                    {
                        continue; // one code on the segment lies within both codes: no co-occurrence with itself
                    }
                    int start = Math.Max(a.Key.Start, b.Key.Start);
                    int end = Math.Min(a.Key.End, b.Key.End);
                    result.Add(new CoOccurrence(documentId, a.Key, firstCode, b.Key, secondCode, text[start..end]));
                }
            }
        }
        return [.. result.OrderBy(r => docOrder[r.DocumentId]).ThenBy(r => r.First.Start).ThenBy(r => r.First.End).ThenBy(r => r.Second.Start).ThenBy(r => r.Second.End)];
    }

    private static bool Before(TextSegment a, TextSegment b) => a.Start < b.Start || (a.Start == b.Start && a.End < b.End);

    /// <summary>Lists where the homemaking and the service function co-occur (codes or indicators of both overlapping).</summary>
    /// <param name="corpus">The corpus; its codebook must contain the standard function codes.</param>
    /// <param name="coderId">Only this coder's codings, or null for all.</param>
    /// <returns>The co-occurrences.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="corpus"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The codebook lacks the function codes.</exception>
    public static ImmutableArray<CoOccurrence> WhereHomemakingAndServiceCoOccur(this Corpus corpus, string? coderId = null) =>
        WhereCoOccur(corpus, StandardCodes.Function(SocialSecurityFunction.Homemaking), StandardCodes.Function(SocialSecurityFunction.Service), coderId);

    /// <summary>Cross-tabulates codes against a document attribute.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="attribute">One of <see cref="AttributeNames"/> or the name of a free variable.</param>
    /// <param name="coderId">Only this coder's codings, or null for all.</param>
    /// <param name="includeSubcodes">Whether a segment also counts for every code above its code (roll-up, as in
    /// <see cref="CodeFrequencies"/>); true by default.</param>
    /// <returns>One cell per code used (or, rolled up, lying above a code used) and attribute value seen, ordered by
    /// code (codebook order) and value (ordinal).</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The attribute is blank.</exception>
    public static ImmutableArray<CrossTabCell> CrossTabulate(this Corpus corpus, string attribute, string? coderId = null, bool includeSubcodes = true)
    {
        Guard.Against.Null(corpus);
        Guard.Against.Blank(attribute);
        var order = CodeOrder(corpus.Codebook);
        return
        [
            .. RolledUp(corpus, coderId, includeSubcodes)
                .GroupBy(c => (c.CodeId, Value: AttributeValue(corpus.Document(c.Segment.DocumentId), attribute)))
                .Select(g => new CrossTabCell(g.Key.CodeId, g.Key.Value, g.Count(), g.Select(c => c.Segment.DocumentId).Distinct(StringComparer.Ordinal).Count()))
                .OrderBy(c => order[c.CodeId])
                .ThenBy(c => c.Value, StringComparer.Ordinal),
        ];
    }

    /// <summary>Retrieves coded segments with their text, for quoting.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="codeId">Only segments with this code or (with <paramref name="includeSubcodes"/>) a code below it; null for all.</param>
    /// <param name="perspective">Only documents of this perspective; null for all.</param>
    /// <param name="organisationId">Only documents about this organisation; null for all.</param>
    /// <param name="includeSubcodes">Whether sub-codes of <paramref name="codeId"/> match.</param>
    /// <returns>The coded segments in document order, then by position and code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="corpus"/> is null.</exception>
    /// <exception cref="KeyNotFoundException"><paramref name="codeId"/> is not in the codebook.</exception>
    public static ImmutableArray<CodedSegment> Retrieve(this Corpus corpus, string? codeId = null, Perspective? perspective = null, string? organisationId = null, bool includeSubcodes = true)
    {
        Guard.Against.Null(corpus);
        if (codeId is not null)
        {
            _ = corpus.Codebook[codeId];
        }
        var docOrder = DocumentOrder(corpus);
        var order = CodeOrder(corpus.Codebook);
        return
        [
            .. corpus.Codings
                .Where(c => codeId is null || Matches(corpus.Codebook, c.CodeId, codeId, includeSubcodes))
                .Where(c =>
                {
                    var attributes = corpus.Document(c.Segment.DocumentId).Attributes;
                    return (perspective is null || (attributes.Perspective.IsKnown && attributes.Perspective.Value == perspective.Value))
                        && (organisationId is null || string.Equals(attributes.OrganisationId, organisationId, StringComparison.Ordinal));
                })
                .GroupBy(c => (c.Segment, c.CodeId))
                .Select(g => new CodedSegment(
                    corpus.Document(g.Key.Segment.DocumentId),
                    g.Key.Segment,
                    g.Key.CodeId,
                    corpus.TextOf(g.Key.Segment),
                    [.. g.Select(c => c.CoderId)],
                    [.. g.Where(c => c.Memo is not null).Select(c => c.Memo!)]))
                .OrderBy(s => docOrder[s.Segment.DocumentId])
                .ThenBy(s => s.Segment.Start)
                .ThenBy(s => s.Segment.End)
                .ThenBy(s => order[s.CodeId]),
        ];
    }

    /// <summary>Returns the value of a document attribute as text, as the analyses and exports use it.</summary>
    /// <param name="document">The document.</param>
    /// <param name="attribute">One of <see cref="AttributeNames"/> or a free variable name.</param>
    /// <returns>The value; <c>unknown</c> when not recorded.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string AttributeValue(CorpusDocument document, string attribute)
    {
        Guard.Against.Null(document);
        Guard.Against.Null(attribute);
        var a = document.Attributes;
        return attribute switch
        {
            "perspective" => Known(a.Perspective.Select(SocialSecurityVocabulary.Perspectives.IdOf)),
            "administrative-role" => Known(a.AdministrativeRole.Select(SocialSecurityVocabulary.AdministrativeRoles.IdOf)),
            "organisation" => a.OrganisationId ?? Unknown,
            "interview-date" => Known(a.InterviewDate.Select(LocalDatePattern.Iso.Format)),
            "language" => a.Language,
            "speaker" => a.SpeakerId ?? Unknown,
            _ => a.Variables.TryGetValue(attribute, out var value) ? value.ToString() : Unknown,
        };
    }

    private const string Unknown = "unknown";

    private static string Known(Fact<string> fact) => fact.IsKnown ? fact.Value : Unknown;

    private static string GroupKey(CorpusDocument document, FrequencyGrouping grouping) => grouping switch
    {
        FrequencyGrouping.Corpus => "corpus",
        FrequencyGrouping.Document => document.Id,
        FrequencyGrouping.Organisation => AttributeValue(document, "organisation"),
        _ => AttributeValue(document, "perspective"),
    };

    private static List<string> GroupKeys(CorpusDocument document, TextSegment segment, FrequencyGrouping grouping)
    {
        if (grouping is not (FrequencyGrouping.Speaker or FrequencyGrouping.SpeakerRole))
        {
            return [GroupKey(document, grouping)];
        }
        if (document.Turns.IsEmpty)
        {
            return [grouping == FrequencyGrouping.Speaker ? document.Attributes.SpeakerId ?? Unknown : Unknown];
        }
        var keys = document.TurnsOverlapping(segment)
            .Select(t => grouping == FrequencyGrouping.Speaker ? t.SpeakerId ?? Unknown : t.RoleId)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return keys.Count == 0 ? [Unknown] : keys;
    }

    // Distinct (segment, code) pairs, and with roll-up also (segment, ancestor) for every code above.
    private static IEnumerable<(TextSegment Segment, string CodeId)> RolledUp(Corpus corpus, string? coderId, bool includeSubcodes)
    {
        var seen = new HashSet<(TextSegment, string)>();
        foreach (var coding in Distinct(corpus, coderId))
        {
            for (string? id = coding.CodeId; id is not null; id = includeSubcodes ? corpus.Codebook[id].ParentId : null)
            {
                if (seen.Add((coding.Segment, id)))
                {
                    yield return (coding.Segment, id);
                }
            }
        }
    }

    private static bool Matches(Codebook codebook, string codeId, string wanted, bool includeSubcodes) =>
        includeSubcodes ? codebook.IsWithin(codeId, wanted) : string.Equals(codeId, wanted, StringComparison.Ordinal);

    // Distinct segment × code pairs (first coding of each kept), optionally of one coder only.
    internal static IEnumerable<SegmentCoding> Distinct(Corpus corpus, string? coderId)
    {
        var seen = new HashSet<(TextSegment, string)>();
        foreach (var coding in corpus.Codings)
        {
            if ((coderId is null || string.Equals(coding.CoderId, coderId, StringComparison.Ordinal)) && seen.Add((coding.Segment, coding.CodeId)))
            {
                yield return coding;
            }
        }
    }

    private static Dictionary<string, int> CodeOrder(Codebook codebook)
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < codebook.Codes.Count; i++)
        {
            order[codebook.Codes[i].Id] = i;
        }
        return order;
    }

    private static Dictionary<string, int> DocumentOrder(Corpus corpus)
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < corpus.Documents.Count; i++)
        {
            order[corpus.Documents[i].Id] = i;
        }
        return order;
    }
}
