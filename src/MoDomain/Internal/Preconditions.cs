using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace MoDomain.Internal;

/// <summary>
/// The single internal guard helper. Every public entry point validates its arguments through
/// this class, which delegates to the BCL throw helpers (see docs/decisions/0001-dependencies-and-guards.md).
/// </summary>
internal static class Preconditions
{
    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="value"/> is null.</summary>
    internal static T CheckNotNull<T>([NotNull] T value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value is null)
        {
            ThrowNull(paramName);
        }
        return value;
    }

    [DoesNotReturn]
    private static void ThrowNull(string? paramName) => throw new ArgumentNullException(paramName);

    /// <summary>Throws when <paramref name="value"/> is null, empty or white space.</summary>
    internal static string CheckNotBlank([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        CheckNotNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("Value must not be empty or white space.", paramName);
        }
        return value;
    }

    /// <summary>Throws when <paramref name="value"/> is not a finite number in the closed range [0, 1].</summary>
    internal static double CheckFraction(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (double.IsNaN(value) || value < 0.0 || value > 1.0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "A share must be a number between 0 and 1 inclusive (NaN is not allowed).");
        }
        // Normalise negative zero, which compares equal to 0 but would print as "-0".
        return value + 0.0;
    }

    /// <summary>Throws when an enum value is not one of the defined members.</summary>
    internal static TEnum CheckDefined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Value is not a defined {typeof(TEnum).Name}.");
        }
        return value;
    }

    /// <summary>Throws <see cref="ArgumentException"/> with <paramref name="message"/> when <paramref name="condition"/> is false.</summary>
    internal static void CheckArgument([DoesNotReturnIf(false)] bool condition, string message, string? paramName)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>Throws when any element of <paramref name="values"/> is null.</summary>
    internal static void CheckNoNullElements<T>(IEnumerable<T?> values, [CallerArgumentExpression(nameof(values))] string? paramName = null)
        where T : class
    {
        CheckNotNull(values, paramName);
        foreach (var item in values)
        {
            if (item is null)
            {
                throw new ArgumentException("The sequence must not contain null elements.", paramName);
            }
        }
    }
}
