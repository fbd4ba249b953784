using System;
using System.Runtime.CompilerServices;
using MoDomain.Internal;

namespace MoDomain.Vocabulary;

/// <summary>Validation of the kebab-case id format shared by concepts, rules and facts.</summary>
public static class ConceptIds
{
    /// <summary>Returns whether <paramref name="id"/> is a valid id: non-empty, lower-case ASCII letters and digits in groups separated by single hyphens.</summary>
    /// <param name="id">The candidate id; null gives false.</param>
    /// <returns>True when the id is well-formed.</returns>
    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id[0] == '-' || id[^1] == '-')
        {
            return false;
        }
        char previous = '\0';
        foreach (char c in id)
        {
            bool ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && previous != '-');
            if (!ok)
            {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /// <summary>Throws unless <paramref name="id"/> is a valid id.</summary>
    /// <param name="id">The candidate id.</param>
    /// <param name="paramName">The parameter name reported in the exception.</param>
    /// <returns><paramref name="id"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not kebab-case.</exception>
    public static string Check(string id, [CallerArgumentExpression(nameof(id))] string? paramName = null)
    {
        Guard.Against.Null(id, paramName);
        if (!IsValid(id))
        {
            throw new ArgumentException($"'{id}' is not a valid id: use lower-case letters and digits separated by single hyphens.", paramName);
        }
        return id;
    }
}
