using System;
using System.Threading;

namespace MoDomain.Coding.Agreement;

/// <summary>
/// Krippendorff's α for one data set and metric: the value (when defined), the observed and expected disagreement,
/// how many units and values were pairable, and the coincidence matrix. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>α = 1 − D<sub>o</sub> / D<sub>e</sub>. It is 1 for perfect agreement, 0 when agreement equals chance, and
/// negative for systematic disagreement; it never exceeds 1.</para>
/// <para>Not defined (<see cref="Value"/> is null) when no unit has two or more values
/// (<see cref="AgreementStatus.NoPairableUnits"/>) or when all pairable values are equal
/// (<see cref="AgreementStatus.NoVariation"/>, D<sub>e</sub> = 0). Both disagreements are then 0.</para>
/// <para><see cref="Coincidences"/> is computed on first access (time O(Σ m<sub>u</sub>²), memory O(V²) for V distinct
/// pairable values) and cached; α itself never builds it.</para>
/// </remarks>
public sealed class AlphaResult
{
    private readonly Lazy<ValueMatrix> coincidences;

    internal AlphaResult(
        AlphaMetric metric,
        AgreementStatus status,
        double? value,
        double observedDisagreement,
        double expectedDisagreement,
        int pairableUnits,
        int pairableValues,
        Func<ValueMatrix> coincidences)
    {
        Metric = metric;
        Status = status;
        Value = value;
        ObservedDisagreement = observedDisagreement;
        ExpectedDisagreement = expectedDisagreement;
        PairableUnits = pairableUnits;
        PairableValues = pairableValues;
        this.coincidences = new Lazy<ValueMatrix>(coincidences, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the metric α was computed with.</summary>
    public AlphaMetric Metric { get; }

    /// <summary>Gets whether α is defined, and if not, why not.</summary>
    public AgreementStatus Status { get; }

    /// <summary>Gets whether α is defined (<see cref="Value"/> is not null).</summary>
    public bool IsDefined => Status == AgreementStatus.Defined;

    /// <summary>Gets α, or null when it is not defined (see <see cref="Status"/>).</summary>
    public double? Value { get; }

    /// <summary>Gets the observed disagreement D<sub>o</sub> (0 when no unit is pairable).</summary>
    public double ObservedDisagreement { get; }

    /// <summary>Gets the disagreement expected by chance D<sub>e</sub> (0 when no unit is pairable or nothing varies).</summary>
    public double ExpectedDisagreement { get; }

    /// <summary>Gets the number of units with at least two values (the units α uses).</summary>
    public int PairableUnits { get; }

    /// <summary>Gets n, the number of values in pairable units.</summary>
    public int PairableValues { get; }

    /// <summary>Gets the coincidence matrix o<sub>ck</sub> over the values that occur in pairable units (in value order).</summary>
    /// <remarks>Computed on first access and cached. Each row sums to the value's count n<sub>c</sub>; the total is n.</remarks>
    public ValueMatrix Coincidences => coincidences.Value;
}
