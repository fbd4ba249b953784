using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MoDomain.Cli.Report.Charts;
using MoDomain.Definitions;
using MoDomain.Funding;
using NodaTime;

namespace MoDomain.Cli.Report;

/// <summary>
/// Turns funding cases into the report's ladder chart: the default funding ladder (lowest rung first), the rung the
/// organisation holds at the evaluation date highlighted, the highest rung whose policy it meets and the next rung with
/// its blocking requirements and, when every blocking requirement is time-based, the date from which it will be met.
/// </summary>
public static class FundingCharts
{
    /// <summary>Creates the provider the <see cref="FundingSection"/> calls for each organisation.</summary>
    /// <param name="cases">The funding cases, matched to organisations by the case profile's id, or by its name when that
    /// is no organisation's id and no other organisation has the name (<see cref="OrganisationIndex"/>); the first case of an
    /// organisation wins.</param>
    /// <param name="organisations">The organisations of the report.</param>
    /// <param name="at">The evaluation date; <see langword="null"/> uses each case's profile date (never the clock).</param>
    /// <returns>A provider giving the ladder of an organisation, or <see langword="null"/> when it has no funding case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> or <paramref name="organisations"/> is <see langword="null"/>.</exception>
    public static Func<ReportOrganisation, ReportScope, LadderChart?> Provider(IEnumerable<FundingCase> cases, OrganisationIndex organisations, LocalDate? at = null)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(organisations);
        var byId = new Dictionary<string, FundingCase>(StringComparer.Ordinal);
        foreach (FundingCase c in cases)
        {
            if (organisations.TryFind(c.Profile.Id, out OrganisationProfile? found) || organisations.TryFind(c.Profile.Name, out found))
            {
                byId.TryAdd(found.Id, c);
            }
        }

        return (organisation, scope) => byId.TryGetValue(organisation.Profile.Id, out FundingCase? c) ? Chart(c, at ?? c.Profile.AsOf, scope) : null;
    }

    private static LadderChart Chart(FundingCase fundingCase, LocalDate at, ReportScope scope)
    {
        FundingLadder ladder = FundingLadder.Default;
        FundingGap gap = FundingGapAnalysis.Analyse(new FundingSubject(fundingCase, at), ladder);
        FundingForm? held = fundingCase.Awards.HighestRungHeld(at, ladder);
        LocalDate? nextDate = NextRungDate(gap);
        var rungs = ladder.Rungs.Select(rung =>
        {
            string label = FundingVocabulary.Forms.ConceptOf(rung.Form).Label.In(scope.Language);
            if (gap.NextRung is { } next && next.Equals(rung))
            {
                string blocking = gap.Blocking.IsEmpty ? scope.T("undetermined", "offen") : string.Join(", ", gap.Blocking.Select(b => b.Requirement.Id));
                string note = scope.T("next rung; blocked by: ", "nächste Stufe; es fehlt: ") + blocking;
                return nextDate is { } d
                    ? new LadderRung(label, note, d, scope.T("met from", "erfüllt ab"))
                    : new LadderRung(label, note);
            }

            return gap.HighestRungMet is { } met && met.Equals(rung)
                ? new LadderRung(label, scope.T("highest rung whose policy is met", "höchste Stufe, deren Voraussetzungen erfüllt sind"))
                : new LadderRung(label);
        });
        int? current = held is { } form && ladder.TryGetRank(form, out int rank) ? rank : null;
        string position = held is { } h
            ? scope.T($"holds {FundingVocabulary.Forms.IdOf(h)} on {ChartDates.Format(at)}", $"hält {FundingVocabulary.Forms.IdOf(h)} am {ChartDates.Format(at)}")
            : scope.T($"holds no funding on {ChartDates.Format(at)}", $"hat am {ChartDates.Format(at)} keine Förderung");
        return new LadderChart(
            scope.T($"Funding ladder: {fundingCase.Profile.Name}", $"Förderleiter: {fundingCase.Profile.Name}"),
            scope.T(
                $"The default funding ladder (interpretive order below institutional funding), lowest rung at the bottom; the organisation {position}.",
                $"Die Standard-Förderleiter (Reihenfolge unterhalb der institutionellen Förderung interpretativ), unterste Stufe unten; die Organisation {position}."),
            rungs,
            current,
            scope.Language);
    }

    // The next rung's date is known only when every blocking requirement is time-based and has a predicted date.
    private static LocalDate? NextRungDate(FundingGap gap)
    {
        if (gap.NextRung is null || gap.Blocking.IsEmpty || gap.Blocking.Any(b => b.FirstDateMet is null))
        {
            return null;
        }

        return gap.Blocking.Max(b => b.FirstDateMet!.Value);
    }
}
