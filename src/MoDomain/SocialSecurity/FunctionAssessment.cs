using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using MoDomain.Internal;

namespace MoDomain.SocialSecurity;

/// <summary>
/// What the evidence about one organisation says about its four social-security functions: which functions are
/// evidenced, from which perspectives, how strongly, where perspectives disagree, and the 4 × 3 function ×
/// perspective matrices.
/// </summary>
/// <remarks>
/// <para><b>Evidenced.</b> A function is evidenced when at least one item supports one of its indicators.
/// Contradicting items never remove a function from the evidenced set; they are reported as contradictions and
/// disagreements instead, so that adding evidence can only add to what is known.</para>
/// <para><b>Strength.</b> The strength of a function is the number of distinct items that support it: a count, never
/// a weighted or invented score. Identical items were already collapsed by <see cref="FunctionEvidenceProfile"/>.</para>
/// <para><b>Disagreement.</b> A function on which one perspective supports and a different perspective explicitly
/// contradicts (see <see cref="FunctionDisagreement"/>).</para>
/// <para><b>Matrices.</b> <see cref="Matrix"/> counts every item, so its total is the number of evidence items;
/// <see cref="SupportingMatrix"/> and <see cref="ContradictingMatrix"/> count one stance each and sum cell-wise to
/// <see cref="Matrix"/>.</para>
/// <para><b>Order and filters.</b> The assessment depends only on the set of items, never on their order.
/// <see cref="For"/> restricts it to one perspective; filtering and counting commute.</para>
/// <para>Immutable and safe to share across threads.</para>
/// </remarks>
public sealed class FunctionAssessment
{
    private static readonly SocialSecurityFunction[] AllFunctions = Enum.GetValues<SocialSecurityFunction>();
    private static readonly Perspective[] AllPerspectives = Enum.GetValues<Perspective>();

    private readonly int[] supportByIndicator;

    /// <summary>Assesses an organisation from a list of evidence items (repeated identical items count once).</summary>
    /// <param name="organisation">The organisation's name (not blank).</param>
    /// <param name="evidence">The evidence items, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="organisation"/> or <paramref name="evidence"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="organisation"/> is blank or <paramref name="evidence"/> holds a null element.</exception>
    public FunctionAssessment(string organisation, IEnumerable<FunctionEvidence> evidence)
        : this(new FunctionEvidenceProfile(organisation, evidence), perspectiveFilter: null)
    {
    }

    internal FunctionAssessment(FunctionEvidenceProfile profile, Perspective? perspectiveFilter)
    {
        Profile = perspectiveFilter is { } p ? profile.For(p) : profile;
        PerspectiveFilter = perspectiveFilter;
        Matrix = FunctionPerspectiveMatrix.Build(Profile.Evidence);
        SupportingMatrix = FunctionPerspectiveMatrix.Build(Profile.Evidence, EvidenceStance.Supports);
        ContradictingMatrix = FunctionPerspectiveMatrix.Build(Profile.Evidence, EvidenceStance.Contradicts);

        supportByIndicator = new int[Enum.GetValues<FunctionIndicator>().Length];
        foreach (var item in Profile.Evidence)
        {
            if (item.Stance == EvidenceStance.Supports)
            {
                supportByIndicator[(int)item.Indicator]++;
            }
        }

        var evidenced = ImmutableArray.CreateBuilder<SocialSecurityFunction>();
        var disagreements = ImmutableArray.CreateBuilder<FunctionDisagreement>();
        foreach (var function in AllFunctions)
        {
            if (SupportingMatrix.RowTotal(function) > 0)
            {
                evidenced.Add(function);
            }
            var supportedBy = PerspectivesWith(SupportingMatrix, function);
            var contradictedBy = PerspectivesWith(ContradictingMatrix, function);
            if (HasDistinctPair(supportedBy, contradictedBy))
            {
                disagreements.Add(new FunctionDisagreement(function, supportedBy, contradictedBy));
            }
        }
        EvidencedFunctions = evidenced.ToImmutable();
        Disagreements = disagreements.ToImmutable();

        var indicators = ImmutableArray.CreateBuilder<FunctionIndicator>();
        foreach (var indicator in Enum.GetValues<FunctionIndicator>())
        {
            if (supportByIndicator[(int)indicator] > 0)
            {
                indicators.Add(indicator);
            }
        }
        SupportedIndicators = indicators.ToImmutable();
    }

    /// <summary>Gets the evidence assessed (after the perspective filter, if any).</summary>
    public FunctionEvidenceProfile Profile { get; }

    /// <summary>Gets the organisation's name.</summary>
    public string Organisation => Profile.Organisation;

    /// <summary>Gets the distinct evidence items assessed.</summary>
    public ImmutableArray<FunctionEvidence> Evidence => Profile.Evidence;

    /// <summary>Gets the perspective the assessment is restricted to, or null for all perspectives.</summary>
    public Perspective? PerspectiveFilter { get; }

    /// <summary>Gets the matrix of all items (both stances); its total is the number of evidence items.</summary>
    public FunctionPerspectiveMatrix Matrix { get; }

    /// <summary>Gets the matrix of supporting items.</summary>
    public FunctionPerspectiveMatrix SupportingMatrix { get; }

    /// <summary>Gets the matrix of explicitly contradicting items.</summary>
    public FunctionPerspectiveMatrix ContradictingMatrix { get; }

    /// <summary>Gets the functions supported by at least one item, in enum order.</summary>
    public ImmutableArray<SocialSecurityFunction> EvidencedFunctions { get; }

    /// <summary>Gets the indicators supported by at least one item, in enum order.</summary>
    public ImmutableArray<FunctionIndicator> SupportedIndicators { get; }

    /// <summary>Gets the functions on which perspectives disagree, in enum order.</summary>
    public ImmutableArray<FunctionDisagreement> Disagreements { get; }

    /// <summary>Returns whether a function is supported by at least one item.</summary>
    /// <param name="function">The function.</param>
    /// <returns>True when evidenced.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="function"/> is not a defined value.</exception>
    public bool IsEvidenced(SocialSecurityFunction function) => Strength(function) > 0;

    /// <summary>Gets the strength of a function: the number of distinct items that support it.</summary>
    /// <param name="function">The function.</param>
    /// <returns>The count (0 when not evidenced).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="function"/> is not a defined value.</exception>
    public int Strength(SocialSecurityFunction function) => SupportingMatrix.RowTotal(function);

    /// <summary>Gets the number of distinct items that explicitly contradict a function.</summary>
    /// <param name="function">The function.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="function"/> is not a defined value.</exception>
    public int Contradictions(SocialSecurityFunction function) => ContradictingMatrix.RowTotal(function);

    /// <summary>Gets the number of distinct items that support an indicator.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="indicator"/> is not a defined value.</exception>
    public int Support(FunctionIndicator indicator)
    {
        Guard.Against.UndefinedValue(indicator);
        return supportByIndicator[(int)indicator];
    }

    /// <summary>Gets the perspectives from which a function is supported, in enum order.</summary>
    /// <param name="function">The function.</param>
    /// <returns>The perspectives (empty when not evidenced).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="function"/> is not a defined value.</exception>
    public ImmutableArray<Perspective> SupportingPerspectives(SocialSecurityFunction function)
    {
        Guard.Against.UndefinedValue(function);
        return PerspectivesWith(SupportingMatrix, function);
    }

    /// <summary>Gets the perspectives from which a function is explicitly contradicted, in enum order.</summary>
    /// <param name="function">The function.</param>
    /// <returns>The perspectives.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="function"/> is not a defined value.</exception>
    public ImmutableArray<Perspective> ContradictingPerspectives(SocialSecurityFunction function)
    {
        Guard.Against.UndefinedValue(function);
        return PerspectivesWith(ContradictingMatrix, function);
    }

    /// <summary>Restricts the assessment to the evidence from one perspective.</summary>
    /// <param name="perspective">The perspective.</param>
    /// <returns>The assessment of that perspective's items only (empty when this assessment is already restricted
    /// to another perspective).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="perspective"/> is not a defined value.</exception>
    public FunctionAssessment For(Perspective perspective)
    {
        Guard.Against.UndefinedValue(perspective);
        return new FunctionAssessment(Profile, perspective);
    }

    /// <summary>Returns the organisation's name and the evidenced function ids, for example
    /// <c>Together e.V.: homemaking, hinge</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var ids = new List<string>(EvidencedFunctions.Length);
        foreach (var f in EvidencedFunctions)
        {
            ids.Add(SocialSecurityVocabulary.Functions.IdOf(f));
        }
        return $"{Organisation}: {string.Join(", ", ids)}";
    }

    private static ImmutableArray<Perspective> PerspectivesWith(FunctionPerspectiveMatrix matrix, SocialSecurityFunction function)
    {
        var builder = ImmutableArray.CreateBuilder<Perspective>();
        foreach (var perspective in AllPerspectives)
        {
            if (matrix.Count(function, perspective) > 0)
            {
                builder.Add(perspective);
            }
        }
        return builder.ToImmutable();
    }

    private static bool HasDistinctPair(ImmutableArray<Perspective> supportedBy, ImmutableArray<Perspective> contradictedBy)
    {
        foreach (var s in supportedBy)
        {
            foreach (var c in contradictedBy)
            {
                if (s != c)
                {
                    return true;
                }
            }
        }
        return false;
    }
}
