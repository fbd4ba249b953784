using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using MoDomain.Internal;

namespace MoDomain.Coding.Agreement;

/// <summary>
/// Presence/absence reliability data built by <see cref="CodingReliability.Presence"/>: for each code, units × coders →
/// present or absent; and all codes together (<see cref="Overall"/>, one unit per code × unit). Immutable.
/// </summary>
/// <remarks>
/// The values are the categories <see cref="Absent"/> and <see cref="Present"/> (in that order). With two values the
/// nominal, ordinal and interval α coincide, so α here is nominal. A code no coder applied anywhere (or every coder
/// applied everywhere) has no variation: its α is not defined (<see cref="AgreementStatus.NoVariation"/>).
/// </remarks>
public sealed class PresenceReliability
{
    /// <summary>The category of a cell where the coder did not apply the code.</summary>
    public const string Absent = "absent";

    /// <summary>The category of a cell where the coder applied the code.</summary>
    public const string Present = "present";

    /// <summary>The separator between code id and unit key in the unit ids of <see cref="Overall"/> (U+001F, unit separator).</summary>
    public const char OverallUnitSeparator = '\u001F';

    private readonly ImmutableArray<ReliabilityData> perCode;
    private readonly Lazy<ReliabilityData> overall;

    internal PresenceReliability(ImmutableArray<string> codes, ImmutableArray<string> coders, ImmutableArray<string> units, ImmutableArray<ReliabilityData> perCode, OverlapMatching? matching = null)
    {
        Codes = codes;
        Coders = coders;
        Units = units;
        Matching = matching;
        this.perCode = perCode;
        overall = new Lazy<ReliabilityData>(BuildOverall);
    }

    /// <summary>Gets the codes, in the order given.</summary>
    public ImmutableArray<string> Codes { get; }

    /// <summary>Gets the coders, in column order.</summary>
    public ImmutableArray<string> Coders { get; }

    /// <summary>Gets the units, in row order.</summary>
    /// <remarks>Built by <see cref="CodingReliability.Presence"/>, every code shares these units. Built by
    /// <see cref="CodingReliability.PresenceByOverlap"/>, each code has its own units (its matched ranges, see
    /// <see cref="ForCode"/>), and this list holds all of them, code by code.</remarks>
    public ImmutableArray<string> Units { get; }

    /// <summary>Gets the overlap rule the units were matched with, or null when units are exact ranges (or documents).</summary>
    public OverlapMatching? Matching { get; }

    /// <summary>
    /// Gets the data of all codes stacked: one unit per (code, unit), code-major, named code id + U+001F + unit key.
    /// </summary>
    /// <remarks>Built on first access. α on it is the "overall" presence α across all codes. The unit ids contain the
    /// control character U+001F (<see cref="OverallUnitSeparator"/>), which keeps them unique whatever the code ids and
    /// unit keys are; the public <see cref="ReliabilityData"/> factories refuse control characters in ids, so use this
    /// data directly instead of rebuilding it from its <see cref="ReliabilityData.Units"/>.</remarks>
    public ReliabilityData Overall => overall.Value;

    /// <summary>Returns the presence data of one code.</summary>
    /// <param name="codeId">The code id.</param>
    /// <returns>Units × coders → absent/present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="codeId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="codeId"/> is not one of <see cref="Codes"/>.</exception>
    public ReliabilityData ForCode(string codeId)
    {
        Guard.Against.Null(codeId);
        int index = Codes.IndexOf(codeId, StringComparer.Ordinal);
        if (index < 0)
        {
            string hint = IdSuggestions.Text(IdSuggestions.Suggest(codeId, Codes));
            throw new ArgumentException($"Unknown code '{codeId}'{(hint.Length == 0 ? "." : "; " + hint)}", nameof(codeId));
        }
        return perCode[index];
    }

    /// <summary>Computes nominal α for every code, in the order of <see cref="Codes"/>.</summary>
    /// <returns>Code id → α result.</returns>
    public ImmutableArray<KeyValuePair<string, AlphaResult>> AlphaByCode()
    {
        var builder = ImmutableArray.CreateBuilder<KeyValuePair<string, AlphaResult>>(Codes.Length);
        for (int i = 0; i < Codes.Length; i++)
        {
            builder.Add(new KeyValuePair<string, AlphaResult>(Codes[i], KrippendorffAlpha.Compute(perCode[i], AlphaMetric.Nominal)));
        }
        return builder.MoveToImmutable();
    }

    /// <summary>Computes nominal α over <see cref="Overall"/> (all codes together).</summary>
    /// <returns>The α result.</returns>
    public AlphaResult OverallAlpha() => KrippendorffAlpha.Compute(Overall, AlphaMetric.Nominal);

    private ReliabilityData BuildOverall()
    {
        int m = Coders.Length;
        int rows = 0;
        foreach (var data in perCode)
        {
            rows += data.UnitCount;
        }
        var cells = new int[rows * m];
        var units = ImmutableArray.CreateBuilder<string>(rows);
        int offset = 0;
        for (int k = 0; k < Codes.Length; k++)
        {
            var data = perCode[k];
            Array.Copy(data.Cells, 0, cells, offset, data.UnitCount * m);
            offset += data.UnitCount * m;
            foreach (var unit in data.Units)
            {
                units.Add(Codes[k] + OverallUnitSeparator + unit);
            }
        }
        return ReliabilityData.FromCells(units.MoveToImmutable(), Coders, perCode.IsEmpty ? [Absent, Present] : perCode[0].Categories, cells);
    }
}
