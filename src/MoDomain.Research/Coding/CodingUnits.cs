using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MoDomain.Internal;

namespace MoDomain.Coding;

/// <summary>
/// Turns the codings of two or more coders into plain agreement input, independent of any statistic: code
/// assignments per unit and coder (<see cref="Assignments"/>), and code presence per unit, coder and code
/// (<see cref="Presence"/>).
/// </summary>
/// <remarks>
/// <para>Units: with <see cref="CodingUnitLevel.Segment"/> every distinct character range that any considered coder
/// coded is a unit (key <c>document#start-end</c>); with <see cref="CodingUnitLevel.Document"/> every document of the
/// corpus is a unit (key = document id).</para>
/// <para>Presence assumes every considered coder read every document, so a coder who did not give a code to a unit
/// is recorded as <c>Present = false</c> (not as missing). Pass <c>coderIds</c> to restrict or order the coders;
/// by default all coders of the corpus, in order of first appearance.</para>
/// <para>Output order is deterministic: units in document order and then by position, coders in the given order,
/// codes in codebook order.</para>
/// </remarks>
public static class CodingUnits
{
    /// <summary>Returns every distinct (unit, coder, code) assignment.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="level">The unit level.</param>
    /// <param name="coderIds">The coders to include, or null for all.</param>
    /// <returns>The assignments.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="corpus"/> is null or <paramref name="coderIds"/> holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public static ImmutableArray<CodingUnit> Assignments(Corpus corpus, CodingUnitLevel level = CodingUnitLevel.Segment, IEnumerable<string>? coderIds = null)
    {
        Guard.Against.Null(corpus);
        Guard.Against.UndefinedValue(level);
        var coders = Coders(corpus, coderIds);
        var coderRank = coders.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var units = Units(corpus, level, coders);
        var unitRank = units.Select((u, i) => (u, i)).ToDictionary(p => p.u, p => p.i, StringComparer.Ordinal);
        var codeRank = CodeRank(corpus);
        return
        [
            .. corpus.Codings
                .Where(c => coderRank.ContainsKey(c.CoderId))
                .Select(c => new CodingUnit(Key(c.Segment, level), c.CoderId, c.CodeId))
                .Distinct()
                .OrderBy(u => unitRank[u.UnitKey])
                .ThenBy(u => coderRank[u.CoderId])
                .ThenBy(u => codeRank[u.CodeId]),
        ];
    }

    /// <summary>Returns, for one code, whether each coder gave it to each unit.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="codeId">The code.</param>
    /// <param name="level">The unit level.</param>
    /// <param name="coderIds">The coders to include, or null for all.</param>
    /// <param name="includeSubcodes">Whether a sub-code of <paramref name="codeId"/> counts as the code.</param>
    /// <returns>One record per unit and coder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="corpus"/> or <paramref name="codeId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The code is not in the codebook.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public static ImmutableArray<CodePresence> Presence(Corpus corpus, string codeId, CodingUnitLevel level = CodingUnitLevel.Segment, IEnumerable<string>? coderIds = null, bool includeSubcodes = false)
    {
        Guard.Against.Null(corpus);
        _ = corpus.Codebook[codeId];
        Guard.Against.UndefinedValue(level);
        var coders = Coders(corpus, coderIds);
        var present = corpus.Codings
            .Where(c => includeSubcodes ? corpus.Codebook.IsWithin(c.CodeId, codeId) : string.Equals(c.CodeId, codeId, StringComparison.Ordinal))
            .Select(c => (Key(c.Segment, level), c.CoderId))
            .ToHashSet();
        var builder = ImmutableArray.CreateBuilder<CodePresence>();
        foreach (var unit in Units(corpus, level, coders))
        {
            foreach (var coder in coders)
            {
                builder.Add(new CodePresence(unit, coder, codeId, present.Contains((unit, coder))));
            }
        }
        return builder.ToImmutable();
    }

    /// <summary>Returns the unit key of a segment at a level.</summary>
    /// <param name="segment">The segment.</param>
    /// <param name="level">The level.</param>
    /// <returns><c>document#start-end</c> or the document id.</returns>
    public static string Key(TextSegment segment, CodingUnitLevel level) =>
        level == CodingUnitLevel.Document ? segment.DocumentId : segment.ToString();

    private static ImmutableArray<string> Coders(Corpus corpus, IEnumerable<string>? coderIds)
    {
        if (coderIds is null)
        {
            return corpus.Coders;
        }
        Guard.Against.NullElements(coderIds);
        return [.. coderIds.Distinct(StringComparer.Ordinal)];
    }

    private static ImmutableArray<string> Units(Corpus corpus, CodingUnitLevel level, ImmutableArray<string> coders)
    {
        if (level == CodingUnitLevel.Document)
        {
            return [.. corpus.Documents.Select(d => d.Id)];
        }
        var docRank = corpus.Documents.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var wanted = coders.ToHashSet(StringComparer.Ordinal);
        return
        [
            .. corpus.Codings.Where(c => wanted.Contains(c.CoderId)).Select(c => c.Segment).Distinct()
                .OrderBy(s => docRank[s.DocumentId]).ThenBy(s => s.Start).ThenBy(s => s.End)
                .Select(s => s.ToString()),
        ];
    }

    private static Dictionary<string, int> CodeRank(Corpus corpus)
    {
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < corpus.Codebook.Codes.Count; i++)
        {
            rank[corpus.Codebook.Codes[i].Id] = i;
        }
        return rank;
    }
}
