using System;
using System.Runtime.CompilerServices;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.Coding;

/// <summary>
/// The format of code ids: one or more kebab-case parts separated by single colons, for example
/// <c>function:homemaking</c> or <c>own-code</c>. The prefix before the first colon names where a library code comes
/// from (<see cref="StandardCodes"/>); researcher codes may use any prefix or none.
/// </summary>
public static class CodeIds
{
    /// <summary>Returns whether <paramref name="id"/> is a well-formed code id.</summary>
    /// <param name="id">The candidate; null gives false.</param>
    /// <returns>True when every colon-separated part is a valid kebab-case id.</returns>
    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return false;
        }
        foreach (var part in id.Split(':'))
        {
            if (!ConceptIds.IsValid(part))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Throws unless <paramref name="id"/> is a well-formed code id.</summary>
    /// <param name="id">The candidate.</param>
    /// <param name="paramName">The parameter name reported.</param>
    /// <returns><paramref name="id"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is malformed.</exception>
    public static string Check(string id, [CallerArgumentExpression(nameof(id))] string? paramName = null)
    {
        Guard.Against.Null(id, paramName);
        if (!IsValid(id))
        {
            throw new ArgumentException($"'{id}' is not a valid code id: use lower-case kebab-case parts separated by single colons, for example 'function:homemaking'.", paramName);
        }
        return id;
    }
}
