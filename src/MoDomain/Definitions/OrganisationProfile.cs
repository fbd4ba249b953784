using System;
using MoDomain.Internal;
using MoDomain.Rules;
using NodaTime;
using NodaTime.Text;

namespace MoDomain.Definitions;

/// <summary>
/// An immutable snapshot of what is known about one organisation at a date: every fact the definitions of
/// DOMAIN.md §1 need, each of which may be unknown.
/// </summary>
/// <remarks>
/// <para>Construction validates every argument and throws before any object exists: a blank name, a share outside
/// [0, 1] or NaN, an undefined enum value, a blank umbrella name, or a founding date after <see cref="AsOf"/> each give an
/// <see cref="ArgumentException"/> whose <see cref="ArgumentException.ParamName"/> names the parameter. The parameter
/// names are the JSON property names.</para>
/// <para>List-valued facts are <see cref="ValueSet{T}"/>s: their order never matters. A known empty set means "none";
/// an unknown fact means "not known".</para>
/// <para>Use <see cref="ToBuilder"/> and <see cref="OrganisationProfileBuilder"/> to derive a changed copy.</para>
/// <para>Origin, nationality and religion are not facts of the profile: the library never infers anything from them.</para>
/// </remarks>
public sealed class OrganisationProfile : IEquatable<OrganisationProfile>
{
    private string? id;

    /// <summary>Creates a profile.</summary>
    /// <param name="name">The organisation's name (not blank).</param>
    /// <param name="asOf">The date the facts describe; the evaluation date of this snapshot.</param>
    /// <param name="legalForm">The legal form; unknown by default.</param>
    /// <param name="nonProfitStatus">Whether non-profit status (Gemeinnützigkeit) is recognised; unknown by default.</param>
    /// <param name="foundingDate">The founding date; must not be after <paramref name="asOf"/>; unknown by default.</param>
    /// <param name="foundedByMigrants">Whether the organisation was founded by people with a migration history; unknown by default.</param>
    /// <param name="carrierMigrantShare">The share (0–1) of the people carrying the organisation who have a migration history; unknown by default.</param>
    /// <param name="memberMigrantShare">The share (0–1) of members with a migration background; unknown by default.</param>
    /// <param name="migrantRoleInStructures">The role of people with a migration background in internal structures and processes; unknown by default.</param>
    /// <param name="migrationReferences">The migration references central to self-understanding, goals and activities (several allowed; empty means none); unknown by default.</param>
    /// <param name="purposes">What the organisation's goals and purposes concern (several allowed); unknown by default.</param>
    /// <param name="selfIdentification">Whether the organisation sees itself as an MO; reported beside verdicts, never changes them; unknown by default.</param>
    /// <param name="kinds">Its kinds from the container term (several allowed); unknown by default.</param>
    /// <param name="umbrellaMemberships">The names of the umbrella associations it belongs to (empty means none); unknown by default.</param>
    /// <param name="orientations">Its orientations (cultural, political, religious, …); descriptive only; unknown by default.</param>
    /// <param name="staffing">How it is staffed; unknown by default.</param>
    /// <param name="ownPremises">Whether it has premises of its own; unknown by default.</param>
    /// <param name="officeWithSetHours">Whether it has an office with set opening hours; unknown by default.</param>
    /// <param name="geographicScale">The geographic scale it works at; unknown by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">An argument is invalid (see remarks); the message and parameter name say which.</exception>
    public OrganisationProfile(
        string name,
        LocalDate asOf,
        Fact<LegalForm> legalForm = default,
        Fact<NonProfitStatus> nonProfitStatus = default,
        Fact<LocalDate> foundingDate = default,
        Fact<bool> foundedByMigrants = default,
        Fact<double> carrierMigrantShare = default,
        Fact<double> memberMigrantShare = default,
        Fact<InternalRole> migrantRoleInStructures = default,
        Fact<ValueSet<MigrationReference>> migrationReferences = default,
        Fact<ValueSet<Purpose>> purposes = default,
        Fact<SelfIdentification> selfIdentification = default,
        Fact<ValueSet<OrganisationKind>> kinds = default,
        Fact<ValueSet<string>> umbrellaMemberships = default,
        Fact<ValueSet<Orientation>> orientations = default,
        Fact<Staffing> staffing = default,
        Fact<bool> ownPremises = default,
        Fact<bool> officeWithSetHours = default,
        Fact<GeographicScale> geographicScale = default)
    {
        Name = Guard.Against.Blank(name);
        AsOf = asOf;
        LegalForm = legalForm.IsKnown ? Guard.Against.UndefinedValue(legalForm.Value, nameof(legalForm)) : legalForm;
        NonProfitStatus = nonProfitStatus.IsKnown ? Guard.Against.UndefinedValue(nonProfitStatus.Value, nameof(nonProfitStatus)) : nonProfitStatus;
        FoundingDate = foundingDate;
        FoundedByMigrants = foundedByMigrants;
        CarrierMigrantShare = carrierMigrantShare.IsKnown ? Guard.Against.NotAShare(carrierMigrantShare.Value, nameof(carrierMigrantShare)) : carrierMigrantShare;
        MemberMigrantShare = memberMigrantShare.IsKnown ? Guard.Against.NotAShare(memberMigrantShare.Value, nameof(memberMigrantShare)) : memberMigrantShare;
        MigrantRoleInStructures = migrantRoleInStructures.IsKnown ? Guard.Against.UndefinedValue(migrantRoleInStructures.Value, nameof(migrantRoleInStructures)) : migrantRoleInStructures;
        MigrationReferences = ProfileChecks.CheckSet(migrationReferences, nameof(migrationReferences));
        Purposes = ProfileChecks.CheckSet(purposes, nameof(purposes));
        SelfIdentification = selfIdentification.IsKnown ? Guard.Against.UndefinedValue(selfIdentification.Value, nameof(selfIdentification)) : selfIdentification;
        Kinds = ProfileChecks.CheckSet(kinds, nameof(kinds));
        UmbrellaMemberships = ProfileChecks.CheckNames(umbrellaMemberships, nameof(umbrellaMemberships));
        Orientations = ProfileChecks.CheckSet(orientations, nameof(orientations));
        Staffing = staffing.IsKnown ? Guard.Against.UndefinedValue(staffing.Value, nameof(staffing)) : staffing;
        OwnPremises = ownPremises;
        OfficeWithSetHours = officeWithSetHours;
        GeographicScale = geographicScale.IsKnown ? Guard.Against.UndefinedValue(geographicScale.Value, nameof(geographicScale)) : geographicScale;
        if (foundingDate.IsKnown && foundingDate.Value > asOf)
        {
            throw new ArgumentException(
                $"The founding date {LocalDatePattern.Iso.Format(foundingDate.Value)} lies after the profile date {LocalDatePattern.Iso.Format(asOf)}.",
                nameof(foundingDate));
        }
    }

    /// <summary>Gets the organisation's stable id (kebab-case): the one given (<see cref="WithId"/>, the builder's
    /// <see cref="OrganisationProfileBuilder.Id"/>, the JSON property <c>id</c>), otherwise generated from the name by
    /// <see cref="OrganisationIds.FromName"/>. Other documents link to the organisation by it.</summary>
    /// <remarks>A generated id is computed on first read and cached (the same text on every thread).</remarks>
    public string Id => id ??= OrganisationIds.FromName(Name);

    // Sets the explicit id of a profile that has just been built and is not yet shared.
    internal OrganisationProfile WithExplicitId(string? explicitId)
    {
        if (explicitId is not null)
        {
            id = explicitId;
        }
        return this;
    }

    /// <summary>Returns a copy with another id.</summary>
    /// <param name="id">The id (kebab-case).</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not kebab-case.</exception>
    public OrganisationProfile WithId(string id) => new OrganisationProfileBuilder(this) { Id = id }.Build();

    /// <summary>Gets the organisation's name.</summary>
    public string Name { get; }

    /// <summary>Gets the date the facts describe.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the legal form.</summary>
    public Fact<LegalForm> LegalForm { get; }

    /// <summary>Gets whether non-profit status (Gemeinnützigkeit) is recognised.</summary>
    public Fact<NonProfitStatus> NonProfitStatus { get; }

    /// <summary>Gets the founding date; must not be after <see cref="AsOf"/>.</summary>
    public Fact<LocalDate> FoundingDate { get; }

    /// <summary>Gets whether the organisation was founded by people with a migration history.</summary>
    public Fact<bool> FoundedByMigrants { get; }

    /// <summary>Gets the share (0–1) of the people carrying the organisation who have a migration history.</summary>
    public Fact<double> CarrierMigrantShare { get; }

    /// <summary>Gets the share (0–1) of members with a migration background.</summary>
    public Fact<double> MemberMigrantShare { get; }

    /// <summary>Gets the role of people with a migration background in internal structures and processes.</summary>
    public Fact<InternalRole> MigrantRoleInStructures { get; }

    /// <summary>Gets the migration references central to self-understanding, goals and activities (several allowed; empty means none).</summary>
    public Fact<ValueSet<MigrationReference>> MigrationReferences { get; }

    /// <summary>Gets what the organisation's goals and purposes concern (several allowed).</summary>
    public Fact<ValueSet<Purpose>> Purposes { get; }

    /// <summary>Gets whether the organisation sees itself as an MO; reported beside verdicts, never changes them.</summary>
    public Fact<SelfIdentification> SelfIdentification { get; }

    /// <summary>Gets its kinds from the container term (several allowed).</summary>
    public Fact<ValueSet<OrganisationKind>> Kinds { get; }

    /// <summary>Gets the names of the umbrella associations it belongs to (empty means none).</summary>
    public Fact<ValueSet<string>> UmbrellaMemberships { get; }

    /// <summary>Gets its orientations (cultural, political, religious, …); descriptive only.</summary>
    public Fact<ValueSet<Orientation>> Orientations { get; }

    /// <summary>Gets how it is staffed.</summary>
    public Fact<Staffing> Staffing { get; }

    /// <summary>Gets whether it has premises of its own.</summary>
    public Fact<bool> OwnPremises { get; }

    /// <summary>Gets whether it has an office with set opening hours.</summary>
    public Fact<bool> OfficeWithSetHours { get; }

    /// <summary>Gets the geographic scale it works at.</summary>
    public Fact<GeographicScale> GeographicScale { get; }

    /// <summary>Returns a builder initialised with this profile's values.</summary>
    /// <returns>A new builder.</returns>
    public OrganisationProfileBuilder ToBuilder() => new(this);

    /// <inheritdoc />
    public bool Equals(OrganisationProfile? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && AsOf == other.AsOf
        && LegalForm.Equals(other.LegalForm)
        && NonProfitStatus.Equals(other.NonProfitStatus)
        && FoundingDate.Equals(other.FoundingDate)
        && FoundedByMigrants.Equals(other.FoundedByMigrants)
        && CarrierMigrantShare.Equals(other.CarrierMigrantShare)
        && MemberMigrantShare.Equals(other.MemberMigrantShare)
        && MigrantRoleInStructures.Equals(other.MigrantRoleInStructures)
        && MigrationReferences.Equals(other.MigrationReferences)
        && Purposes.Equals(other.Purposes)
        && SelfIdentification.Equals(other.SelfIdentification)
        && Kinds.Equals(other.Kinds)
        && UmbrellaMemberships.Equals(other.UmbrellaMemberships)
        && Orientations.Equals(other.Orientations)
        && Staffing.Equals(other.Staffing)
        && OwnPremises.Equals(other.OwnPremises)
        && OfficeWithSetHours.Equals(other.OfficeWithSetHours)
        && GeographicScale.Equals(other.GeographicScale);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as OrganisationProfile);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Id, StringComparer.Ordinal);
        hash.Add(Name, StringComparer.Ordinal);
        hash.Add(AsOf);
        hash.Add(LegalForm);
        hash.Add(NonProfitStatus);
        hash.Add(FoundingDate);
        hash.Add(FoundedByMigrants);
        hash.Add(CarrierMigrantShare);
        hash.Add(MemberMigrantShare);
        hash.Add(MigrantRoleInStructures);
        hash.Add(MigrationReferences);
        hash.Add(Purposes);
        hash.Add(SelfIdentification);
        hash.Add(Kinds);
        hash.Add(UmbrellaMemberships);
        hash.Add(Orientations);
        hash.Add(Staffing);
        hash.Add(OwnPremises);
        hash.Add(OfficeWithSetHours);
        hash.Add(GeographicScale);
        return hash.ToHashCode();
    }

    /// <summary>Returns the name and the ISO date.</summary>
    /// <returns>The text, culture-invariant.</returns>
    public override string ToString() => $"{Name} ({LocalDatePattern.Iso.Format(AsOf)})";

    /// <summary>Value equality, the same as <see cref="Equals(OrganisationProfile?)"/>; two null references are equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(OrganisationProfile? left, OrganisationProfile? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality: the negation of the equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when exactly one is null or they differ.</returns>
    public static bool operator !=(OrganisationProfile? left, OrganisationProfile? right) => !(left == right);
}
