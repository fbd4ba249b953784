using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using MoDomain.Internal;

namespace MoDomain.Funding;

/// <summary>
/// The caller's own funding requirements (<see cref="FundingRequirement.Create"/>) by id, for JSON readers: a policy
/// document names a custom requirement only by its id (<c>{"kind":"seat-in-neustadt"}</c>), and the reader finds the
/// rule here.
/// </summary>
/// <remarks>Immutable and thread-safe. Built-in kinds are never registered: JSON gives them with their parameters and
/// the reader builds them itself. Ids are compared ordinally.</remarks>
public sealed class FundingRequirementRegistry
{
    private readonly ImmutableDictionary<string, FundingRequirement> byId;

    /// <summary>Creates a registry.</summary>
    /// <param name="requirements">The custom requirements; each id at most once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="requirements"/> or an element is null.</exception>
    /// <exception cref="ArgumentException">A requirement is built in, or two share an id.</exception>
    public FundingRequirementRegistry(IEnumerable<FundingRequirement> requirements)
    {
        Guard.Against.NullElements(requirements);
        Requirements = [.. requirements];
        var builder = ImmutableDictionary.CreateBuilder<string, FundingRequirement>(StringComparer.Ordinal);
        foreach (var r in Requirements)
        {
            Guard.Against.Unsatisfied(!r.IsBuiltIn, $"The requirement '{r.Id}' is built in; the registry holds only custom requirements.", nameof(requirements));
            Guard.Against.Unsatisfied(builder.TryAdd(r.Id, r), $"The requirement id '{r.Id}' is registered twice.", nameof(requirements));
        }
        byId = builder.ToImmutable();
    }

    /// <summary>Gets the empty registry (only built-in kinds can be read).</summary>
    public static FundingRequirementRegistry Empty { get; } = new([]);

    /// <summary>Gets the registered requirements, in the given order.</summary>
    public ImmutableArray<FundingRequirement> Requirements { get; }

    /// <summary>Looks up a requirement by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="requirement">The requirement, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGet(string? id, [NotNullWhen(true)] out FundingRequirement? requirement)
    {
        requirement = null;
        return id is not null && byId.TryGetValue(id, out requirement);
    }

    /// <summary>Returns a registry with one more requirement.</summary>
    /// <param name="requirement">The custom requirement.</param>
    /// <returns>The new registry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requirement"/> is null.</exception>
    /// <exception cref="ArgumentException">It is built in, or its id is already registered.</exception>
    public FundingRequirementRegistry With(FundingRequirement requirement)
    {
        Guard.Against.Null(requirement);
        return new(Requirements.Append(requirement));
    }

    /// <summary>Returns the registered ids, separated by commas, or <c>none</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Requirements.IsEmpty ? "none" : string.Join(", ", Requirements.Select(r => r.Id));
}
