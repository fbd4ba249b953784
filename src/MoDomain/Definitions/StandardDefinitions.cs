using System;
using MoDomain.Internal;
using MoDomain.Rules;
using MoDomain.Vocabulary;

namespace MoDomain.Definitions;

/// <summary>
/// The definitions the sources give (DOMAIN.md §1.1–1.2), with their documented defaults, and factories for
/// variants with other interpretive parameters.
/// </summary>
public static class StandardDefinitions
{
    /// <summary>Gets SVR 2020 (<c>svr-2020</c>) with <see cref="SvrParameters.Default"/>.</summary>
    public static Definition Svr2020 { get; } = CreateSvr2020(SvrParameters.Default);

    /// <summary>Gets BpB 2013 (<c>bpb-2013</c>) with <see cref="BpbParameters.Default"/>.</summary>
    public static Definition Bpb2013 { get; } = CreateBpb2013(BpbParameters.Default);

    /// <summary>Gets the container-term rule (<c>container-term</c>), reported beside the definitions.</summary>
    public static Rule<OrganisationProfile> ContainerTerm { get; } = DefinitionCriteria.ContainerTerm();

    /// <summary>Creates the SVR 2020 research definition with the given parameters.</summary>
    /// <param name="parameters">The interpretive parameters.</param>
    /// <returns>The definition with criteria <c>non-profit-association</c>, <c>migrant-carried-or-founded</c>, <c>migration-experience-central</c>.</returns>
    /// <param name="id">The id of the definition; give variants their own id (for example <c>svr-2020-strict</c>) to compare them beside the default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> or <paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not kebab-case.</exception>
    public static Definition CreateSvr2020(SvrParameters parameters, string id = "svr-2020")
    {
        Guard.Against.Null(parameters);
        return new Definition(
            id,
            new LocalizedText("SVR 2020 research definition", "Forschungsdefinition SVR 2020"),
            SourceKeys.Qualitaetszirkel2023,
            "The research definition of the Expert Council on Integration and Migration (SVR 2020), as quoted by the Qualitätszirkel 2023: all three criteria must hold.",
            [
                DefinitionCriteria.NonProfitAssociation(parameters),
                DefinitionCriteria.MigrantCarriedOrFounded(),
                DefinitionCriteria.MigrationExperienceCentral(),
            ]);
    }

    /// <summary>Creates the BpB 2013 MSO definition with the given parameters.</summary>
    /// <param name="parameters">The interpretive parameters.</param>
    /// <returns>The definition with criteria <c>purpose-from-migrant-interests</c>, <c>members-largely-migrant</c>, <c>migrants-shape-internal-structures</c>.</returns>
    /// <param name="id">The id of the definition; give variants their own id (for example <c>bpb-2013-strict</c>) to compare them beside the default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="parameters"/> or <paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not kebab-case.</exception>
    public static Definition CreateBpb2013(BpbParameters parameters, string id = "bpb-2013")
    {
        Guard.Against.Null(parameters);
        return new Definition(
            id,
            new LocalizedText("BpB 2013 definition of migrant self-organisations", "Definition Migrantenselbstorganisationen BpB 2013"),
            SourceKeys.KitaEinstieg2018,
            "The definition of migrant self-organisations by the Federal Agency for Civic Education (2013), as quoted by the Kita-Einstieg guide 2018: all three criteria must hold.",
            [
                DefinitionCriteria.PurposeFromMigrantInterests(parameters),
                DefinitionCriteria.MembersLargelyMigrant(parameters),
                DefinitionCriteria.MigrantsShapeInternalStructures(parameters),
            ]);
    }
}
