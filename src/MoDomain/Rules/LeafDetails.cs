using System.Collections.Immutable;
using MoDomain.Vocabulary;

namespace MoDomain.Rules;

/// <summary>Computes a leaf evaluation's explanation, facts read and missing facts on demand.</summary>
internal abstract class LeafDetails
{
    internal abstract LocalizedText Explain(Truth outcome);

    internal abstract ImmutableArray<FactReading> ReadFacts();

    internal abstract ImmutableArray<string> MissingFacts();
}
