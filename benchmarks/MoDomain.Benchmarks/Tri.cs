namespace MoDomain.Benchmarks;

/// <summary>The simplest possible three-valued result for the hand-coded baseline: ordered No &lt; Unknown &lt; Yes.</summary>
public enum Tri : byte
{
    /// <summary>Does not hold.</summary>
    No = 0,

    /// <summary>Cannot be decided from the known facts.</summary>
    Unknown = 1,

    /// <summary>Holds.</summary>
    Yes = 2,
}
