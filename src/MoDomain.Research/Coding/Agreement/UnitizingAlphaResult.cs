using System.Collections.Generic;
using System.Collections.Immutable;

namespace MoDomain.Coding.Agreement;

/// <summary>
/// The unitizing α family for one set of segmentations (<see cref="UnitizingAlpha.Compute"/>): uα, |uα, cuα, Cuα
/// when value domains were given, and |uα for every single value. Immutable.
/// </summary>
public sealed class UnitizingAlphaResult
{
    internal UnitizingAlphaResult(
        ImmutableArray<string> coders,
        ImmutableArray<string> values,
        long length,
        UnitizingCoefficient unitizing,
        UnitizingCoefficient binary,
        UnitizingCoefficient coding,
        UnitizingCoefficient? codingAcrossDomains,
        ImmutableArray<KeyValuePair<string, UnitizingCoefficient>> byValue)
    {
        Coders = coders;
        Values = values;
        Length = length;
        Unitizing = unitizing;
        Binary = binary;
        Coding = coding;
        CodingAcrossDomains = codingAcrossDomains;
        ByValue = byValue;
    }

    /// <summary>Gets the coders, in the order given.</summary>
    public ImmutableArray<string> Coders { get; }

    /// <summary>Gets the values (codes) that occur, in ordinal order.</summary>
    public ImmutableArray<string> Values { get; }

    /// <summary>Gets L, the summed length of all continua.</summary>
    public long Length { get; }

    /// <summary>Gets uα: agreement on where units are and which value they carry, gaps included.</summary>
    /// <remarks><see cref="AgreementStatus.OverlappingValues"/> when a coder gave different values to overlapping ranges.</remarks>
    public UnitizingCoefficient Unitizing { get; }

    /// <summary>Gets |uα: agreement on which matter is relevant (any unit) and which is not (gap), ignoring values.</summary>
    public UnitizingCoefficient Binary { get; }

    /// <summary>Gets cuα: agreement on the values of the units where the coders' units overlap, gaps ignored.</summary>
    /// <remarks><see cref="AgreementStatus.OverlappingValues"/> as for <see cref="Unitizing"/>.</remarks>
    public UnitizingCoefficient Coding { get; }

    /// <summary>
    /// Gets Cuα: cuα with every value replaced by its domain (the semantic domains of ATLAS.ti; here the groups the
    /// caller passed), or null when no domains were given.
    /// </summary>
    public UnitizingCoefficient? CodingAcrossDomains { get; }

    /// <summary>Gets |uα for every value alone (its units against everything else as gap), in the order of <see cref="Values"/>.</summary>
    public ImmutableArray<KeyValuePair<string, UnitizingCoefficient>> ByValue { get; }
}
