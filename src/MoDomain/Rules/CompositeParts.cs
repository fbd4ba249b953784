using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using MoDomain.Internal;

namespace MoDomain.Rules;

/// <summary>Validates the parts of a composite rule.</summary>
internal static class CompositeParts
{
    internal static ImmutableArray<Rule<TSubject>> Check<TSubject>(IEnumerable<Rule<TSubject>> parts, string paramName)
    {
        Guard.Against.NullElements(parts, paramName);
        ImmutableArray<Rule<TSubject>> result = [.. parts];
        Guard.Against.Unsatisfied(!result.IsEmpty, "A composite rule needs at least one part.", paramName);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in result)
        {
            Guard.Against.Unsatisfied(ids.Add(part.Id), $"Two parts share the id '{part.Id}'.", paramName);
        }
        return result;
    }
}
