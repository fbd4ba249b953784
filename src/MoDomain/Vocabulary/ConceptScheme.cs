using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using MoDomain.Internal;

namespace MoDomain.Vocabulary;

/// <summary>
/// An immutable, ordered set of concepts forming one typology (for example the container kinds of the
/// Qualitätszirkel 2023 working term). Concepts are found by id.
/// </summary>
/// <remarks>
/// The order of <see cref="Concepts"/> is the order of the source. Instances are safe to share across threads.
/// </remarks>
public sealed class ConceptScheme
{
    private readonly FrozenDictionary<string, Concept> byId;

    /// <summary>Creates a scheme.</summary>
    /// <param name="id">The scheme id (kebab-case).</param>
    /// <param name="label">The scheme label.</param>
    /// <param name="source">The source key.</param>
    /// <param name="concepts">The concepts, in source order; ids must be unique.</param>
    /// <exception cref="ArgumentNullException">An argument or a concept is null.</exception>
    /// <exception cref="ArgumentException">The id is malformed, a text is blank, or two concepts share an id.</exception>
    public ConceptScheme(string id, LocalizedText label, string source, IEnumerable<Concept> concepts)
    {
        Id = ConceptIds.Check(id);
        Label = Preconditions.CheckNotNull(label);
        Source = Preconditions.CheckNotBlank(source);
        Preconditions.CheckNoNullElements(concepts);
        Concepts = [.. concepts];
        var map = new Dictionary<string, Concept>(StringComparer.Ordinal);
        foreach (var concept in Concepts)
        {
            Preconditions.CheckArgument(map.TryAdd(concept.Id, concept), $"Duplicate concept id '{concept.Id}' in scheme '{id}'.", nameof(concepts));
        }
        byId = map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the scheme id.</summary>
    public string Id { get; }

    /// <summary>Gets the scheme label.</summary>
    public LocalizedText Label { get; }

    /// <summary>Gets the source key.</summary>
    public string Source { get; }

    /// <summary>Gets the concepts in source order.</summary>
    public ImmutableArray<Concept> Concepts { get; }

    /// <summary>Gets the concept with the given id.</summary>
    /// <param name="id">The concept id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No concept has that id.</exception>
    public Concept this[string id]
    {
        get
        {
            Preconditions.CheckNotNull(id);
            return byId.TryGetValue(id, out var concept)
                ? concept
                : throw new KeyNotFoundException($"Scheme '{Id}' has no concept '{id}'. Known ids: {string.Join(", ", byId.Keys)}.");
        }
    }

    /// <summary>Looks up a concept by id.</summary>
    /// <param name="id">The concept id; null gives false.</param>
    /// <param name="concept">The concept when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGet(string? id, [NotNullWhen(true)] out Concept? concept)
    {
        if (id is null)
        {
            concept = null;
            return false;
        }
        return byId.TryGetValue(id, out concept);
    }

    /// <summary>Returns whether the scheme holds a concept with the given id.</summary>
    /// <param name="id">The id; null gives false.</param>
    /// <returns>True when present.</returns>
    public bool Contains(string? id) => id is not null && byId.ContainsKey(id);

    /// <summary>Returns the id.</summary>
    /// <returns>The scheme id.</returns>
    public override string ToString() => Id;
}
