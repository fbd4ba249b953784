using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using MoDomain.Internal;

namespace MoDomain.Vocabulary;

/// <summary>
/// A named set of SKOS mappings between the concepts of several schemes. Every mapping is checked against the schemes
/// the crosswalk is given: both schemes must be among them and both concept ids must exist.
/// </summary>
/// <remarks>
/// Crosswalks are data: the library ships an interpretive default (<c>MoDomain.Cooperation.Crosswalks.Default</c>),
/// and callers build their own with this constructor, for example from the default's
/// <see cref="Schemes"/> and <see cref="Mappings"/> plus mappings of their own. Instances are immutable and safe to
/// share across threads.
/// </remarks>
public sealed class Crosswalk
{
    private readonly FrozenDictionary<string, ConceptScheme> schemesById;

    /// <summary>Creates a crosswalk.</summary>
    /// <param name="id">The crosswalk id (kebab-case).</param>
    /// <param name="label">The label in English and German.</param>
    /// <param name="schemes">The schemes the mappings may refer to; ids must be unique.</param>
    /// <param name="mappings">The mappings, in the order they should be listed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The id is malformed; a scheme or mapping is null; two schemes share an id; a
    /// mapping names a scheme that is not given or a concept id that its scheme does not hold (the message suggests the
    /// closest ids); or two mappings link the same two concepts (in either direction).</exception>
    public Crosswalk(string id, LocalizedText label, IEnumerable<ConceptScheme> schemes, IEnumerable<ConceptMapping> mappings)
    {
        Id = ConceptIds.Check(id);
        Label = Guard.Against.Null(label);
        Guard.Against.NullElements(schemes);
        Guard.Against.NullElements(mappings);
        Schemes = [.. schemes];
        Mappings = [.. mappings];
        var byId = new Dictionary<string, ConceptScheme>(StringComparer.Ordinal);
        foreach (var scheme in Schemes)
        {
            Guard.Against.Unsatisfied(byId.TryAdd(scheme.Id, scheme), $"Duplicate scheme id '{scheme.Id}' in crosswalk '{id}'.", nameof(schemes));
        }
        schemesById = byId.ToFrozenDictionary(StringComparer.Ordinal);
        var pairs = new HashSet<(string, string, string, string)>();
        foreach (var mapping in Mappings)
        {
            if ((EndError(mapping, mapping.SourceScheme, mapping.SourceConcept) ?? EndError(mapping, mapping.TargetScheme, mapping.TargetConcept)) is { } error)
            {
                throw new ArgumentException(error, nameof(mappings));
            }
            bool fresh = pairs.Add((mapping.SourceScheme, mapping.SourceConcept, mapping.TargetScheme, mapping.TargetConcept))
                && pairs.Add((mapping.TargetScheme, mapping.TargetConcept, mapping.SourceScheme, mapping.SourceConcept));
            Guard.Against.Unsatisfied(fresh, $"Crosswalk '{id}' maps {mapping.SourceScheme}/{mapping.SourceConcept} and {mapping.TargetScheme}/{mapping.TargetConcept} more than once.", nameof(mappings));
        }
    }

    /// <summary>Gets the crosswalk id.</summary>
    public string Id { get; }

    /// <summary>Gets the label.</summary>
    public LocalizedText Label { get; }

    /// <summary>Gets the schemes, in the order given.</summary>
    public ImmutableArray<ConceptScheme> Schemes { get; }

    /// <summary>Gets the mappings, in the order given.</summary>
    public ImmutableArray<ConceptMapping> Mappings { get; }

    /// <summary>Looks up one of the crosswalk's schemes by id.</summary>
    /// <param name="id">The scheme id; null gives false.</param>
    /// <param name="scheme">The scheme when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGetScheme(string? id, [NotNullWhen(true)] out ConceptScheme? scheme)
    {
        if (id is null)
        {
            scheme = null;
            return false;
        }
        return schemesById.TryGetValue(id, out scheme);
    }

    /// <summary>Gets one of the crosswalk's schemes by id.</summary>
    /// <param name="id">The scheme id.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No scheme has that id; the message suggests the closest scheme ids.</exception>
    public ConceptScheme GetScheme(string id)
    {
        Guard.Against.Null(id);
        return schemesById.TryGetValue(id, out var scheme) ? scheme : throw new KeyNotFoundException(UnknownSchemeMessage(id));
    }

    /// <summary>
    /// Returns the mappings that involve a concept, each oriented so that the concept is the source (a mapping stored in
    /// the other direction is returned as its <see cref="ConceptMapping.Inverse"/>), in the crosswalk's order.
    /// </summary>
    /// <param name="schemeId">The scheme id.</param>
    /// <param name="conceptId">The concept id.</param>
    /// <returns>The mappings; empty when the concept is not mapped.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException">The scheme is not part of the crosswalk, or it has no such concept (the
    /// message suggests the closest ids).</exception>
    public ImmutableArray<ConceptMapping> MappingsOf(string schemeId, string conceptId)
    {
        Guard.Against.Null(conceptId);
        _ = GetScheme(schemeId)[conceptId];
        var result = ImmutableArray.CreateBuilder<ConceptMapping>();
        foreach (var mapping in Mappings)
        {
            if (string.Equals(mapping.SourceScheme, schemeId, StringComparison.Ordinal) && string.Equals(mapping.SourceConcept, conceptId, StringComparison.Ordinal))
            {
                result.Add(mapping);
            }
            else if (string.Equals(mapping.TargetScheme, schemeId, StringComparison.Ordinal) && string.Equals(mapping.TargetConcept, conceptId, StringComparison.Ordinal))
            {
                result.Add(mapping.Inverse());
            }
        }
        return result.ToImmutable();
    }

    /// <summary>Returns the id.</summary>
    /// <returns>The crosswalk id.</returns>
    public override string ToString() => Id;

    private string? EndError(ConceptMapping mapping, string schemeId, string conceptId)
    {
        if (!schemesById.TryGetValue(schemeId, out var scheme))
        {
            return $"Mapping '{mapping}': {UnknownSchemeMessage(schemeId)}";
        }
        return scheme.Contains(conceptId) ? null : $"Mapping '{mapping}': {scheme.UnknownIdMessage(conceptId)}";
    }

    private string UnknownSchemeMessage(string schemeId)
    {
        string hint = IdSuggestions.Text(IdSuggestions.Suggest(schemeId, Schemes.Select(s => s.Id)));
        string known = string.Join(", ", Schemes.Select(s => s.Id));
        return hint.Length == 0
            ? $"Crosswalk '{Id}' has no scheme '{schemeId}'. Known schemes: {known}."
            : $"Crosswalk '{Id}' has no scheme '{schemeId}'; {hint} Known schemes: {known}.";
    }
}
