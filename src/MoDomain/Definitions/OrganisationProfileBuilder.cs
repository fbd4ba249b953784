using System;
using MoDomain.Internal;
using MoDomain.Rules;
using NodaTime;

namespace MoDomain.Definitions;

/// <summary>
/// A mutable builder for <see cref="OrganisationProfile"/>: set the facts you know, then call <see cref="Build"/>.
/// </summary>
/// <remarks>
/// Nothing is validated until <see cref="Build"/>, which validates everything and throws the same exceptions as the
/// <see cref="OrganisationProfile"/> constructor. A builder is not thread-safe; the profiles it builds are.
/// </remarks>
public sealed class OrganisationProfileBuilder
{
    /// <summary>Creates a builder with every fact unknown.</summary>
    /// <param name="name">The organisation's name.</param>
    /// <param name="asOf">The date the facts describe.</param>
    public OrganisationProfileBuilder(string name, LocalDate asOf)
    {
        Name = name;
        AsOf = asOf;
    }

    /// <summary>Creates a builder initialised with <paramref name="profile"/>'s values.</summary>
    /// <param name="profile">The profile to copy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public OrganisationProfileBuilder(OrganisationProfile profile)
    {
        Guard.Against.Null(profile);
        Id = profile.Id;
        Name = profile.Name;
        AsOf = profile.AsOf;
        LegalForm = profile.LegalForm;
        NonProfitStatus = profile.NonProfitStatus;
        FoundingDate = profile.FoundingDate;
        FoundedByMigrants = profile.FoundedByMigrants;
        CarrierMigrantShare = profile.CarrierMigrantShare;
        MemberMigrantShare = profile.MemberMigrantShare;
        MigrantRoleInStructures = profile.MigrantRoleInStructures;
        MigrationReferences = profile.MigrationReferences;
        Purposes = profile.Purposes;
        SelfIdentification = profile.SelfIdentification;
        Kinds = profile.Kinds;
        UmbrellaMemberships = profile.UmbrellaMemberships;
        Orientations = profile.Orientations;
        Staffing = profile.Staffing;
        OwnPremises = profile.OwnPremises;
        OfficeWithSetHours = profile.OfficeWithSetHours;
        GeographicScale = profile.GeographicScale;
    }

    /// <summary>Gets or sets the organisation's id (kebab-case); <see langword="null"/> generates it from <see cref="Name"/>
    /// when built (<see cref="OrganisationIds.FromName"/>). A builder made from a profile starts with that profile's id,
    /// so renaming keeps the id.</summary>
    public string? Id { get; set; }

    /// <summary>Gets or sets the organisation's name.</summary>
    public string Name { get; set; }

    /// <summary>Gets or sets the date the facts describe.</summary>
    public LocalDate AsOf { get; set; }

    /// <summary>Gets or sets the legal form.</summary>
    public Fact<LegalForm> LegalForm { get; set; }

    /// <summary>Gets or sets whether non-profit status (Gemeinnützigkeit) is recognised.</summary>
    public Fact<NonProfitStatus> NonProfitStatus { get; set; }

    /// <summary>Gets or sets the founding date; must not be after <see cref="AsOf"/>.</summary>
    public Fact<LocalDate> FoundingDate { get; set; }

    /// <summary>Gets or sets whether the organisation was founded by people with a migration history.</summary>
    public Fact<bool> FoundedByMigrants { get; set; }

    /// <summary>Gets or sets the share (0–1) of the people carrying the organisation who have a migration history.</summary>
    public Fact<double> CarrierMigrantShare { get; set; }

    /// <summary>Gets or sets the share (0–1) of members with a migration background.</summary>
    public Fact<double> MemberMigrantShare { get; set; }

    /// <summary>Gets or sets the role of people with a migration background in internal structures and processes.</summary>
    public Fact<InternalRole> MigrantRoleInStructures { get; set; }

    /// <summary>Gets or sets the migration references central to self-understanding, goals and activities (several allowed; empty means none).</summary>
    public Fact<ValueSet<MigrationReference>> MigrationReferences { get; set; }

    /// <summary>Gets or sets what the organisation's goals and purposes concern (several allowed).</summary>
    public Fact<ValueSet<Purpose>> Purposes { get; set; }

    /// <summary>Gets or sets whether the organisation sees itself as an MO; reported beside verdicts, never changes them.</summary>
    public Fact<SelfIdentification> SelfIdentification { get; set; }

    /// <summary>Gets or sets its kinds from the container term (several allowed).</summary>
    public Fact<ValueSet<OrganisationKind>> Kinds { get; set; }

    /// <summary>Gets or sets the names of the umbrella associations it belongs to (empty means none).</summary>
    public Fact<ValueSet<string>> UmbrellaMemberships { get; set; }

    /// <summary>Gets or sets its orientations (cultural, political, religious, …); descriptive only.</summary>
    public Fact<ValueSet<Orientation>> Orientations { get; set; }

    /// <summary>Gets or sets how it is staffed.</summary>
    public Fact<Staffing> Staffing { get; set; }

    /// <summary>Gets or sets whether it has premises of its own.</summary>
    public Fact<bool> OwnPremises { get; set; }

    /// <summary>Gets or sets whether it has an office with set opening hours.</summary>
    public Fact<bool> OfficeWithSetHours { get; set; }

    /// <summary>Gets or sets the geographic scale it works at.</summary>
    public Fact<GeographicScale> GeographicScale { get; set; }

    /// <summary>Validates the values and builds the profile.</summary>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentNullException"><see cref="Name"/> is null.</exception>
    /// <exception cref="ArgumentException">A value is invalid (including an <see cref="Id"/> that is not kebab-case); the
    /// parameter name is the property's camelCase name.</exception>
    public OrganisationProfile Build() => new OrganisationProfile(
        Name,
        AsOf,
        legalForm: LegalForm,
        nonProfitStatus: NonProfitStatus,
        foundingDate: FoundingDate,
        foundedByMigrants: FoundedByMigrants,
        carrierMigrantShare: CarrierMigrantShare,
        memberMigrantShare: MemberMigrantShare,
        migrantRoleInStructures: MigrantRoleInStructures,
        migrationReferences: MigrationReferences,
        purposes: Purposes,
        selfIdentification: SelfIdentification,
        kinds: Kinds,
        umbrellaMemberships: UmbrellaMemberships,
        orientations: Orientations,
        staffing: Staffing,
        ownPremises: OwnPremises,
        officeWithSetHours: OfficeWithSetHours,
        geographicScale: GeographicScale).WithExplicitId(Id is null ? null : Vocabulary.ConceptIds.Check(Id, "id"));
}
