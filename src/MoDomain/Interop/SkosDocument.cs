using System.Collections.Immutable;
using MoDomain.Vocabulary;

namespace MoDomain.Interop;

/// <summary>A concept scheme read from SKOS JSON-LD, with the mappings the document carried (see <see cref="SkosJsonLd"/>).</summary>
/// <remarks>Instances are immutable.</remarks>
public sealed class SkosDocument
{
    internal SkosDocument(ConceptScheme scheme, ImmutableArray<ConceptMapping> mappings)
    {
        Scheme = scheme;
        Mappings = mappings;
    }

    /// <summary>Gets the concept scheme.</summary>
    public ConceptScheme Scheme { get; }

    /// <summary>Gets the mappings that involve the scheme, in document order (empty when the document has none).</summary>
    public ImmutableArray<ConceptMapping> Mappings { get; }
}
