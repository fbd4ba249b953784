using System;
using MoDomain.Internal;
using MoDomain.Rules;

namespace MoDomain.Definitions;

/// <summary>
/// The interpretive choices of the SVR 2020 definition (<c>svr-2020</c>): which legal forms count as an
/// association of people ("Zusammenschluss"). The threshold of criterion 2 is not a parameter: the source says
/// "at least half", which is ≥ 0.5.
/// </summary>
/// <remarks>
/// <para>Default: registered and unregistered associations, informal initiatives and non-profit companies count as
/// associations of people; a foundation does not (it pools assets, not people); <c>other</c> is too unspecific and
/// leaves the criterion undetermined. The gGmbH and informal-initiative choices are interpretive.</para>
/// <para>A legal form in neither set does not count. The two sets must be disjoint.</para>
/// </remarks>
public sealed class SvrParameters
{
    /// <summary>Creates parameters.</summary>
    /// <param name="associationLegalForms">Legal forms that count as an association of people.</param>
    /// <param name="undecidableLegalForms">Legal forms that leave the question undetermined.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The sets overlap or hold an undefined value.</exception>
    public SvrParameters(ValueSet<LegalForm> associationLegalForms, ValueSet<LegalForm> undecidableLegalForms)
    {
        AssociationLegalForms = ProfileChecks.CheckSet(Fact.Known(Guard.Against.Null(associationLegalForms)), nameof(associationLegalForms)).Value;
        UndecidableLegalForms = ProfileChecks.CheckSet(Fact.Known(Guard.Against.Null(undecidableLegalForms)), nameof(undecidableLegalForms)).Value;
        Guard.Against.Unsatisfied(!associationLegalForms.Overlaps(undecidableLegalForms), "A legal form cannot both count and be undecidable.", nameof(undecidableLegalForms));
    }

    /// <summary>Gets the documented default parameters.</summary>
    public static SvrParameters Default { get; } = new(
        ValueSet.Of(LegalForm.RegisteredAssociation, LegalForm.UnregisteredAssociation, LegalForm.InformalInitiative, LegalForm.NonProfitCompany),
        ValueSet.Of(LegalForm.Other));

    /// <summary>Gets the legal forms that count as an association of people.</summary>
    public ValueSet<LegalForm> AssociationLegalForms { get; }

    /// <summary>Gets the legal forms that leave the question undetermined.</summary>
    public ValueSet<LegalForm> UndecidableLegalForms { get; }
}
