using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MoDomain.Internal;
using MoDomain.Interop;

namespace MoDomain.Cli;

/// <summary>Every JSON document the CLI reads or writes: the framework contracts followed by the research contracts.</summary>
internal static class AllJsonContracts
{
    /// <summary>Gets every contract, framework contracts first, each list in its own stable order.</summary>
    internal static ImmutableArray<JsonContract> All { get; } = JsonContracts.All.AddRange(ResearchJsonContracts.All);

    /// <summary>Gets the contract with the given name from either list.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">Neither list has that name; the message suggests close names.</exception>
    internal static JsonContract Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        JsonContract? contract = All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
        if (contract is not null)
        {
            return contract;
        }

        ImmutableArray<string> suggestions = IdSuggestions.Suggest(name, All.Select(c => c.Name));
        throw new KeyNotFoundException($"No JSON contract is named '{name}'{IdSuggestions.Text(suggestions)}. Known contracts: {string.Join(", ", All.Select(c => c.Name))}.");
    }
}
