namespace MoDomain.Coding.Agreement;

/// <summary>
/// A bootstrap percentile confidence interval for Krippendorff's α (see
/// <see cref="KrippendorffAlpha.Bootstrap(ReliabilityData, AlphaMetric, int, int, double)"/>). Immutable.
/// </summary>
/// <remarks>
/// Not defined (<see cref="Lower"/> and <see cref="Upper"/> null) when the estimate itself is not defined (its status
/// is carried over) or when no resample gave a defined α (<see cref="AgreementStatus.NoDefinedResample"/>).
/// </remarks>
public sealed class AlphaConfidenceInterval
{
    internal AlphaConfidenceInterval(AlphaResult estimate, AgreementStatus status, double? lower, double? upper, double confidence, int resamples, int definedResamples, int seed)
    {
        Estimate = estimate;
        Status = status;
        Lower = lower;
        Upper = upper;
        Confidence = confidence;
        Resamples = resamples;
        DefinedResamples = definedResamples;
        Seed = seed;
    }

    /// <summary>Gets α on the full data.</summary>
    public AlphaResult Estimate { get; }

    /// <summary>Gets whether the interval is defined, and if not, why not.</summary>
    public AgreementStatus Status { get; }

    /// <summary>Gets whether the interval is defined.</summary>
    public bool IsDefined => Status == AgreementStatus.Defined;

    /// <summary>Gets the lower bound, or null when not defined.</summary>
    public double? Lower { get; }

    /// <summary>Gets the upper bound, or null when not defined.</summary>
    public double? Upper { get; }

    /// <summary>Gets the confidence level, e.g. 0.95.</summary>
    public double Confidence { get; }

    /// <summary>Gets the number of resamples drawn.</summary>
    public int Resamples { get; }

    /// <summary>Gets the number of resamples whose α was defined (the ones the percentiles use).</summary>
    public int DefinedResamples { get; }

    /// <summary>
    /// Gets whether the interval is degenerate: not defined (no defined resample, or the estimate undefined), or of
    /// zero width (every defined resample gave the same α, so the interval says nothing about sampling error).
    /// </summary>
    public bool IsDegenerate => !IsDefined || Lower == Upper;

    /// <summary>Gets the seed the resamples were drawn with; the same data, metric, count and seed give the same interval.</summary>
    public int Seed { get; }
}
