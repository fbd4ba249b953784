using MoDomain.Definitions;

namespace MoDomain.Benchmarks;

/// <summary>
/// The SVR 2020 criteria written as a plain hand-coded check over the profile's facts: the baseline. It has the same
/// semantics as <c>StandardDefinitions.Svr2020.Decide</c> with the default parameters (unknown facts give
/// <see cref="Tri.Unknown"/>, Kleene AND/OR as min/max, AND stops at the first failing criterion), but no rule objects,
/// no delegates and no explanation.
/// </summary>
public static class HandCodedSvr2020
{
    /// <summary>Decides SVR 2020 for <paramref name="p"/>.</summary>
    /// <param name="p">The profile.</param>
    /// <returns>Yes, no or unknown.</returns>
    public static Tri Decide(OrganisationProfile p)
    {
        // (1) non-profit association = association of people AND recognised non-profit.
        Tri association = !p.LegalForm.IsKnown
            ? Tri.Unknown
            : p.LegalForm.Value switch
            {
                LegalForm.RegisteredAssociation or LegalForm.UnregisteredAssociation
                    or LegalForm.InformalInitiative or LegalForm.NonProfitCompany => Tri.Yes,
                LegalForm.Other => Tri.Unknown,
                _ => Tri.No,
            };
        Tri nonProfit = !p.NonProfitStatus.IsKnown
            ? Tri.Unknown
            : p.NonProfitStatus.Value == NonProfitStatus.Recognised ? Tri.Yes : Tri.No;
        Tri result = And(association, nonProfit);
        if (result == Tri.No)
        {
            return Tri.No;
        }

        // (2) carried at least half (>= 0.5) OR founded by people with a migration history.
        Tri carried = !p.CarrierMigrantShare.IsKnown
            ? Tri.Unknown
            : p.CarrierMigrantShare.Value >= 0.5 ? Tri.Yes : Tri.No;
        Tri founded = !p.FoundedByMigrants.IsKnown
            ? Tri.Unknown
            : p.FoundedByMigrants.Value ? Tri.Yes : Tri.No;
        result = And(result, Or(carried, founded));
        if (result == Tri.No)
        {
            return Tri.No;
        }

        // (3) at least one central migration reference.
        Tri central = !p.MigrationReferences.IsKnown
            ? Tri.Unknown
            : p.MigrationReferences.Value.IsEmpty ? Tri.No : Tri.Yes;
        return And(result, central);
    }

    private static Tri And(Tri a, Tri b) => a < b ? a : b;

    private static Tri Or(Tri a, Tri b) => a > b ? a : b;
}
