using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using MoDomain.Internal;

namespace MoDomain.Coding.Agreement;

/// <summary>
/// Turns codings (unit × coder × code) into reliability data: per-code presence/absence (<see cref="Presence"/>) or one
/// nominal category per unit and coder (<see cref="Categories"/>). A unit is whatever the caller keys codings by: a
/// segment, or a whole document.
/// </summary>
/// <remarks>
/// Both adapters assume every listed coder examined every listed unit: a coder who did not apply a code to a unit
/// judged it absent. Codings must name listed codes and coders (filter the codings to the codes of interest first);
/// unknown ids are rejected with "did you mean" suggestions.
/// </remarks>
public static class CodingReliability
{
    /// <summary>
    /// Builds presence/absence data per code: for each code, units × coders → <see cref="PresenceReliability.Present"/>
    /// or <see cref="PresenceReliability.Absent"/>.
    /// </summary>
    /// <param name="codings">The codings; repeating a coding (same unit, coder and code) has no further effect.</param>
    /// <param name="codes">The codes to assess, in report order (at least one).</param>
    /// <param name="coders">The coders, in column order (at least one).</param>
    /// <param name="units">
    /// All units, including units no coder coded (they count as agreed absences); when null, the units of
    /// <paramref name="codings"/> in order of first appearance.
    /// </param>
    /// <returns>The presence data per code and overall.</returns>
    /// <exception cref="ArgumentNullException">An argument or an id in a coding is null.</exception>
    /// <exception cref="ArgumentException">
    /// A list is empty (codes, coders) or repeats an id; an id is blank or contains a control character; or a coding
    /// names a code, coder or unit not in the lists.
    /// </exception>
    public static PresenceReliability Presence(
        IEnumerable<CodingUnit> codings,
        IEnumerable<string> codes,
        IEnumerable<string> coders,
        IEnumerable<string>? units = null)
    {
        var (codeIndex, coderIndex, unitIndex, rows) = Resolve(codings, codes, coders, units);
        int m = coderIndex.Count;
        int unitCount = unitIndex.Count;
        var present = new bool[codeIndex.Count][];
        for (int k = 0; k < present.Length; k++)
        {
            present[k] = new bool[unitCount * m];
        }
        foreach (var (unit, coder, code) in rows)
        {
            present[code][(unit * m) + coder] = true;
        }
        var categories = ImmutableArray.Create(PresenceReliability.Absent, PresenceReliability.Present);
        var perCode = ImmutableArray.CreateBuilder<ReliabilityData>(present.Length);
        foreach (var flags in present)
        {
            var cells = new int[flags.Length];
            for (int i = 0; i < flags.Length; i++)
            {
                cells[i] = flags[i] ? 1 : 0;
            }
            perCode.Add(ReliabilityData.FromCells(unitIndex.Ids, coderIndex.Ids, categories, cells));
        }
        return new PresenceReliability(codeIndex.Ids, coderIndex.Ids, unitIndex.Ids, perCode.MoveToImmutable());
    }

    /// <summary>
    /// Builds presence/absence data per code from coded ranges, where ranges of one code in one document whose overlap
    /// reaches <paramref name="matching"/>'s share count as one unit (MAXQDA-style tolerance): for each code, its units
    /// are the groups of matching ranges, and a coder is present in a unit when one of the coder's ranges is in it.
    /// </summary>
    /// <param name="codings">The coded ranges; the memo is ignored and a repeated (range, code, coder) has no further effect.</param>
    /// <param name="codes">The codes to assess, in report order (at least one).</param>
    /// <param name="coders">The coders, in column order (at least one).</param>
    /// <param name="matching">When two ranges are one unit.</param>
    /// <returns>The presence data; <see cref="PresenceReliability.Matching"/> is <paramref name="matching"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument, a coding or an id in it is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Presence"/>.</exception>
    /// <remarks>
    /// <para>Unlike <see cref="Presence"/>, a code's units are only the places where some coder applied that code, so
    /// there are no agreed absences: percent agreement and α then answer "when one coder applied the code here, did
    /// the others too?", as MAXQDA's segment comparison does. Units are keyed <c>document#start-end</c> by the span of
    /// their ranges and ordered by document id (ordinal), start and end, independent of input order.</para>
    /// <para>Time O(n log n + P) for n ranges and P pairs of ranges of one code that overlap in one document.</para>
    /// </remarks>
    public static PresenceReliability PresenceByOverlap(
        IEnumerable<SegmentCoding> codings,
        IEnumerable<string> codes,
        IEnumerable<string> coders,
        OverlapMatching matching)
    {
        Guard.Against.Null(codings);
        Guard.Against.Null(codes);
        Guard.Against.Null(coders);
        Guard.Against.Null(matching);
        var codeIndex = IdIndex.Create(codes, nameof(codes));
        var coderIndex = IdIndex.Create(coders, nameof(coders));
        Guard.Against.Unsatisfied(codeIndex.Count > 0, "At least one code is needed.", nameof(codes));
        Guard.Against.Unsatisfied(coderIndex.Count > 0, "At least one coder is needed.", nameof(coders));
        var byCode = new List<(TextSegment Segment, int Coder)>[codeIndex.Count];
        for (int k = 0; k < byCode.Length; k++)
        {
            byCode[k] = [];
        }
        var seen = new HashSet<(TextSegment, int, int)>();
        foreach (var coding in codings)
        {
            Guard.Against.Null(coding, nameof(codings));
            int code = codeIndex.Resolve(coding.CodeId, "code", nameof(codings));
            int coder = coderIndex.Resolve(coding.CoderId, "coder", nameof(codings));
            if (seen.Add((coding.Segment, code, coder)))
            {
                byCode[code].Add((coding.Segment, coder));
            }
        }
        int m = coderIndex.Count;
        var categories = ImmutableArray.Create(PresenceReliability.Absent, PresenceReliability.Present);
        var perCode = ImmutableArray.CreateBuilder<ReliabilityData>(byCode.Length);
        var allUnits = ImmutableArray.CreateBuilder<string>();
        foreach (var ranges in byCode)
        {
            var (keys, cells) = OverlapUnits.Group(ranges, m, matching);
            perCode.Add(ReliabilityData.FromCells(keys, coderIndex.Ids, categories, cells));
            allUnits.AddRange(keys);
        }
        return new PresenceReliability(codeIndex.Ids, coderIndex.Ids, allUnits.ToImmutable(), perCode.MoveToImmutable(), matching);
    }

    /// <summary>
    /// Builds nominal data with one category per unit and coder: the code (from <paramref name="codes"/>) the coder
    /// applied to the unit. The categories are the codes, in the given order, followed by <paramref name="noneCategory"/>
    /// when given.
    /// </summary>
    /// <param name="codings">The codings; repeating a coding has no further effect.</param>
    /// <param name="codes">The mutually exclusive codes (at least one).</param>
    /// <param name="coders">The coders, in column order (at least one).</param>
    /// <param name="units">All units; when null, the units of <paramref name="codings"/> in order of first appearance.</param>
    /// <param name="noneCategory">
    /// The category for a unit a coder gave none of the codes; when null such a cell is missing (the coder did not
    /// rate the unit). Must differ from every code.
    /// </param>
    /// <returns>The categorical reliability data.</returns>
    /// <exception cref="ArgumentNullException">An argument or an id in a coding is null.</exception>
    /// <exception cref="ArgumentException">
    /// As for <see cref="Presence"/>; or a coder applied two different codes of the set to one unit (the codes are then
    /// not mutually exclusive — assess them with <see cref="Presence"/>); or <paramref name="noneCategory"/> is invalid
    /// or equals a code.
    /// </exception>
    public static ReliabilityData Categories(
        IEnumerable<CodingUnit> codings,
        IEnumerable<string> codes,
        IEnumerable<string> coders,
        IEnumerable<string>? units = null,
        string? noneCategory = null)
    {
        var (codeIndex, coderIndex, unitIndex, rows) = Resolve(codings, codes, coders, units);
        var categories = codeIndex.Ids;
        int none = -1;
        if (noneCategory is not null)
        {
            IdIndex.CheckId(noneCategory, nameof(noneCategory));
            Guard.Against.Unsatisfied(!codeIndex.TryGet(noneCategory, out _), $"The none category '{noneCategory}' is also a code.", nameof(noneCategory));
            none = categories.Length;
            categories = categories.Add(noneCategory);
        }
        int m = coderIndex.Count;
        var cells = new int[unitIndex.Count * m];
        Array.Fill(cells, -1);
        foreach (var (unit, coder, code) in rows)
        {
            ref int cell = ref cells[(unit * m) + coder];
            Guard.Against.Unsatisfied(
                cell < 0 || cell == code,
                $"Coder '{coderIndex.Ids[coder]}' applied both '{codeIndex.Ids[cell < 0 ? code : cell]}' and '{codeIndex.Ids[code]}' to unit '{unitIndex.Ids[unit]}'; nominal categories must be mutually exclusive (use Presence for codes that may co-occur).",
                nameof(codings));
            cell = code;
        }
        if (none >= 0)
        {
            for (int i = 0; i < cells.Length; i++)
            {
                if (cells[i] < 0)
                {
                    cells[i] = none;
                }
            }
        }
        return ReliabilityData.FromCells(unitIndex.Ids, coderIndex.Ids, categories, cells);
    }

    private static (IdIndex Codes, IdIndex Coders, IdIndex Units, List<(int Unit, int Coder, int Code)> Rows) Resolve(
        IEnumerable<CodingUnit> codings,
        IEnumerable<string> codes,
        IEnumerable<string> coders,
        IEnumerable<string>? units)
    {
        Guard.Against.Null(codings);
        Guard.Against.Null(codes);
        Guard.Against.Null(coders);
        var codeIndex = IdIndex.Create(codes, nameof(codes));
        var coderIndex = IdIndex.Create(coders, nameof(coders));
        Guard.Against.Unsatisfied(codeIndex.Count > 0, "At least one code is needed.", nameof(codes));
        Guard.Against.Unsatisfied(coderIndex.Count > 0, "At least one coder is needed.", nameof(coders));
        var unitIndex = IdIndex.Create(units, nameof(units));
        var rows = new List<(int, int, int)>();
        foreach (var coding in codings)
        {
            rows.Add((
                unitIndex.Resolve(coding.UnitKey, "unit", nameof(codings)),
                coderIndex.Resolve(coding.CoderId, "coder", nameof(codings)),
                codeIndex.Resolve(coding.CodeId, "code", nameof(codings))));
        }
        return (codeIndex, coderIndex, unitIndex, rows);
    }
}
