using System;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.Cooperation;

/// <summary>
/// One stated step of the maturity order: <see cref="Lower"/> is less institutionalised or demanding than
/// <see cref="Upper"/>, with the source statement it rests on.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class MaturityEdge
{
    /// <summary>Initializes an edge.</summary>
    /// <param name="lower">The less mature arrangement.</param>
    /// <param name="upper">The more mature arrangement.</param>
    /// <param name="statement">What the source states, in the library's words (en/de).</param>
    /// <param name="source">The source key (or <see cref="SourceKeys.Interpretive"/> for a reading).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="lower"/> equals <paramref name="upper"/>, or <paramref name="source"/> is blank.</exception>
    public MaturityEdge(CooperationArrangement lower, CooperationArrangement upper, LocalizedText statement, string source)
    {
        Lower = Guard.Against.Null(lower);
        Upper = Guard.Against.Null(upper);
        Guard.Against.Unsatisfied(!lower.Equals(upper), $"An edge needs two different arrangements, but both are '{lower.Id}'.", nameof(upper));
        Statement = Guard.Against.Null(statement);
        Source = Guard.Against.Blank(source);
    }

    /// <summary>Gets the less mature arrangement.</summary>
    public CooperationArrangement Lower { get; }

    /// <summary>Gets the more mature arrangement.</summary>
    public CooperationArrangement Upper { get; }

    /// <summary>Gets the statement the edge rests on.</summary>
    public LocalizedText Statement { get; }

    /// <summary>Gets the source key.</summary>
    public string Source { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Lower.Id} < {Upper.Id}";
}
