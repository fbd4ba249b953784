namespace MoDomain.Coding.Agreement;

/// <summary>Percent agreement: the share of agreeing coder pairs, averaged over pairable units. Immutable.</summary>
/// <remarks>
/// For two coders this is the share of jointly rated units on which they agree. Not defined (<see cref="Value"/> is
/// null, <see cref="AgreementStatus.NoPairableUnits"/>) when no unit has at least two values.
/// </remarks>
public sealed class PercentAgreementResult
{
    internal PercentAgreementResult(AgreementStatus status, double? value, int pairableUnits, int unitsInFullAgreement)
    {
        Status = status;
        Value = value;
        PairableUnits = pairableUnits;
        UnitsInFullAgreement = unitsInFullAgreement;
    }

    /// <summary>Gets whether the value is defined, and if not, why not.</summary>
    public AgreementStatus Status { get; }

    /// <summary>Gets whether the value is defined.</summary>
    public bool IsDefined => Status == AgreementStatus.Defined;

    /// <summary>Gets the agreement as a share in [0, 1], or null when no unit is pairable.</summary>
    public double? Value { get; }

    /// <summary>Gets the number of units with at least two values.</summary>
    public int PairableUnits { get; }

    /// <summary>Gets the number of pairable units on which all values are equal.</summary>
    public int UnitsInFullAgreement { get; }
}
