namespace MoDomain.Coding.Agreement;

/// <summary>One coder's category for one unit: an input row for <see cref="ReliabilityData.FromCategories"/>.</summary>
/// <param name="Unit">The unit id (a segment, a document, or a segment × code pair).</param>
/// <param name="Coder">The coder id.</param>
/// <param name="Category">The category id the coder assigned to the unit.</param>
public readonly record struct CategoricalRating(string Unit, string Coder, string Category);
