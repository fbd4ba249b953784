namespace MoDomain.Cooperation;

/// <summary>The answer of <see cref="MaturityOrder.Compare(CooperationArrangement, CooperationArrangement)"/>: how two cooperation arrangements relate in the partial maturity order.</summary>
public enum MaturityComparison
{
    /// <summary><c>incomparable</c>: the source does not order the two.</summary>
    Incomparable = 0,

    /// <summary><c>less</c>: the first is less institutionalised or demanding than the second.</summary>
    Less = 1,

    /// <summary><c>equal</c>: the two are the same arrangement.</summary>
    Equal = 2,

    /// <summary><c>greater</c>: the first is more institutionalised or demanding than the second.</summary>
    Greater = 3,
}
