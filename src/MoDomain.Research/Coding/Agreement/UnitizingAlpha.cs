using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using MoDomain.Internal;

namespace MoDomain.Coding.Agreement;

/// <summary>
/// Krippendorff's α for unitizing: agreement of coders who each segment the same continua (documents) themselves,
/// without given units. Implements the family of Krippendorff, Mathet, Bouvry &amp; Widlöcher (2016, Quality &amp;
/// Quantity 50) — uα, |uα, cuα and Cuα, the coefficients ATLAS.ti reports — and, per value, the earlier definition
/// of Krippendorff (1995; 2004, ch. 12).
/// </summary>
/// <remarks>
/// <para>Each coder's units of one value that share a position are merged into their union; touching units stay two
/// units. Several continua are laid end to end; the result does not depend on their order, nor on the order of the
/// coders or of the segments.</para>
/// <para>Time O(B log B + B·m²) for B unit boundaries and m coders (one sweep over the sorted boundaries); memory
/// O(B + V²) for V values. No pair of positions is ever enumerated.</para>
/// </remarks>
public static class UnitizingAlpha
{
    /// <summary>Computes uα, |uα, cuα, Cuα (when <paramref name="domains"/> is given) and |uα per value.</summary>
    /// <param name="segments">The coders' units.</param>
    /// <param name="continua">Every continuum with its length (at least one).</param>
    /// <param name="coders">The coders (at least two); a coder without any unit marked nothing as relevant.</param>
    /// <param name="domains">
    /// Optional: value → domain, for Cuα (values not in the map are their own domain).
    /// </param>
    /// <returns>The coefficients.</returns>
    /// <exception cref="ArgumentNullException">An argument or an id is null.</exception>
    /// <exception cref="ArgumentException">
    /// Fewer than two coders or no continuum; a list repeats an id; an id is blank or has a control character; a
    /// segment names an unknown coder or continuum, or is empty or outside its continuum; a continuum is shorter than 1.
    /// </exception>
    public static UnitizingAlphaResult Compute(
        IEnumerable<UnitizedSegment> segments,
        IEnumerable<Continuum> continua,
        IEnumerable<string> coders,
        IReadOnlyDictionary<string, string>? domains = null)
    {
        var input = UnitizingInput.Create(segments, continua, coders);
        var (unitizing, coding) = Multi(input);
        var binary = Single(input, null);
        var byValue = ImmutableArray.CreateBuilder<KeyValuePair<string, UnitizingCoefficient>>(input.Values.Length);
        for (int v = 0; v < input.Values.Length; v++)
        {
            byValue.Add(new(input.Values[v], Single(input, v)));
        }
        UnitizingCoefficient? acrossDomains = null;
        if (domains is not null)
        {
            var grouped = UnitizingInput.Create(segments, continua, coders, value => domains.TryGetValue(value, out var domain) ? domain : value);
            acrossDomains = Multi(grouped).Coding;
        }
        return new UnitizingAlphaResult(input.Coders, input.Values, input.Length, unitizing, binary, coding, acrossDomains, byValue.MoveToImmutable());
    }

    /// <summary>
    /// Computes, for every value, Krippendorff's earlier unitizing α (1995; 2004, section 12.4): the coders' units of
    /// that value against everything else as gaps, with D<sub>o</sub> from the squared boundary differences of
    /// overlapping sections and D<sub>e</sub> in closed form.
    /// </summary>
    /// <param name="segments">The coders' units.</param>
    /// <param name="continua">Every continuum with its length; gaps end at a continuum's end.</param>
    /// <param name="coders">The coders (at least two).</param>
    /// <returns>Value → coefficient, values in ordinal order.</returns>
    /// <exception cref="ArgumentNullException">An argument or an id is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Compute"/>.</exception>
    /// <remarks>The 2016 paper revised this definition because it misbehaves for more than two coders; it is offered
    /// to reproduce published figures (and DKPro Statistics). Pool values by summing D<sub>o</sub> and D<sub>e</sub>.</remarks>
    public static ImmutableArray<KeyValuePair<string, UnitizingCoefficient>> Krippendorff2004(
        IEnumerable<UnitizedSegment> segments,
        IEnumerable<Continuum> continua,
        IEnumerable<string> coders)
    {
        var input = UnitizingInput.Create(segments, continua, coders);
        var builder = ImmutableArray.CreateBuilder<KeyValuePair<string, UnitizingCoefficient>>(input.Values.Length);
        for (int v = 0; v < input.Values.Length; v++)
        {
            var perCoder = new UnitizedRange[input.Coders.Length][];
            for (int i = 0; i < perCoder.Length; i++)
            {
                int value = v;
                perCoder[i] = UnitizingEngine.Normalise(input.Units[i].FindAll(u => u.Value == value), asOneValue: true, out _);
            }
            builder.Add(new(input.Values[v], UnitizingEngine.Krippendorff2004(perCoder, input.Continua, input.Length)));
        }
        return builder.MoveToImmutable();
    }

    private static (UnitizingCoefficient Unitizing, UnitizingCoefficient Coding) Multi(UnitizingInput input)
    {
        var perCoder = new UnitizedRange[input.Coders.Length][];
        bool overlapping = false;
        for (int i = 0; i < perCoder.Length; i++)
        {
            perCoder[i] = UnitizingEngine.Normalise(input.Units[i], asOneValue: false, out bool o);
            overlapping |= o;
        }
        if (overlapping)
        {
            var undefined = UnitizingCoefficient.Undefined(AgreementStatus.OverlappingValues);
            return (undefined, undefined);
        }
        return UnitizingEngine.Coefficients(perCoder, input.Values.Length, input.Length);
    }

    /// <summary>|uα over all values (<paramref name="value"/> null) or over one value.</summary>
    private static UnitizingCoefficient Single(UnitizingInput input, int? value)
    {
        var perCoder = new UnitizedRange[input.Coders.Length][];
        for (int i = 0; i < perCoder.Length; i++)
        {
            IEnumerable<UnitizedRange> units = value is { } v ? input.Units[i].FindAll(u => u.Value == v) : input.Units[i];
            perCoder[i] = UnitizingEngine.Normalise(units, asOneValue: true, out _);
        }
        return UnitizingEngine.Coefficients(perCoder, 1, input.Length).Unitizing;
    }
}
