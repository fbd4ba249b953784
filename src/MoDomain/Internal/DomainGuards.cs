using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace MoDomain.Internal;

/// <summary>
/// MoDomain's own guard clauses, written as extensions of Ardalis.GuardClauses' <see cref="IGuardClause"/> so that
/// every argument check in the packages reads <c>Guard.Against.…</c> (see docs/decisions/0001-dependencies-and-guards.md).
/// </summary>
/// <remarks>
/// Ardalis' own clauses are used where their exception type and message are the ones MoDomain documents
/// (<c>Guard.Against.Null</c>: <see cref="ArgumentNullException"/> naming the parameter). These extensions cover the
/// checks whose documented exception differs from Ardalis' (for example an undefined enum value is an
/// <see cref="ArgumentOutOfRangeException"/>, not an <c>InvalidEnumArgumentException</c>) or that Ardalis lacks.
/// Every clause throws only BCL argument exceptions, with the parameter name from
/// <see cref="CallerArgumentExpressionAttribute"/> unless the caller passes one.
/// </remarks>
internal static class DomainGuards
{
    /// <summary>Throws when <paramref name="input"/> is null, empty or white space; returns it otherwise.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="input"/> is empty or white space.</exception>
    internal static string Blank(this IGuardClause guardClause, [NotNull] string? input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        guardClause.Null(input, parameterName);
        return guardClause.NullOrWhiteSpace(input, parameterName, "Value must not be empty or white space.");
    }

    /// <summary>Throws when <paramref name="input"/> is NaN or outside the closed range [0, 1]; returns it otherwise.</summary>
    /// <returns><paramref name="input"/>, with negative zero normalised to zero (it would print as "-0").</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="input"/> is NaN, below 0 or above 1.</exception>
    internal static double NotAShare(this IGuardClause guardClause, double input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
    {
        _ = guardClause;
        if (double.IsNaN(input) || input < 0.0 || input > 1.0)
        {
            throw new ArgumentOutOfRangeException(parameterName, input, "A share must be a number between 0 and 1 inclusive (NaN is not allowed).");
        }
        return input + 0.0;
    }

    /// <summary>Throws when <paramref name="input"/> is not a defined member of <typeparamref name="TEnum"/>; returns it otherwise.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="input"/> is not a defined member.</exception>
    internal static TEnum UndefinedValue<TEnum>(this IGuardClause guardClause, TEnum input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where TEnum : struct, Enum
    {
        _ = guardClause;
        if (!Enum.IsDefined(input))
        {
            throw new ArgumentOutOfRangeException(parameterName, input, $"Value is not a defined {typeof(TEnum).Name}.");
        }
        return input;
    }

    /// <summary>Throws <see cref="ArgumentException"/> with <paramref name="message"/> when <paramref name="condition"/> is false.</summary>
    /// <exception cref="ArgumentException"><paramref name="condition"/> is false.</exception>
    internal static void Unsatisfied(this IGuardClause guardClause, [DoesNotReturnIf(false)] bool condition, string message, string? parameterName)
    {
        _ = guardClause;
        if (!condition)
        {
            throw new ArgumentException(message, parameterName);
        }
    }

    /// <summary>Throws when <paramref name="input"/> is null or contains a null element.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    /// <exception cref="ArgumentException">An element is null.</exception>
    internal static void NullElements<T>(this IGuardClause guardClause, [NotNull] IEnumerable<T?>? input, [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where T : class
    {
        guardClause.Null(input, parameterName);
        foreach (var item in input)
        {
            if (item is null)
            {
                throw new ArgumentException("The sequence must not contain null elements.", parameterName);
            }
        }
    }
}
