using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MoDomain.Internal;

namespace MoDomain.Coding.Agreement;

/// <summary>
/// Intercoder agreement of a corpus in one call: per code and overall, percent agreement, Cohen's κ for every pair of
/// coders, Fleiss' κ, nominal α (with a seeded bootstrap interval on request) on code presence, and the unitizing α
/// family on the coders' own ranges. Immutable.
/// </summary>
/// <remarks>
/// <para>Presence: with exact segment units (<see cref="CodingReliability.Presence"/>) every distinct coded range is a
/// unit and a coder who did not apply a code to it judged it absent; with an overlap rule
/// (<see cref="CodingReliability.PresenceByOverlap"/>) each code's units are its groups of matching ranges; with
/// document units every document is a unit.</para>
/// <para>Unitizing α: each document is a continuum of its text length; the coders' ranges of a code are units.</para>
/// </remarks>
public sealed class AgreementReport
{
    private AgreementReport(AgreementOptions options, ImmutableArray<string> coders, ImmutableArray<string> codes, ImmutableArray<CodeAgreement> rows, CodeAgreement overall, UnitizingAlphaResult? unitizing, int ignored)
    {
        Options = options;
        Coders = coders;
        Codes = codes;
        ByCode = rows;
        Overall = overall;
        Unitizing = unitizing;
        IgnoredCodings = ignored;
    }

    /// <summary>Gets the options the report was made with.</summary>
    public AgreementOptions Options { get; }

    /// <summary>Gets the coders compared, in column order.</summary>
    public ImmutableArray<string> Coders { get; }

    /// <summary>Gets the codes assessed, in report order.</summary>
    public ImmutableArray<string> Codes { get; }

    /// <summary>Gets the figures per code, in the order of <see cref="Codes"/>.</summary>
    public ImmutableArray<CodeAgreement> ByCode { get; }

    /// <summary>Gets the figures over all codes (presence stacked code by code).</summary>
    public CodeAgreement Overall { get; }

    /// <summary>
    /// Gets the whole unitizing α family over the assessed codes (Cuα with each code's root code in the codebook as its
    /// domain), or null at document level.
    /// </summary>
    public UnitizingAlphaResult? Unitizing { get; }

    /// <summary>Gets how many codings were ignored because their coder or code was not listed (<see cref="AgreementOptions.IgnoreUnlisted"/>).</summary>
    public int IgnoredCodings { get; }

    /// <summary>Computes the report.</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="options">The options; null for the defaults.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="corpus"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The level is not defined, or the number of resamples is negative.
    /// </exception>
    /// <exception cref="ArgumentException">
    /// Fewer than two coders would be compared, no code is left to assess, a listed code is not in the codebook, a list
    /// repeats an id, or (without <see cref="AgreementOptions.IgnoreUnlisted"/>) a coding names a coder or code outside
    /// the lists; the message names the coding.
    /// </exception>
    public static AgreementReport FromCorpus(Corpus corpus, AgreementOptions? options = null)
    {
        Guard.Against.Null(corpus);
        options ??= new AgreementOptions();
        Guard.Against.UndefinedValue(options.Level, nameof(options));
        if (options.BootstrapResamples < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.BootstrapResamples, "The number of bootstrap resamples must not be negative.");
        }
        var coders = options.Coders.IsDefaultOrEmpty ? corpus.Coders : options.Coders;
        var coderSet = IdIndex.Create(coders, nameof(options));
        Guard.Against.Unsatisfied(coderSet.Count >= 2, $"Agreement needs at least two coders; there {(coderSet.Count == 1 ? "is one" : "are none")}.", nameof(options));
        var codebookOrder = corpus.Codebook.Codes.Select((c, i) => (c.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        ImmutableArray<string> codes;
        if (options.Codes.IsDefaultOrEmpty)
        {
            codes = [.. corpus.Codings.Where(c => coderSet.TryGet(c.CoderId, out _)).Select(c => c.CodeId).Distinct(StringComparer.Ordinal).OrderBy(c => codebookOrder[c])];
        }
        else
        {
            codes = options.Codes;
            foreach (var code in codes)
            {
                Guard.Against.Unsatisfied(corpus.Codebook.Contains(code), $"The code '{code}' is not in the codebook.", nameof(options));
            }
        }
        var codeSet = IdIndex.Create(codes, nameof(options));
        Guard.Against.Unsatisfied(codeSet.Count > 0, "No code to assess: the compared coders applied none.", nameof(options));
        var kept = new List<SegmentCoding>();
        int ignored = 0;
        foreach (var coding in corpus.Codings)
        {
            bool listed = coderSet.TryGet(coding.CoderId, out _) && codeSet.TryGet(coding.CodeId, out _);
            if (listed)
            {
                kept.Add(coding);
            }
            else if (options.IgnoreUnlisted)
            {
                ignored++;
            }
            else
            {
                throw new ArgumentException(
                    $"The coding {coding} names a {(coderSet.TryGet(coding.CoderId, out _) ? "code" : "coder")} outside the chosen lists; remove it, list it, or set IgnoreUnlisted to ignore such codings.",
                    nameof(options));
            }
        }
        var coderIds = coderSet.Ids;
        PresenceReliability presence;
        if (options.Level == CodingUnitLevel.Document)
        {
            presence = CodingReliability.Presence(
                kept.Select(c => new CodingUnit(c.Segment.DocumentId, c.CoderId, c.CodeId)), codes, coderIds, corpus.Documents.Select(d => d.Id));
        }
        else if (options.Overlap is { } overlap)
        {
            presence = CodingReliability.PresenceByOverlap(kept, codes, coderIds, overlap);
        }
        else
        {
            var docRank = corpus.Documents.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
            var units = kept.Select(c => c.Segment).Distinct().OrderBy(s => docRank[s.DocumentId]).ThenBy(s => s.Start).ThenBy(s => s.End).Select(s => s.ToString());
            presence = CodingReliability.Presence(kept.Select(c => new CodingUnit(c.Segment.ToString(), c.CoderId, c.CodeId)), codes, coderIds, units);
        }
        UnitizingAlphaResult? unitizing = null;
        if (options.Level == CodingUnitLevel.Segment)
        {
            var domains = codes.ToDictionary(c => c, c => Root(corpus.Codebook, c), StringComparer.Ordinal);
            unitizing = UnitizingAlpha.Compute(
                kept.Select(c => new UnitizedSegment(c.Segment.DocumentId, c.CoderId, c.CodeId, c.Segment.Start, c.Segment.End)),
                corpus.Documents.Where(d => d.Text.Length > 0).Select(d => new Continuum(d.Id, d.Text.Length)),
                coderIds,
                domains);
        }
        var rows = ImmutableArray.CreateBuilder<CodeAgreement>(codes.Length);
        foreach (var code in codes)
        {
            UnitizingCoefficient? unitized = null;
            if (unitizing is not null)
            {
                unitized = unitizing.ByValue.FirstOrDefault(p => p.Key == code).Value ?? UnitizingCoefficient.Undefined(AgreementStatus.NoVariation);
            }
            rows.Add(Row(code, presence.ForCode(code), options, unitized));
        }
        var overall = Row(null, presence.Overall, options, unitizing?.Unitizing);
        return new AgreementReport(options, coderIds, codes, rows.MoveToImmutable(), overall, unitizing, ignored);
    }

    private static string Root(Codebook codebook, string code)
    {
        string current = code;
        for (int guard = 0; guard < 1000 && codebook.TryGet(current, out var found) && found.ParentId is { } parent; guard++)
        {
            current = parent;
        }
        return current;
    }

    private static CodeAgreement Row(string? code, ReliabilityData data, AgreementOptions options, UnitizingCoefficient? unitized)
    {
        AlphaConfidenceInterval? interval = null;
        AlphaResult alpha;
        if (options.BootstrapResamples > 0)
        {
            interval = KrippendorffAlpha.Bootstrap(data, AlphaMetric.Nominal, options.Seed, options.BootstrapResamples);
            alpha = interval.Estimate;
        }
        else
        {
            alpha = KrippendorffAlpha.Compute(data, AlphaMetric.Nominal);
        }
        var pairs = ImmutableArray.CreateBuilder<PairwiseKappa>();
        for (int a = 0; a < data.CoderCount; a++)
        {
            for (int b = a + 1; b < data.CoderCount; b++)
            {
                pairs.Add(new PairwiseKappa(data.Coders[a], data.Coders[b], CohensKappa.Compute(Pair(data, a, b))));
            }
        }
        return new CodeAgreement(code, data.UnitCount, PercentAgreement.Compute(data), pairs.ToImmutable(), FleissKappa.Compute(data), alpha, interval, unitized);
    }

    private static ReliabilityData Pair(ReliabilityData data, int a, int b)
    {
        int m = data.CoderCount;
        var cells = new int[data.UnitCount * 2];
        for (int u = 0; u < data.UnitCount; u++)
        {
            cells[2 * u] = data.Cells[(u * m) + a];
            cells[(2 * u) + 1] = data.Cells[(u * m) + b];
        }
        return ReliabilityData.FromCells([.. data.Units], [data.Coders[a], data.Coders[b]], data.Categories, cells);
    }
}
