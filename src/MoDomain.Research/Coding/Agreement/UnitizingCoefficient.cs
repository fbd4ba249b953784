namespace MoDomain.Coding.Agreement;

/// <summary>
/// One coefficient of the unitizing α family (<see cref="UnitizingAlpha"/>): its value when defined, why not otherwise,
/// and the observed and expected disagreement it is made of. Immutable.
/// </summary>
/// <remarks>
/// α = 1 − D<sub>o</sub> / D<sub>e</sub>; 1 for identical segmentations, 0 for agreement at chance level, negative for
/// systematic disagreement. Not defined (<see cref="Value"/> null) when nothing can be paired
/// (<see cref="AgreementStatus.NoPairableUnits"/>), when the expected disagreement is zero
/// (<see cref="AgreementStatus.NoVariation"/>, for example every coder marked the whole continuum with one value), or
/// when one coder gave different values to overlapping ranges, which the multi-valued coefficients exclude
/// (<see cref="AgreementStatus.OverlappingValues"/>).
/// </remarks>
public sealed class UnitizingCoefficient
{
    internal UnitizingCoefficient(AgreementStatus status, double? value, double observedDisagreement, double expectedDisagreement, double pairedLength)
    {
        Status = status;
        Value = status == AgreementStatus.Defined ? value : null;
        ObservedDisagreement = observedDisagreement;
        ExpectedDisagreement = expectedDisagreement;
        PairedLength = pairedLength;
    }

    /// <summary>Gets whether the coefficient is defined, and if not, why not.</summary>
    public AgreementStatus Status { get; }

    /// <summary>Gets whether the coefficient is defined (<see cref="Value"/> is not null).</summary>
    public bool IsDefined => Status == AgreementStatus.Defined;

    /// <summary>Gets α, or null when it is not defined.</summary>
    public double? Value { get; }

    /// <summary>Gets the observed disagreement D<sub>o</sub> (a share of the paired length; 0 when not computed).</summary>
    public double ObservedDisagreement { get; }

    /// <summary>Gets the expected disagreement D<sub>e</sub> (a share of the paired length; 0 when not computed).</summary>
    public double ExpectedDisagreement { get; }

    /// <summary>
    /// Gets the total of the coincidence matrix the coefficient uses: m · L for uα and |uα (every position of every
    /// coder), the overlap mass of the coders' units for cuα; 0 when not computed.
    /// </summary>
    public double PairedLength { get; }

    internal static UnitizingCoefficient Undefined(AgreementStatus status) => new(status, null, 0, 0, 0);
}
