using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using MoDomain.Internal;

namespace MoDomain.Definitions;

/// <summary>
/// Organisation profiles by their stable id, to link the other documents (cooperation records' MO keys, funding cases,
/// objective and function-evidence profiles) to the organisation they are about.
/// </summary>
/// <remarks>
/// <para>The linking rule: a key refers to the organisation whose <see cref="OrganisationProfile.Id"/> equals it
/// (ordinal). Documents written before organisations had ids name them by name; so a key that is no organisation's id
/// refers to the one organisation whose <see cref="OrganisationProfile.Name"/> equals it exactly — if two organisations
/// share that name, it refers to none (never a guess).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class OrganisationIndex
{
    private readonly Dictionary<string, OrganisationProfile> byId = new(StringComparer.Ordinal);

    // null marks a name shared by two or more organisations.
    private readonly Dictionary<string, OrganisationProfile?> byName = new(StringComparer.Ordinal);

    /// <summary>Creates an index.</summary>
    /// <param name="profiles">The profiles; ids must be unique.</param>
    /// <exception cref="ArgumentNullException"><paramref name="profiles"/> or an element is null.</exception>
    /// <exception cref="ArgumentException">Two profiles share an id.</exception>
    public OrganisationIndex(IEnumerable<OrganisationProfile> profiles)
    {
        Guard.Against.NullElements(profiles);
        Profiles = [.. profiles];
        foreach (var p in Profiles)
        {
            Guard.Against.Unsatisfied(byId.TryAdd(p.Id, p), $"The organisation id '{p.Id}' is used by two profiles ('{byId.GetValueOrDefault(p.Id)?.Name}' and '{p.Name}').", nameof(profiles));
            byName[p.Name] = byName.ContainsKey(p.Name) ? null : p;
        }
    }

    /// <summary>Gets the profiles, in the given order.</summary>
    public ImmutableArray<OrganisationProfile> Profiles { get; }

    /// <summary>Finds the organisation a key refers to: by id, else by a name no other organisation has.</summary>
    /// <param name="key">An organisation id, or (in older documents) its exact name.</param>
    /// <param name="profile">The organisation, when found.</param>
    /// <returns><see langword="true"/> when the key refers to exactly one organisation.</returns>
    public bool TryFind(string? key, [NotNullWhen(true)] out OrganisationProfile? profile)
    {
        profile = null;
        if (key is null)
        {
            return false;
        }
        if (byId.TryGetValue(key, out profile))
        {
            return true;
        }
        return byName.TryGetValue(key, out profile) && profile is not null;
    }

    /// <summary>Returns whether a key refers to the given organisation.</summary>
    /// <param name="key">An organisation id or name.</param>
    /// <param name="profile">The organisation.</param>
    /// <returns><see langword="true"/> when <see cref="TryFind"/> finds an organisation with the same id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public bool RefersTo(string? key, OrganisationProfile profile)
    {
        Guard.Against.Null(profile);
        return TryFind(key, out var found) && string.Equals(found.Id, profile.Id, StringComparison.Ordinal);
    }
}
