namespace MoDomain.Coding.Agreement;

/// <summary>
/// Cohen's or Fleiss' κ: the value (when defined), observed and chance agreement, and the units used. Immutable.
/// </summary>
/// <remarks>
/// κ = (P<sub>o</sub> − P<sub>e</sub>) / (1 − P<sub>e</sub>), in [−1, 1]. Not defined (<see cref="Value"/> is null)
/// when no unit can be used (<see cref="AgreementStatus.NoPairableUnits"/>), when every value is one and the same
/// category so that P<sub>e</sub> = 1 (<see cref="AgreementStatus.NoVariation"/>), or, for Fleiss' κ, when units carry
/// fewer than two values (<see cref="AgreementStatus.TooFewValuesPerUnit"/>).
/// </remarks>
public sealed class KappaResult
{
    internal KappaResult(AgreementStatus status, double? value, double observedAgreement, double chanceAgreement, int units, int valuesPerUnit, ValueMatrix? contingency)
    {
        Status = status;
        Value = value;
        ObservedAgreement = observedAgreement;
        ChanceAgreement = chanceAgreement;
        Units = units;
        ValuesPerUnit = valuesPerUnit;
        Contingency = contingency;
    }

    /// <summary>Gets whether κ is defined, and if not, why not.</summary>
    public AgreementStatus Status { get; }

    /// <summary>Gets whether κ is defined (<see cref="Value"/> is not null).</summary>
    public bool IsDefined => Status == AgreementStatus.Defined;

    /// <summary>Gets κ, or null when it is not defined.</summary>
    public double? Value { get; }

    /// <summary>Gets the observed agreement P<sub>o</sub> (Fleiss: P̄), in [0, 1]; 0 when no unit is used.</summary>
    public double ObservedAgreement { get; }

    /// <summary>Gets the agreement expected by chance P<sub>e</sub> (Fleiss: P̄<sub>e</sub>), in [0, 1]; 0 when no unit is used.</summary>
    public double ChanceAgreement { get; }

    /// <summary>Gets the number of units used (Cohen: units both coders rated; Fleiss: all units).</summary>
    public int Units { get; }

    /// <summary>Gets the number of values per unit (2 for Cohen's κ; the fixed number for Fleiss' κ).</summary>
    public int ValuesPerUnit { get; }

    /// <summary>
    /// Gets, for Cohen's κ, the contingency table (rows: first coder, columns: second coder) over all values of the
    /// data; null for Fleiss' κ.
    /// </summary>
    public ValueMatrix? Contingency { get; }
}
