using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using MoDomain.Internal;
using MoDomain.Rules;

namespace MoDomain.Definitions;

/// <summary>
/// An immutable, ordered registry of definitions, used to classify one profile under all of them in one call so
/// researchers can compare definitions.
/// </summary>
/// <remarks>Ids are unique. <see cref="With"/> returns a new set; the original never changes. Safe to share across threads.</remarks>
public sealed class DefinitionSet
{
    /// <summary>Creates a set.</summary>
    /// <param name="definitions">The definitions, in reporting order, with distinct ids.</param>
    /// <param name="containerTerm">The rule reported as container-term membership beside the verdicts.</param>
    /// <exception cref="ArgumentNullException">An argument or element is null.</exception>
    /// <exception cref="ArgumentException">Two definitions share an id.</exception>
    public DefinitionSet(IEnumerable<Definition> definitions, Rule<OrganisationProfile> containerTerm)
    {
        Guard.Against.NullElements(definitions);
        Definitions = [.. definitions];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in Definitions)
        {
            Guard.Against.Unsatisfied(ids.Add(d.Id), $"Two definitions share the id '{d.Id}'.", nameof(definitions));
        }
        ContainerTerm = Guard.Against.Null(containerTerm);
    }

    /// <summary>Gets the built-in set: <c>svr-2020</c> and <c>bpb-2013</c> with their default parameters, and the container term.</summary>
    public static DefinitionSet Default { get; } = new([StandardDefinitions.Svr2020, StandardDefinitions.Bpb2013], StandardDefinitions.ContainerTerm);

    /// <summary>Gets the definitions in reporting order.</summary>
    public ImmutableArray<Definition> Definitions { get; }

    /// <summary>Gets the container-term rule.</summary>
    public Rule<OrganisationProfile> ContainerTerm { get; }

    /// <summary>Looks up a definition by id.</summary>
    /// <param name="id">The id; null gives false.</param>
    /// <param name="definition">The definition when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGet(string? id, [NotNullWhen(true)] out Definition? definition)
    {
        foreach (var d in Definitions)
        {
            if (string.Equals(d.Id, id, StringComparison.Ordinal))
            {
                definition = d;
                return true;
            }
        }
        definition = null;
        return false;
    }

    /// <summary>Returns a set where <paramref name="definition"/> replaces the definition with the same id, or is appended.</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public DefinitionSet With(Definition definition)
    {
        Guard.Against.Null(definition);
        var list = new List<Definition>(Definitions.Length + 1);
        bool replaced = false;
        foreach (var d in Definitions)
        {
            if (string.Equals(d.Id, definition.Id, StringComparison.Ordinal))
            {
                list.Add(definition);
                replaced = true;
            }
            else
            {
                list.Add(d);
            }
        }
        if (!replaced)
        {
            list.Add(definition);
        }
        return new DefinitionSet(list, ContainerTerm);
    }

    /// <summary>Classifies <paramref name="profile"/> under every definition of the set.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The report with one classification per definition, the container-term evaluation and the self-identification.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public ClassificationReport ClassifyAll(OrganisationProfile profile)
    {
        Guard.Against.Null(profile);
        var results = ImmutableArray.CreateBuilder<Classification>(Definitions.Length);
        foreach (var d in Definitions)
        {
            results.Add(d.Classify(profile));
        }
        return new ClassificationReport(profile, results.MoveToImmutable(), ContainerTerm.Evaluate(profile));
    }
}
