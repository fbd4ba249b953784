namespace MoDomain.Reference;

/// <summary>The result of comparing two items of a <see cref="ReferenceRanking"/>.</summary>
public enum RankComparison
{
    /// <summary>The first item is ranked in a higher (more frequent) tier than the second.</summary>
    Before = 0,

    /// <summary>Both items are in the same tier: the source states a tie.</summary>
    Tied = 1,

    /// <summary>The first item is ranked in a lower (less frequent) tier than the second.</summary>
    After = 2,

    /// <summary>At least one item is not placed by the source, so the source says nothing about their order.</summary>
    NotRanked = 3,
}
