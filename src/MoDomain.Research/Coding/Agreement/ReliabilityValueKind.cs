namespace MoDomain.Coding.Agreement;

/// <summary>What the values of a <see cref="ReliabilityData"/> are.</summary>
public enum ReliabilityValueKind
{
    /// <summary>Category ids (strings), in a declared order that the ordinal metric uses.</summary>
    Categorical = 0,

    /// <summary>Finite numbers.</summary>
    Numeric = 1,
}
