namespace MoDomain.Coding.Agreement;

/// <summary>One coder's number for one unit: an input row for <see cref="ReliabilityData.FromNumbers"/>.</summary>
/// <param name="Unit">The unit id.</param>
/// <param name="Coder">The coder id.</param>
/// <param name="Value">The value the coder gave the unit; must be finite.</param>
public readonly record struct NumericRating(string Unit, string Coder, double Value);
