using System;
using MoDomain.Definitions;
using MoDomain.Internal;
using MoDomain.Rules;

namespace MoDomain.Cooperation;

/// <summary>
/// A candidate MSO found in the <c>find-mso</c> step (DOMAIN.md §5.5) with the facts the Kita-Einstieg guide asks for,
/// the due-diligence facts, and — kept apart — origin country, nationality and religion.
/// </summary>
/// <remarks>
/// <para>Immutable. Every fact may be unknown.</para>
/// <para><see cref="OriginCountry"/>, <see cref="Nationality"/> and <see cref="Religion"/> are recorded only because
/// callers hold them; no rule of the library reads them, and changing them never changes due diligence or any other
/// cooperation result (a tested property). <see cref="Character"/> (cultural, political, religious) is the guide's
/// orientation question and is not read by due diligence either.</para>
/// </remarks>
public sealed class MsoCandidate
{
    /// <summary>Initializes a candidate.</summary>
    /// <param name="name">The organisation's name.</param>
    /// <param name="activeInRegion">Whether it is active in the region.</param>
    /// <param name="umbrellaMemberships">The umbrella associations it belongs to (empty set: none).</param>
    /// <param name="character">Its cultural, political or religious character.</param>
    /// <param name="goals">What it pursues, in words.</param>
    /// <param name="staffing">Volunteer or paid.</param>
    /// <param name="observationReport">What an authority reports about observation by the Verfassungsschutz.</param>
    /// <param name="commissionerClarification">Whether and how the integration commissioner was consulted.</param>
    /// <param name="originCountry">An origin country (never read by rules).</param>
    /// <param name="nationality">A nationality (never read by rules).</param>
    /// <param name="religion">A religion (never read by rules).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or a known text is blank, or an umbrella name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A known enum value is not defined.</exception>
    public MsoCandidate(
        string name,
        Fact<bool> activeInRegion = default,
        Fact<ValueSet<string>> umbrellaMemberships = default,
        Fact<ValueSet<Orientation>> character = default,
        Fact<string> goals = default,
        Fact<Staffing> staffing = default,
        Fact<ObservationReport> observationReport = default,
        Fact<CommissionerClarification> commissionerClarification = default,
        Fact<string> originCountry = default,
        Fact<string> nationality = default,
        Fact<string> religion = default)
    {
        Name = Guard.Against.Blank(name);
        ActiveInRegion = activeInRegion;
        UmbrellaMemberships = ProfileChecks.CheckNames(umbrellaMemberships, nameof(umbrellaMemberships));
        Character = ProfileChecks.CheckSet(character, nameof(character));
        Goals = CheckText(goals, nameof(goals));
        Staffing = staffing.IsKnown ? Guard.Against.UndefinedValue(staffing.Value, nameof(staffing)) : staffing;
        ObservationReport = observationReport;
        CommissionerClarification = commissionerClarification.IsKnown ? Guard.Against.UndefinedValue(commissionerClarification.Value, nameof(commissionerClarification)) : commissionerClarification;
        OriginCountry = CheckText(originCountry, nameof(originCountry));
        Nationality = CheckText(nationality, nameof(nationality));
        Religion = CheckText(religion, nameof(religion));
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets whether it is active in the region.</summary>
    public Fact<bool> ActiveInRegion { get; }

    /// <summary>Gets its umbrella associations (empty set: none).</summary>
    public Fact<ValueSet<string>> UmbrellaMemberships { get; }

    /// <summary>Gets its cultural, political or religious character.</summary>
    public Fact<ValueSet<Orientation>> Character { get; }

    /// <summary>Gets what it pursues.</summary>
    public Fact<string> Goals { get; }

    /// <summary>Gets whether it works with volunteers or paid staff.</summary>
    public Fact<Staffing> Staffing { get; }

    /// <summary>Gets what an authority reports about observation by the Verfassungsschutz.</summary>
    public Fact<ObservationReport> ObservationReport { get; }

    /// <summary>Gets whether and how the integration commissioner was consulted.</summary>
    public Fact<CommissionerClarification> CommissionerClarification { get; }

    /// <summary>Gets an origin country. No rule reads it.</summary>
    public Fact<string> OriginCountry { get; }

    /// <summary>Gets a nationality. No rule reads it.</summary>
    public Fact<string> Nationality { get; }

    /// <summary>Gets a religion. No rule reads it.</summary>
    public Fact<string> Religion { get; }

    /// <summary>Returns a copy with other origin country, nationality and religion, everything else unchanged.</summary>
    /// <param name="originCountry">The origin country.</param>
    /// <param name="nationality">The nationality.</param>
    /// <param name="religion">The religion.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">A known text is blank.</exception>
    public MsoCandidate WithIdentity(Fact<string> originCountry, Fact<string> nationality, Fact<string> religion) =>
        new(Name, ActiveInRegion, UmbrellaMemberships, Character, Goals, Staffing, ObservationReport, CommissionerClarification, originCountry, nationality, religion);

    /// <inheritdoc />
    public override string ToString() => Name;

    private static Fact<string> CheckText(Fact<string> text, string paramName)
    {
        if (text.IsKnown)
        {
            Guard.Against.Blank(text.Value, paramName);
        }
        return text;
    }
}
