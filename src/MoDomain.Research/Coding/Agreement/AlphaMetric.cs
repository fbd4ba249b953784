namespace MoDomain.Coding.Agreement;

/// <summary>
/// The level of measurement Krippendorff's α assumes, which fixes the difference function δ² between two values.
/// </summary>
/// <remarks>
/// Nominal: δ² = 0 for equal values, 1 otherwise. Ordinal: δ² between ranks c ≤ k is
/// (Σ<sub>g=c..k</sub> n<sub>g</sub> − (n<sub>c</sub> + n<sub>k</sub>) / 2)², where n<sub>g</sub> counts the pairable
/// values of rank g. Interval: δ² = (c − k)². Ratio: δ² = ((c − k) / (c + k))², defined as 0 when c + k = 0.
/// Interval and ratio need numeric data; ordinal works on numbers (ascending) and on categories (in their declared order).
/// </remarks>
public enum AlphaMetric
{
    /// <summary>Unordered categories: any two different values disagree equally.</summary>
    Nominal = 0,

    /// <summary>Ranked values: the difference grows with the number of values ranked between the two.</summary>
    Ordinal = 1,

    /// <summary>Numbers with meaningful differences: the squared difference.</summary>
    Interval = 2,

    /// <summary>Non-negative numbers with a meaningful zero: the squared relative difference.</summary>
    Ratio = 3,
}
