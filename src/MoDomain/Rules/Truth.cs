using System;
using System.Diagnostics.CodeAnalysis;

namespace MoDomain.Rules;

/// <summary>
/// A three-valued truth value (yes / no / unknown) with Kleene's strong logic.
/// </summary>
/// <remarks>
/// <para>The values are ordered <see cref="No"/> &lt; <see cref="Unknown"/> &lt; <see cref="Yes"/>: AND is the minimum,
/// OR the maximum and NOT mirrors the order. So <c>No &amp; Unknown</c> is <c>No</c> and <c>Yes | Unknown</c> is <c>Yes</c>;
/// <c>Unknown</c> survives only where the missing value could still change the answer.</para>
/// <para>The default value is <see cref="Unknown"/>: an uninitialised truth value never claims an answer. The JSON and text forms are the ids <c>yes</c>, <c>no</c> and <c>unknown</c>;
/// labels are in <see cref="TruthVocabulary.Values"/>.</para>
/// <para>To branch on the three values, switch on <see cref="Value"/>: <c>switch (outcome.Value) { case TruthValue.Yes: … }</c>.</para>
/// </remarks>
public readonly struct Truth : IEquatable<Truth>, IComparable<Truth>
{
    private const byte NoValue = 0;
    private const byte UnknownValue = 1;
    private const byte YesValue = 2;

    // Stored as (logical value XOR 1) so that default(Truth) is Unknown; the logical value orders No < Unknown < Yes.
    private readonly byte stored;

    private Truth(byte value) => stored = (byte)(value ^ 1);

    private byte Logical => (byte)(stored ^ 1);

    /// <summary>Gets the value "no" (false).</summary>
    public static Truth No => new(NoValue);

    /// <summary>Gets the value "unknown": the facts do not decide the question.</summary>
    public static Truth Unknown => new(UnknownValue);

    /// <summary>Gets the value "yes" (true).</summary>
    public static Truth Yes => new(YesValue);

    /// <summary>Gets whether this value is <see cref="Yes"/>.</summary>
    public bool IsYes => Logical == YesValue;

    /// <summary>Gets whether this value is <see cref="No"/>.</summary>
    public bool IsNo => Logical == NoValue;

    /// <summary>Gets whether this value is <see cref="Unknown"/>.</summary>
    public bool IsUnknown => Logical == UnknownValue;

    /// <summary>Gets whether this value is decided (yes or no).</summary>
    public bool IsDecided => Logical != UnknownValue;

    /// <summary>Gets the value as an enum, for <c>switch</c> statements and expressions and for <see cref="TruthVocabulary.Values"/>.</summary>
    public TruthValue Value => Logical switch
    {
        YesValue => TruthValue.Yes,
        NoValue => TruthValue.No,
        _ => TruthValue.Unknown,
    };

    /// <summary>Gets the stable id: <c>yes</c>, <c>no</c> or <c>unknown</c>.</summary>
    public string Id => Logical switch
    {
        YesValue => "yes",
        NoValue => "no",
        _ => "unknown",
    };

    /// <summary>Converts an enum value to the truth value (the inverse of <see cref="Value"/>).</summary>
    /// <param name="value">The enum value.</param>
    /// <returns>The truth value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined <see cref="TruthValue"/>.</exception>
    public static Truth FromValue(TruthValue value) => value switch
    {
        TruthValue.Yes => Yes,
        TruthValue.No => No,
        TruthValue.Unknown => Unknown,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined TruthValue (unknown, yes or no)."),
    };

    /// <summary>Converts a Boolean to <see cref="Yes"/> or <see cref="No"/>.</summary>
    /// <param name="value">The Boolean.</param>
    /// <returns>The decided truth value.</returns>
    public static Truth FromBoolean(bool value) => value ? Yes : No;

    /// <summary>Kleene conjunction: the minimum of the two values.</summary>
    /// <param name="other">The other operand.</param>
    /// <returns>The conjunction.</returns>
    public Truth And(Truth other) => new(Math.Min(Logical, other.Logical));

    /// <summary>Kleene disjunction: the maximum of the two values.</summary>
    /// <param name="other">The other operand.</param>
    /// <returns>The disjunction.</returns>
    public Truth Or(Truth other) => new(Math.Max(Logical, other.Logical));

    /// <summary>Kleene negation: yes and no swap, unknown stays unknown.</summary>
    /// <returns>The negation.</returns>
    public Truth Not() => new((byte)(YesValue - Logical));

    /// <summary>Kleene conjunction.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The conjunction.</returns>
    public static Truth operator &(Truth left, Truth right) => left.And(right);

    /// <summary>Kleene disjunction.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The disjunction.</returns>
    public static Truth operator |(Truth left, Truth right) => left.Or(right);

    /// <summary>Kleene negation.</summary>
    /// <param name="operand">The operand.</param>
    /// <returns>The negation.</returns>
    public static Truth operator !(Truth operand) => operand.Not();

    /// <summary>Kleene negation (named alternative to the <c>!</c> operator).</summary>
    /// <param name="operand">The operand.</param>
    /// <returns>The negation.</returns>
    public static Truth LogicalNot(Truth operand) => operand.Not();

    /// <summary>Kleene conjunction (named alternative to the <c>&amp;</c> operator).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The conjunction.</returns>
    public static Truth BitwiseAnd(Truth left, Truth right) => left.And(right);

    /// <summary>Kleene disjunction (named alternative to the <c>|</c> operator).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>The disjunction.</returns>
    public static Truth BitwiseOr(Truth left, Truth right) => left.Or(right);

    /// <summary>Parses an id (<c>yes</c>, <c>no</c>, <c>unknown</c>; ordinal, case-sensitive).</summary>
    /// <param name="id">The id.</param>
    /// <param name="result">The parsed value.</param>
    /// <returns>True when <paramref name="id"/> is one of the three ids.</returns>
    public static bool TryParse([NotNullWhen(true)] string? id, out Truth result)
    {
        switch (id)
        {
            case "yes": result = Yes; return true;
            case "no": result = No; return true;
            case "unknown": result = Unknown; return true;
            default: result = default; return false;
        }
    }

    /// <inheritdoc />
    public bool Equals(Truth other) => Logical == other.Logical;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Truth other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Logical;

    /// <summary>Compares in the order no &lt; unknown &lt; yes.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(Truth other) => Logical.CompareTo(other.Logical);

    /// <summary>Equality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Truth left, Truth right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when different.</returns>
    public static bool operator !=(Truth left, Truth right) => !left.Equals(right);

    /// <summary>Order comparison (no &lt; unknown &lt; yes).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when <paramref name="left"/> is lower.</returns>
    public static bool operator <(Truth left, Truth right) => left.Logical < right.Logical;

    /// <summary>Order comparison (no &lt; unknown &lt; yes).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when <paramref name="left"/> is higher.</returns>
    public static bool operator >(Truth left, Truth right) => left.Logical > right.Logical;

    /// <summary>Order comparison (no &lt; unknown &lt; yes).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when <paramref name="left"/> is lower or equal.</returns>
    public static bool operator <=(Truth left, Truth right) => left.Logical <= right.Logical;

    /// <summary>Order comparison (no &lt; unknown &lt; yes).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when <paramref name="left"/> is higher or equal.</returns>
    public static bool operator >=(Truth left, Truth right) => left.Logical >= right.Logical;

    /// <summary>Returns the id (<c>yes</c>, <c>no</c> or <c>unknown</c>).</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;
}
