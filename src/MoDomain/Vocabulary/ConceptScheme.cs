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
    /// <exception cref="ArgumentException">The id is malformed, a text is blank, two concepts share an id, a concept's
    /// <see cref="Concept.Broader"/> id is not in the scheme, or the broader links form a cycle.</exception>
    public ConceptScheme(string id, LocalizedText label, string source, IEnumerable<Concept> concepts)
    {
        Id = ConceptIds.Check(id);
        Label = Guard.Against.Null(label);
        Source = Guard.Against.Blank(source);
        Guard.Against.NullElements(concepts);
        Concepts = [.. concepts];
        var map = new Dictionary<string, Concept>(StringComparer.Ordinal);
        foreach (var concept in Concepts)
        {
            Guard.Against.Unsatisfied(map.TryAdd(concept.Id, concept), $"Duplicate concept id '{concept.Id}' in scheme '{id}'.", nameof(concepts));
        }
        CheckBroader(Concepts, map, id);
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
    /// <param name="id">The concept id (ordinal, case-sensitive).</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No concept has that id; the message names the id, suggests the closest
    /// existing ids (see <see cref="SuggestIds"/>) and lists all known ids.</exception>
    public Concept this[string id]
    {
        get
        {
            Guard.Against.Null(id);
            return byId.TryGetValue(id, out var concept) ? concept : throw new KeyNotFoundException(UnknownIdMessage(id));
        }
    }

    /// <summary>
    /// Returns the existing ids closest to <paramref name="id"/>, best first, at most three: ids within edit distance
    /// 3 (ignoring ASCII case) or sharing a prefix of at least three characters (or all of <paramref name="id"/>).
    /// Ties are ordered ordinally. An id that exists is not suggested for itself.
    /// </summary>
    /// <param name="id">The id that was not found.</param>
    /// <returns>The suggestions; empty when nothing is close.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public ImmutableArray<string> SuggestIds(string id)
    {
        Guard.Against.Null(id);
        return IdSuggestions.Suggest(id, ConceptIdsInOrder());
    }

    /// <summary>Returns the known ids in source order, comma separated, for error messages.</summary>
    /// <returns>The ids.</returns>
    public string KnownIds() => string.Join(", ", ConceptIdsInOrder());

    internal string UnknownIdMessage(string id)
    {
        string hint = IdSuggestions.Text(SuggestIds(id));
        return hint.Length == 0
            ? $"Scheme '{Id}' has no concept '{id}'. Known ids: {KnownIds()}."
            : $"Scheme '{Id}' has no concept '{id}'; {hint} Known ids: {KnownIds()}.";
    }

    private IEnumerable<string> ConceptIdsInOrder()
    {
        foreach (var concept in Concepts)
        {
            yield return concept.Id;
        }
    }

    // Linear in the number of concepts and iterative (no recursion on the depth of a broader chain): every concept is
    // walked up only until it meets a concept already proven to reach a top concept, so each link is followed once.
    private static void CheckBroader(ImmutableArray<Concept> concepts, Dictionary<string, Concept> map, string schemeId)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var onPath = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var concept in concepts)
        {
            var current = concept;
            onPath.Clear();
            path.Clear();
            while (!done.Contains(current.Id))
            {
                onPath.Add(current.Id);
                path.Add(current.Id);
                if (current.Broader is not { } broader)
                {
                    break;
                }
                Guard.Against.Unsatisfied(
                    map.TryGetValue(broader, out var parent),
                    $"Concept '{current.Id}' names broader concept '{broader}', which is not in scheme '{schemeId}'.",
                    nameof(concepts));
                Guard.Against.Unsatisfied(!onPath.Contains(broader), $"The broader links of scheme '{schemeId}' form a cycle through '{broader}'.", nameof(concepts));
                current = parent;
            }
            done.UnionWith(path);
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
