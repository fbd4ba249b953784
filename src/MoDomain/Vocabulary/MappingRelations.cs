using System;
using MoDomain.Internal;

namespace MoDomain.Vocabulary;

/// <summary>The ids, labels and SKOS properties of the <see cref="MappingRelation"/> values.</summary>
/// <remarks>All members are immutable; they are safe to share across threads.</remarks>
public static class MappingRelations
{
    /// <summary>Gets the scheme of <see cref="MappingRelation"/> values (scheme <c>mapping-relations</c>).</summary>
    public static EnumScheme<MappingRelation> Scheme { get; } = new(new ConceptScheme(
        "mapping-relations",
        new LocalizedText("SKOS mapping relations", "SKOS-Abbildungsbeziehungen"),
        SourceKeys.Model,
        [
            new Concept("exact-match", new LocalizedText("Exact match", "Exakte Entsprechung"), "The two concepts mean the same and can be swapped for each other.", SourceKeys.Model),
            new Concept("close-match", new LocalizedText("Close match", "Enge Entsprechung"), "The two concepts are close enough to be swapped in some contexts.", SourceKeys.Model),
            new Concept("broad-match", new LocalizedText("Broader match", "Weitere Entsprechung"), "The target concept is broader than the source concept.", SourceKeys.Model),
            new Concept("narrow-match", new LocalizedText("Narrower match", "Engere Entsprechung"), "The target concept is narrower than the source concept.", SourceKeys.Model),
            new Concept("related-match", new LocalizedText("Related match", "Verwandte Entsprechung"), "The two concepts are associated without one containing the other.", SourceKeys.Model),
        ]));

    /// <summary>Returns the compact SKOS property name of a relation, for example <c>skos:closeMatch</c>.</summary>
    /// <param name="relation">The relation.</param>
    /// <returns>The property name with the <c>skos:</c> prefix.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="relation"/> is not a defined value.</exception>
    public static string SkosProperty(MappingRelation relation) => Guard.Against.UndefinedValue(relation) switch
    {
        MappingRelation.ExactMatch => "skos:exactMatch",
        MappingRelation.CloseMatch => "skos:closeMatch",
        MappingRelation.BroadMatch => "skos:broadMatch",
        MappingRelation.NarrowMatch => "skos:narrowMatch",
        _ => "skos:relatedMatch",
    };

    /// <summary>Returns the relation read in the other direction: broad and narrow swap, the others are symmetric.</summary>
    /// <param name="relation">The relation.</param>
    /// <returns>The inverse relation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="relation"/> is not a defined value.</exception>
    public static MappingRelation Inverse(MappingRelation relation) => Guard.Against.UndefinedValue(relation) switch
    {
        MappingRelation.BroadMatch => MappingRelation.NarrowMatch,
        MappingRelation.NarrowMatch => MappingRelation.BroadMatch,
        _ => relation,
    };
}
