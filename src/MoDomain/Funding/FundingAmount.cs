using System;
using System.Globalization;
using MoDomain.Internal;

namespace MoDomain.Funding;

/// <summary>An amount of money: a non-negative decimal with an ISO 4217 currency code.</summary>
public sealed class FundingAmount : IEquatable<FundingAmount>
{
    /// <summary>Initializes a new amount.</summary>
    /// <param name="value">The amount, zero or more.</param>
    /// <param name="currency">The ISO 4217 code: three upper-case ASCII letters, for example <c>EUR</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not three upper-case letters.</exception>
    public FundingAmount(decimal value, string currency)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "An amount cannot be negative.");
        }
        Guard.Against.Null(currency);
        Guard.Against.Unsatisfied(IsCurrencyCode(currency), $"'{currency}' is not an ISO 4217 currency code (three upper-case letters).", nameof(currency));
        Value = value;
        Currency = currency;
    }

    /// <summary>Gets the amount.</summary>
    public decimal Value { get; }

    /// <summary>Gets the ISO 4217 currency code.</summary>
    public string Currency { get; }

    /// <summary>Returns whether a text is three upper-case ASCII letters.</summary>
    /// <param name="code">The text.</param>
    /// <returns><see langword="true"/> for a well-formed code.</returns>
    public static bool IsCurrencyCode(string? code) =>
        code is { Length: 3 } && code[0] is >= 'A' and <= 'Z' && code[1] is >= 'A' and <= 'Z' && code[2] is >= 'A' and <= 'Z';

    /// <inheritdoc/>
    public bool Equals(FundingAmount? other) => other is not null && Value == other.Value && string.Equals(Currency, other.Currency, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FundingAmount);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Value, StringComparer.Ordinal.GetHashCode(Currency));

    /// <summary>Returns the invariant text, for example <c>12000.00 EUR</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + " " + Currency;
}
