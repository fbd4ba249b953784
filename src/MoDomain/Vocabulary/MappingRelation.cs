namespace MoDomain.Vocabulary;

/// <summary>
/// The SKOS mapping relations between concepts of different schemes. Ids and labels:
/// <see cref="MappingRelations.Scheme"/>; SKOS property names: <see cref="MappingRelations.SkosProperty"/>.
/// </summary>
public enum MappingRelation
{
    /// <summary><c>exact-match</c> (<c>skos:exactMatch</c>): the two concepts can be used interchangeably.</summary>
    ExactMatch = 0,

    /// <summary><c>close-match</c> (<c>skos:closeMatch</c>): similar enough to be used interchangeably in some contexts.</summary>
    CloseMatch = 1,

    /// <summary><c>broad-match</c> (<c>skos:broadMatch</c>): the target concept is broader than the source concept.</summary>
    BroadMatch = 2,

    /// <summary><c>narrow-match</c> (<c>skos:narrowMatch</c>): the target concept is narrower than the source concept.</summary>
    NarrowMatch = 3,

    /// <summary><c>related-match</c> (<c>skos:relatedMatch</c>): the concepts are associated, without one containing the other.</summary>
    RelatedMatch = 4,
}
