using System;
using System.Globalization;
using MoDomain.Internal;
using NodaTime;
using NodaTime.Text;

namespace MoDomain.Coding;

/// <summary>The value of a free document variable: text, number, boolean or date.</summary>
/// <remarks>Immutable; equal when kind and value are equal. <see cref="ToString"/> gives the culture-invariant text
/// used in every export (numbers with a dot, dates as <c>yyyy-MM-dd</c>, booleans as <c>true</c>/<c>false</c>).</remarks>
public sealed class VariableValue : IEquatable<VariableValue>
{
    private readonly string? text;
    private readonly decimal number;
    private readonly bool boolean;
    private readonly LocalDate date;

    private VariableValue(VariableKind kind, string? text, decimal number, bool boolean, LocalDate date)
    {
        Kind = kind;
        this.text = text;
        this.number = number;
        this.boolean = boolean;
        this.date = date;
    }

    /// <summary>Gets the kind.</summary>
    public VariableKind Kind { get; }

    /// <summary>Creates a text value.</summary>
    /// <param name="value">The text (may be empty).</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static VariableValue Text(string value) => new(VariableKind.Text, Guard.Against.Null(value), 0m, false, default);

    /// <summary>Creates a number value.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The value.</returns>
    public static VariableValue Number(decimal value) => new(VariableKind.Number, null, value, false, default);

    /// <summary>Creates a boolean value.</summary>
    /// <param name="value">The boolean.</param>
    /// <returns>The value.</returns>
    public static VariableValue Boolean(bool value) => new(VariableKind.Boolean, null, 0m, value, default);

    /// <summary>Creates a date value.</summary>
    /// <param name="value">The date.</param>
    /// <returns>The value.</returns>
    public static VariableValue Date(LocalDate value) => new(VariableKind.Date, null, 0m, false, value);

    /// <summary>Gets the text of a text value.</summary>
    /// <exception cref="InvalidOperationException">The value is not text.</exception>
    public string AsText => Kind == VariableKind.Text ? text! : throw WrongKind(VariableKind.Text);

    /// <summary>Gets the number of a number value.</summary>
    /// <exception cref="InvalidOperationException">The value is not a number.</exception>
    public decimal AsNumber => Kind == VariableKind.Number ? number : throw WrongKind(VariableKind.Number);

    /// <summary>Gets the boolean of a boolean value.</summary>
    /// <exception cref="InvalidOperationException">The value is not a boolean.</exception>
    public bool AsBoolean => Kind == VariableKind.Boolean ? boolean : throw WrongKind(VariableKind.Boolean);

    /// <summary>Gets the date of a date value.</summary>
    /// <exception cref="InvalidOperationException">The value is not a date.</exception>
    public LocalDate AsDate => Kind == VariableKind.Date ? date : throw WrongKind(VariableKind.Date);

    /// <summary>Parses the invariant text of a value of the given kind (the inverse of <see cref="ToString"/>).</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="value">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a value of that kind.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static VariableValue Parse(VariableKind kind, string value)
    {
        Guard.Against.Null(value);
        switch (kind)
        {
            case VariableKind.Text:
                return Text(value);
            case VariableKind.Number:
                return decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)
                    ? Number(n) : throw new FormatException($"'{value}' is not a number (use a dot as the decimal separator).");
            case VariableKind.Boolean:
                return value switch
                {
                    "true" or "True" or "TRUE" => Boolean(true),
                    "false" or "False" or "FALSE" => Boolean(false),
                    _ => throw new FormatException($"'{value}' is not a boolean (true or false)."),
                };
            case VariableKind.Date:
                var result = LocalDatePattern.Iso.Parse(value);
                return result.Success ? Date(result.Value) : throw new FormatException($"'{value}' is not a date of the form yyyy-MM-dd.");
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown variable kind.");
        }
    }

    /// <summary>Returns the culture-invariant text of the value.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        VariableKind.Text => text!,
        VariableKind.Number => number.ToString(CultureInfo.InvariantCulture),
        VariableKind.Boolean => boolean ? "true" : "false",
        _ => LocalDatePattern.Iso.Format(date),
    };

    /// <inheritdoc />
    public bool Equals(VariableValue? other) =>
        other is not null && Kind == other.Kind && string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as VariableValue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode(ToString()));

    private InvalidOperationException WrongKind(VariableKind wanted) => new($"The value is {Kind}, not {wanted}.");

    /// <summary>Value equality, the same as <see cref="Equals(VariableValue?)"/>; two null references are equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(VariableValue? left, VariableValue? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality: the negation of the equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when exactly one is null or they differ.</returns>
    public static bool operator !=(VariableValue? left, VariableValue? right) => !(left == right);
}
