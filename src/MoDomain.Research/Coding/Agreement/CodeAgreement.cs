using System.Collections.Immutable;

namespace MoDomain.Coding.Agreement;

/// <summary>
/// The agreement figures of one code, or of all codes together (<see cref="CodeId"/> null), in an
/// <see cref="AgreementReport"/>. Immutable.
/// </summary>
/// <param name="CodeId">The code, or null for the overall row.</param>
/// <param name="Units">The number of units compared (overall: code × unit pairs).</param>
/// <param name="Percent">Percent agreement on presence.</param>
/// <param name="Cohen">Cohen's κ on presence for every pair of coders, in coder order.</param>
/// <param name="Fleiss">Fleiss' κ on presence (every unit carries one value per coder).</param>
/// <param name="Alpha">Nominal Krippendorff's α on presence.</param>
/// <param name="Interval">α's bootstrap interval, or null when no resamples were asked for.</param>
/// <param name="Unitized">
/// The unitizing α (null at document level): per code its |uα (its ranges against the rest as gap); overall uα over
/// all codes, <see cref="AgreementStatus.OverlappingValues"/> when a coder's codes overlap (see
/// <see cref="AgreementReport.Unitizing"/> for the whole family).
/// </param>
public sealed record CodeAgreement(
    string? CodeId,
    int Units,
    PercentAgreementResult Percent,
    ImmutableArray<PairwiseKappa> Cohen,
    KappaResult Fleiss,
    AlphaResult Alpha,
    AlphaConfidenceInterval? Interval,
    UnitizingCoefficient? Unitized);
