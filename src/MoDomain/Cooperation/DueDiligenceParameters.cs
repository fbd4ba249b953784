using System;
using System.Collections.Generic;
using MoDomain.Internal;
using MoDomain.Rules;

namespace MoDomain.Cooperation;

/// <summary>
/// The interpretive choices of due diligence (DOMAIN.md §5.5), as data the caller can replace: which umbrella
/// associations raise a concern, and whether a clarification with the integration commissioner is required.
/// </summary>
/// <remarks>
/// <para>The guide says to check which umbrella an MSO belongs to and that the integration commissioner <i>can</i> be
/// consulted; it names no umbrella and makes the consultation optional. So <see cref="Default"/> lists no concerning
/// umbrella and does not require the clarification.</para>
/// <para>Immutable.</para>
/// </remarks>
public sealed class DueDiligenceParameters
{
    /// <summary>Initializes parameters.</summary>
    /// <param name="concerningUmbrellas">Umbrella names (compared ordinally) whose membership raises a concern.</param>
    /// <param name="requireCommissionerClarification">Whether a candidate stays undetermined until the commissioner was consulted.</param>
    /// <exception cref="ArgumentNullException"><paramref name="concerningUmbrellas"/> is null.</exception>
    /// <exception cref="ArgumentException">A name is null or blank.</exception>
    public DueDiligenceParameters(IEnumerable<string> concerningUmbrellas, bool requireCommissionerClarification)
    {
        Guard.Against.NullElements(concerningUmbrellas);
        foreach (var name in concerningUmbrellas)
        {
            Guard.Against.Blank(name, nameof(concerningUmbrellas));
        }
        ConcerningUmbrellas = ValueSet.OfStrings(concerningUmbrellas);
        RequireCommissionerClarification = requireCommissionerClarification;
    }

    /// <summary>Gets the default: no concerning umbrella, no required clarification.</summary>
    public static DueDiligenceParameters Default { get; } = new([], requireCommissionerClarification: false);

    /// <summary>Gets the umbrella names whose membership raises a concern.</summary>
    public ValueSet<string> ConcerningUmbrellas { get; }

    /// <summary>Gets whether the clarification with the integration commissioner is required.</summary>
    public bool RequireCommissionerClarification { get; }
}
