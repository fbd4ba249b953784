using System;
using MoDomain.Internal;
using MoDomain.Rules;

namespace MoDomain.Definitions;

/// <summary>Validation helpers for list-valued profile facts.</summary>
internal static class ProfileChecks
{
    internal static Fact<ValueSet<TEnum>> CheckSet<TEnum>(Fact<ValueSet<TEnum>> fact, string paramName)
        where TEnum : struct, Enum
    {
        if (fact.IsKnown)
        {
            foreach (var value in fact.Value)
            {
                Guard.Against.UndefinedValue(value, paramName);
            }
        }
        return fact;
    }

    internal static Fact<ValueSet<string>> CheckNames(Fact<ValueSet<string>> fact, string paramName)
    {
        if (fact.IsKnown)
        {
            foreach (var value in fact.Value)
            {
                Guard.Against.Unsatisfied(!string.IsNullOrWhiteSpace(value), "Names must not be empty or white space.", paramName);
            }
        }
        return fact;
    }
}
