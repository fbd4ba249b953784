using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MoDomain.Definitions;
using MoDomain.Rules;
using NodaTime;

namespace MoDomain.Tests.Definitions;

/// <summary>
/// Value equality of <see cref="OrganisationProfile"/> field by field, and the argument checks and text forms of the
/// classification types around it.
/// </summary>
public sealed class ProfileEqualityTests
{
    private static readonly LocalDate AsOf = new(2026, 1, 1);

    private static OrganisationProfile Full() => new OrganisationProfileBuilder("Beispielverein", AsOf)
    {
        LegalForm = LegalForm.RegisteredAssociation,
        NonProfitStatus = NonProfitStatus.Recognised,
        FoundingDate = new LocalDate(1990, 5, 1),
        FoundedByMigrants = true,
        CarrierMigrantShare = 0.75,
        MemberMigrantShare = 0.5,
        MigrantRoleInStructures = InternalRole.Considerable,
        MigrationReferences = ValueSet.Of(MigrationReference.MigrationSituation),
        Purposes = ValueSet.Of(Purpose.MigrationProcess),
        SelfIdentification = SelfIdentification.Identifies,
        Kinds = ValueSet.Of(OrganisationKind.SportsClub),
        UmbrellaMemberships = ValueSet.OfStrings("Dachverband A"),
        Orientations = ValueSet.Of(Orientation.Sport),
        Staffing = Staffing.Mixed,
        OwnPremises = true,
        OfficeWithSetHours = false,
        GeographicScale = GeographicScale.Local,
    }.Build();

    /// <summary>Each entry changes exactly one field of <see cref="Full"/>.</summary>
    public static TheoryData<string> Fields => new()
    {
        "name", "as-of", "legal-form", "non-profit-status", "founding-date", "founded-by-migrants", "carrier-share", "member-share",
        "role", "migration-references", "purposes", "self-identification", "kinds", "umbrella-memberships", "orientations",
        "staffing", "own-premises", "office", "geographic-scale",
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void A_profile_that_differs_in_one_field_is_not_equal_and_hashes_differently(string field)
    {
        var original = Full();
        var b = original.ToBuilder();
        switch (field)
        {
            case "name": b.Name = "Anderer Verein"; break;
            case "as-of": b.AsOf = AsOf.PlusDays(1); break;
            case "legal-form": b.LegalForm = LegalForm.Foundation; break;
            case "non-profit-status": b.NonProfitStatus = NonProfitStatus.NotRecognised; break;
            case "founding-date": b.FoundingDate = new LocalDate(1991, 5, 1); break;
            case "founded-by-migrants": b.FoundedByMigrants = false; break;
            case "carrier-share": b.CarrierMigrantShare = 0.25; break;
            case "member-share": b.MemberMigrantShare = Fact<double>.Unknown; break;
            case "role": b.MigrantRoleInStructures = InternalRole.Leading; break;
            case "migration-references": b.MigrationReferences = ValueSet.Of(MigrationReference.LivingTogether); break;
            case "purposes": b.Purposes = ValueSet.Of(Purpose.Other); break;
            case "self-identification": b.SelfIdentification = SelfIdentification.RejectsLabel; break;
            case "kinds": b.Kinds = ValueSet.Of(OrganisationKind.HomelandAssociation); break;
            case "umbrella-memberships": b.UmbrellaMemberships = ValueSet.OfStrings("Dachverband B"); break;
            case "orientations": b.Orientations = ValueSet.Of(Orientation.Cultural); break;
            case "staffing": b.Staffing = Staffing.MainlyPaid; break;
            case "own-premises": b.OwnPremises = false; break;
            case "office": b.OfficeWithSetHours = true; break;
            case "geographic-scale": b.GeographicScale = GeographicScale.Federal; break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, "No such field.");
        }
        var changed = b.Build();

        EqualityLaws.AssertDiffers(original, changed, field, hashed: true);
    }

    [Fact]
    public void Equal_profiles_built_separately_are_equal_with_equal_hashes_and_null_is_not_equal()
    {
        var a = Full();
        EqualityLaws.AssertEqualCopies(a, Full());
        Assert.False(a.Equals((object?)"Beispielverein"));
        Assert.Equal(a, a.ToBuilder().Build());
    }

    [Fact]
    public void Text_forms_are_pinned_and_culture_invariant()
    {
        var profile = Full();
        Assert.Equal("Beispielverein (2026-01-01)", profile.ToString());

        var report = DefinitionSet.Default.ClassifyAll(profile);
        Assert.Equal("svr-2020: yes", report.Classifications[0].ToString());
        Assert.Equal("Beispielverein: svr-2020: yes, bpb-2013: yes", report.ToString());
    }

    [Fact]
    public void Argument_checks_name_the_parameter()
    {
        var profile = Full();
        var svr = StandardDefinitions.Svr2020;
        var bpbEvaluation = StandardDefinitions.Bpb2013.Rule.Evaluate(profile);

        var mismatch = Assert.Throws<ArgumentException>(() => new Classification(svr, bpbEvaluation, profile.SelfIdentification));
        Assert.Equal("evaluation", mismatch.ParamName);
        Assert.Contains("'bpb-2013', not of 'svr-2020'", mismatch.Message, StringComparison.Ordinal);

        var container = StandardDefinitions.ContainerTerm.Evaluate(profile);
        var uninitialised = Assert.Throws<ArgumentException>(() => new ClassificationReport(profile, default, container));
        Assert.Equal("classifications", uninitialised.ParamName);
        Assert.Contains("initialised", uninitialised.Message, StringComparison.Ordinal);
        var nullElement = Assert.ThrowsAny<ArgumentException>(() => new ClassificationReport(profile, ImmutableArray.Create(new Classification[] { null! }), container));
        Assert.Equal("classifications", nullElement.ParamName);

        Assert.Equal("definition", Assert.Throws<ArgumentNullException>(() => DefinitionSet.Default.With(null!)).ParamName);
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => DefinitionCriteria.NonProfitAssociation(null!)).ParamName);
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => DefinitionCriteria.PurposeFromMigrantInterests(null!)).ParamName);
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => DefinitionCriteria.MembersLargelyMigrant(null!)).ParamName);
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => DefinitionCriteria.MigrantsShapeInternalStructures(null!)).ParamName);
        var blank = Assert.ThrowsAny<ArgumentException>(() => new OrganisationProfileBuilder("Verein", AsOf) { UmbrellaMemberships = ValueSet.OfStrings(" ") }.Build());
        Assert.Contains("Names must not be empty or white space.", blank.Message, StringComparison.Ordinal);
        Assert.Equal("profile", Assert.Throws<ArgumentNullException>(() => DefinitionSet.Default.ClassifyAll(null!)).ParamName);
        Assert.Equal("profile", Assert.Throws<ArgumentNullException>(() => new OrganisationProfileBuilder((OrganisationProfile)null!)).ParamName);
    }

    [Fact]
    public void With_on_an_empty_set_appends_and_keeps_the_original_empty()
    {
        var empty = new DefinitionSet([], StandardDefinitions.ContainerTerm);
        var one = empty.With(StandardDefinitions.Svr2020);
        Assert.Empty(empty.Definitions);
        Assert.Equal(["svr-2020"], one.Definitions.Select(d => d.Id));
        var replaced = one.With(StandardDefinitions.CreateSvr2020(SvrParameters.Default));
        Assert.Single(replaced.Definitions);
        Assert.NotSame(one.Definitions[0], replaced.Definitions[0]);
    }
}
