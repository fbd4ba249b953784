using System;
using System.Linq;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Definitions;
using MoDomain.Rules;
using MoDomain.Samples;
using MoDomain.Vocabulary;
using NodaTime;

namespace MoDomain.Tests.Definitions;

/// <summary>Every invalid constructor argument is rejected with an <see cref="ArgumentException"/> naming the parameter.</summary>
public sealed partial class ConstructorValidationTests
{
    private static Config Config => Config.QuickThrowOnFailure.WithMaxTest(Generators.ManyRuns).WithQuietOnSuccess(true);

    [Fact]
    public void Property_every_generated_invalid_profile_argument_is_rejected_naming_the_parameter()
    {
        Check.One(Config, Prop.ForAll(Generators.InvalidProfileArb, c =>
        {
            var builder = c.Valid.ToBuilder();
            c.Corrupt(builder);
            var ex = Assert.ThrowsAny<ArgumentException>(() => builder.Build());
            Assert.Equal(c.ParamName, ex.ParamName);
            Assert.False(string.IsNullOrWhiteSpace(ex.Message));
        }));
    }

    [Fact]
    public void Property_every_generated_valid_profile_is_accepted_and_keeps_its_facts()
    {
        Check.One(Config, Prop.ForAll(Generators.ProfileArb, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Name));
            Assert.True(!p.FoundingDate.IsKnown || p.FoundingDate.Value <= p.AsOf);
            Assert.True(!p.CarrierMigrantShare.IsKnown || p.CarrierMigrantShare.Value is >= 0 and <= 1);
            var rebuilt = new OrganisationProfile(
                p.Name, p.AsOf, p.LegalForm, p.NonProfitStatus, p.FoundingDate, p.FoundedByMigrants, p.CarrierMigrantShare,
                p.MemberMigrantShare, p.MigrantRoleInStructures, p.MigrationReferences, p.Purposes, p.SelfIdentification, p.Kinds,
                p.UmbrellaMemberships, p.Orientations, p.Staffing, p.OwnPremises, p.OfficeWithSetHours, p.GeographicScale);
            Assert.Equal(p, rebuilt);
        }));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void Constructor_rejects_invalid_shares_directly(double share)
    {
        var carrier = Assert.ThrowsAny<ArgumentException>(() => new OrganisationProfile("X", SampleData.AsOf, carrierMigrantShare: share));
        Assert.Equal("carrierMigrantShare", carrier.ParamName);
        var member = Assert.ThrowsAny<ArgumentException>(() => new OrganisationProfile("X", SampleData.AsOf, memberMigrantShare: share));
        Assert.Equal("memberMigrantShare", member.ParamName);
    }

    [Fact]
    public void Constructor_rejects_blank_and_null_names_and_later_founding_dates_directly()
    {
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new OrganisationProfile(null!, SampleData.AsOf)).ParamName);
        Assert.Equal("name", Assert.ThrowsAny<ArgumentException>(() => new OrganisationProfile("  ", SampleData.AsOf)).ParamName);
        var late = Assert.ThrowsAny<ArgumentException>(() => new OrganisationProfile("X", SampleData.AsOf, foundingDate: SampleData.AsOf.PlusDays(1)));
        Assert.Equal("foundingDate", late.ParamName);
        Assert.Contains("2026-01-02", late.Message, StringComparison.Ordinal);
        Assert.Equal(SampleData.AsOf, new OrganisationProfile("X", SampleData.AsOf, foundingDate: SampleData.AsOf).FoundingDate.Value);
        Assert.Equal("legalForm", Assert.ThrowsAny<ArgumentException>(() => new OrganisationProfile("X", SampleData.AsOf, legalForm: (LegalForm)99)).ParamName);
        Assert.Equal("umbrellaMemberships", Assert.ThrowsAny<ArgumentException>(() => new OrganisationProfile("X", SampleData.AsOf, umbrellaMemberships: ValueSet.OfStrings("A", " "))).ParamName);
    }

    [Fact]
    public void Boundary_values_are_accepted()
    {
        var p = new OrganisationProfile("X", SampleData.AsOf, carrierMigrantShare: 0.0, memberMigrantShare: 1.0,
            kinds: ValueSet.Of<OrganisationKind>(), umbrellaMemberships: ValueSet.OfStrings());
        Assert.Equal(0.0, p.CarrierMigrantShare.Value);
        Assert.Equal(1.0, p.MemberMigrantShare.Value);
        Assert.True(p.Kinds.IsKnown && p.Kinds.Value.IsEmpty);
    }

    [Fact]
    public void Property_invalid_ids_are_rejected_by_concept_ids_and_concept()
    {
        var label = new LocalizedText("Label", "Bezeichnung");
        Check.One(Config, Prop.ForAll(Generators.InvalidId.ToArbitrary(), id =>
        {
            Assert.False(ConceptIds.IsValid(id), id);
            var check = Assert.ThrowsAny<ArgumentException>(() => ConceptIds.Check(id, "candidate"));
            Assert.Equal("candidate", check.ParamName);
            var concept = Assert.ThrowsAny<ArgumentException>(() => new Concept(id, label, "A description.", SourceKeys.Model));
            Assert.Equal("id", concept.ParamName);
            Assert.ThrowsAny<ArgumentException>(() => new ConceptScheme(id, label, SourceKeys.Model, []));
        }));
    }

    [Fact]
    public void Property_valid_ids_are_accepted()
    {
        var label = new LocalizedText("Label", "Bezeichnung");
        Check.One(Config, Prop.ForAll(Generators.ValidId.ToArbitrary(), id =>
        {
            Assert.True(ConceptIds.IsValid(id), id);
            Assert.Equal(id, ConceptIds.Check(id));
            Assert.Equal(id, new Concept(id, label, "A description.", SourceKeys.Model).Id);
        }));
    }

    [Fact]
    public void Property_id_validity_matches_the_kebab_case_grammar()
    {
        Check.One(Config, Prop.ForAll(Generators.IdLikeString.ToArbitrary(), s => ConceptIds.IsValid(s) == KebabCase().IsMatch(s)));
    }

    [Fact]
    public void Concept_rejects_blank_texts_and_null_id()
    {
        var label = new LocalizedText("Label", "Bezeichnung");
        Assert.Equal("candidate", Assert.Throws<ArgumentNullException>(() => ConceptIds.Check(null!, "candidate")).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new Concept(null!, label, "Text.", SourceKeys.Model)).ParamName);
        Assert.False(ConceptIds.IsValid(null));
        Assert.Equal("description", Assert.ThrowsAny<ArgumentException>(() => new Concept("ok", label, " ", SourceKeys.Model)).ParamName);
        Assert.Equal("source", Assert.ThrowsAny<ArgumentException>(() => new Concept("ok", label, "Text.", "")).ParamName);
        Assert.Equal("german", Assert.ThrowsAny<ArgumentException>(() => new LocalizedText("English", "\t")).ParamName);
        Assert.Equal("english", Assert.ThrowsAny<ArgumentException>(() => new LocalizedText("", "Deutsch")).ParamName);
        var concept = new Concept("ok", label, "Text.", SourceKeys.Model);
        var dup = Assert.ThrowsAny<ArgumentException>(() => new ConceptScheme("scheme", label, SourceKeys.Model, [concept, concept]));
        Assert.Equal("concepts", dup.ParamName);
    }

    [Fact]
    public void Rules_reject_invalid_ids_empty_parts_and_duplicate_parts()
    {
        var label = new LocalizedText("Label", "Bezeichnung");
        var leaf = StandardDefinitions.ContainerTerm;
        Assert.Equal("id", Assert.ThrowsAny<ArgumentException>(() => new AllOf<OrganisationProfile>("Bad Id", label, SourceKeys.Model, [leaf])).ParamName);
        Assert.Equal("parts", Assert.ThrowsAny<ArgumentException>(() => new AllOf<OrganisationProfile>("all", label, SourceKeys.Model, [])).ParamName);
        Assert.Equal("parts", Assert.ThrowsAny<ArgumentException>(() => new AnyOf<OrganisationProfile>("any", label, SourceKeys.Model, [leaf, leaf])).ParamName);
        Assert.Equal("reads", Assert.ThrowsAny<ArgumentException>(() => new Criterion<OrganisationProfile>("c", label, SourceKeys.Model, [], _ => Truth.Yes, (_, _) => label)).ParamName);
        Assert.ThrowsAny<ArgumentException>(() => new Definition("svr-2020", label, SourceKeys.Model, " ", [leaf]));
        Assert.ThrowsAny<ArgumentException>(() => new DefinitionSet([StandardDefinitions.Svr2020, StandardDefinitions.Svr2020], leaf));
    }

    [Fact]
    public void Fact_rejects_a_null_known_value_and_unknown_value_access()
    {
        Assert.Throws<ArgumentNullException>(() => Fact.Known<string>(null!));
        Assert.Throws<InvalidOperationException>(() => Fact<int>.Unknown.Value);
        Assert.Throws<ArgumentException>(() => ValueSet.OfStrings("a", null!));
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
