using MoDomain.Coding.Agreement;

namespace MoDomain.Cli;

/// <summary>One line of the <c>agreement</c> output: the statistics of one code, or of all codes together (<paramref name="Code"/> null).</summary>
/// <param name="Code">The code id, or null for the overall line.</param>
/// <param name="Label">The code label in the output language, when the input carries one.</param>
/// <param name="Alpha">Krippendorff's α on code presence.</param>
/// <param name="Interval">The bootstrap interval for α, when asked for.</param>
/// <param name="Percent">Percent agreement.</param>
/// <param name="Kappa">Cohen's κ, when exactly two coders are compared.</param>
/// <param name="Fleiss">Fleiss' κ on presence.</param>
/// <param name="Unitized">The unitizing α (per code |uα, overall uα), or null at document level or with one coder.</param>
internal sealed record AgreementRow(string? Code, string? Label, AlphaResult Alpha, AlphaConfidenceInterval? Interval, PercentAgreementResult Percent, KappaResult? Kappa, KappaResult Fleiss, UnitizingCoefficient? Unitized);
