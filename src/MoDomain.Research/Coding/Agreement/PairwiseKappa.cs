namespace MoDomain.Coding.Agreement;

/// <summary>Cohen's κ for one pair of coders (<paramref name="CoderA"/> before <paramref name="CoderB"/> in coder order).</summary>
/// <param name="CoderA">The first coder.</param>
/// <param name="CoderB">The second coder.</param>
/// <param name="Kappa">Cohen's κ of the two.</param>
public sealed record PairwiseKappa(string CoderA, string CoderB, KappaResult Kappa);
