namespace MoDomain.Coding.Agreement;

/// <summary>
/// Whether an agreement statistic is defined for the data, and if not, why not. A statistic that is not defined has no
/// value (it is never reported as NaN and computing it never throws).
/// </summary>
public enum AgreementStatus
{
    /// <summary>The statistic is defined and has a value.</summary>
    Defined = 0,

    /// <summary>
    /// No unit carries the values the statistic compares: no unit has at least two values (α, percent agreement),
    /// no unit was coded by both coders (Cohen's κ), or there are no units at all (Fleiss' κ).
    /// </summary>
    NoPairableUnits = 1,

    /// <summary>
    /// All compared values are the same single value, so the expected disagreement (α) or one minus the chance
    /// agreement (κ) is zero and the ratio is 0 / 0. Krippendorff treats α as undefined here.
    /// </summary>
    NoVariation = 2,

    /// <summary>Fleiss' κ: every unit has the same number of values, but fewer than two.</summary>
    TooFewValuesPerUnit = 3,

    /// <summary>Bootstrap: the estimate is defined, but no resample gave a defined α (every resample lacked variation).</summary>
    NoDefinedResample = 4,

    /// <summary>
    /// Unitizing α (uα, cuα): a coder gave different values to overlapping ranges of one continuum, so the coder's
    /// units do not partition the continuum as these coefficients require. The binary |uα and the per-value
    /// coefficients stay defined.
    /// </summary>
    OverlappingValues = 5,
}
