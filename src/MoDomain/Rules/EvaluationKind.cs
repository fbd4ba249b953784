namespace MoDomain.Rules;

/// <summary>How an <see cref="Evaluation"/> computes its explanation, facts read and missing facts.</summary>
internal enum EvaluationKind
{
    /// <summary>Values were given explicitly to the public constructor.</summary>
    Explicit = 0,

    /// <summary>A leaf criterion: details come from its <see cref="LeafDetails"/>.</summary>
    Leaf = 1,

    /// <summary>An all-of composite: details come from the parts.</summary>
    AllOf = 2,

    /// <summary>An any-of composite: details come from the parts.</summary>
    AnyOf = 3,

    /// <summary>A negation: details come from the single part.</summary>
    Negation = 4,
}
