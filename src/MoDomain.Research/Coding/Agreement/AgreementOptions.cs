using System.Collections.Immutable;

namespace MoDomain.Coding.Agreement;

/// <summary>What <see cref="AgreementReport.FromCorpus"/> compares and how. Immutable; use <c>with</c> to change a setting.</summary>
public sealed record AgreementOptions
{
    /// <summary>Gets the coders to compare, in column order; default (empty): every coder of the corpus, in order of first appearance.</summary>
    public ImmutableArray<string> Coders { get; init; } = [];

    /// <summary>Gets the codes to assess, in report order; default (empty): every code applied by a compared coder, in codebook order.</summary>
    public ImmutableArray<string> Codes { get; init; } = [];

    /// <summary>
    /// Gets whether codings by coders or with codes outside <see cref="Coders"/> / <see cref="Codes"/> are ignored;
    /// when false (default) such a coding is an error, so a typo in a list cannot silently drop data.
    /// </summary>
    public bool IgnoreUnlisted { get; init; }

    /// <summary>Gets the unit for the presence measures (exact ranges or documents); default <see cref="CodingUnitLevel.Segment"/>.</summary>
    public CodingUnitLevel Level { get; init; } = CodingUnitLevel.Segment;

    /// <summary>Gets the overlap rule for segment units (null: exact ranges). Only used with <see cref="CodingUnitLevel.Segment"/>.</summary>
    public OverlapMatching? Overlap { get; init; }

    /// <summary>Gets the number of bootstrap resamples for α's interval (0, the default: no interval).</summary>
    public int BootstrapResamples { get; init; }

    /// <summary>Gets the bootstrap seed.</summary>
    public int Seed { get; init; }
}
