using System;
using System.Globalization;
using System.Linq;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Definitions;
using MoDomain.Rules;
using MoDomain.Samples;
using MoDomain.Vocabulary;
using NodaTime.Text;

namespace MoDomain.Tests.Definitions;

/// <summary>The fact descriptors of <see cref="OrganisationFacts"/>: one per profile fact, read known/unknown correctly, format invariantly.</summary>
public sealed class OrganisationFactsTests
{
    private static readonly FactDescriptor<OrganisationProfile>[] Descriptors =
        [.. typeof(OrganisationFacts).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => typeof(FactDescriptor<OrganisationProfile>).IsAssignableFrom(p.PropertyType))
            .Select(p => (FactDescriptor<OrganisationProfile>)p.GetValue(null)!)];

    [Fact]
    public void There_is_one_descriptor_per_profile_fact_with_a_valid_id_and_both_labels()
    {
        Assert.Equal(Generators.Slots.Select(s => s.Id).Order(StringComparer.Ordinal), Descriptors.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.All(Descriptors, d =>
        {
            Assert.True(ConceptIds.IsValid(d.Id), d.Id);
            Assert.False(string.IsNullOrWhiteSpace(d.Label.English));
            Assert.False(string.IsNullOrWhiteSpace(d.Label.German));
            Assert.Equal(d.Id, d.ToString());
        });
    }

    [Fact]
    public void Property_descriptors_read_known_and_unknown_facts_as_the_profile_holds_them()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Generators.Runs).WithQuietOnSuccess(true), Prop.ForAll(Generators.ProfileArb, p =>
        {
            foreach (var descriptor in Descriptors)
            {
                bool known = Generators.SlotOf(descriptor.Id).IsKnown(p);
                Assert.Equal(known, descriptor.IsKnownFor(p));
                var reading = descriptor.Read(p);
                Assert.Equal(descriptor.Id, reading.Id);
                Assert.Equal(known, reading.IsKnown);
                Assert.True(!known || !string.IsNullOrWhiteSpace(reading.Value.Value), descriptor.Id);
            }
            if (p.CarrierMigrantShare.IsKnown)
            {
                string text = OrganisationFacts.CarrierMigrantShare.Read(p).Value.Value;
                Assert.Equal(p.CarrierMigrantShare.Value, double.Parse(text, CultureInfo.InvariantCulture));
            }
            if (p.FoundingDate.IsKnown)
            {
                Assert.Equal(LocalDatePattern.Iso.Format(p.FoundingDate.Value), OrganisationFacts.FoundingDate.Read(p).Value.Value);
            }
            if (p.Kinds.IsKnown)
            {
                Assert.Equal(
                    p.Kinds.Value.IsEmpty ? "none" : string.Join(", ", p.Kinds.Value.Select(DefinitionsVocabulary.OrganisationKinds.IdOf)),
                    OrganisationFacts.Kinds.Read(p).Value.Value);
            }
        }));
    }

    [Fact]
    public void Values_are_formatted_as_ids_yes_no_and_round_trip_shares()
    {
        var p = new OrganisationProfile("X", MoDomain.Samples.SampleData.AsOf, legalForm: LegalForm.NonProfitCompany, foundedByMigrants: true,
            carrierMigrantShare: 1.0 / 3.0, ownPremises: false, selfIdentification: SelfIdentification.RejectsLabel);
        Assert.Equal("non-profit-company", OrganisationFacts.LegalForm.Read(p).Value.Value);
        Assert.Equal("yes", OrganisationFacts.FoundedByMigrants.Read(p).Value.Value);
        Assert.Equal("no", OrganisationFacts.OwnPremises.Read(p).Value.Value);
        Assert.Equal("rejects-label", OrganisationFacts.SelfIdentification.Read(p).Value.Value);
        Assert.Equal("0.3333333333333333", OrganisationFacts.FormatShare(1.0 / 3.0));
        Assert.Equal("0.5", OrganisationFacts.FormatShare(0.5));
        Assert.Equal("1", OrganisationFacts.FormatShare(1.0));
        Assert.False(OrganisationFacts.Staffing.Read(p).IsKnown);
        Assert.Equal(Fact<LegalForm>.Unknown, OrganisationFacts.LegalForm.Get(new OrganisationProfile("Y", MoDomain.Samples.SampleData.AsOf)));
    }

    [Fact]
    public void Umbrella_names_are_quoted_so_commas_and_none_stay_unambiguous()
    {
        var withNames = new OrganisationProfile("X", SampleData.AsOf, umbrellaMemberships: ValueSet.OfStrings("none", "A, B", "Say \"hi\""));
        var empty = new OrganisationProfile("X", SampleData.AsOf, umbrellaMemberships: ValueSet.OfStrings());
        Assert.Equal("\"A, B\", \"Say \\\"hi\\\"\", \"none\"", OrganisationFacts.UmbrellaMemberships.Read(withNames).Value.Value);
        Assert.Equal("none", OrganisationFacts.UmbrellaMemberships.Read(empty).Value.Value);
    }

    [Fact]
    public void Negative_zero_share_is_normalised()
    {
        var p = new OrganisationProfile("X", SampleData.AsOf, carrierMigrantShare: -0.0);
        Assert.False(double.IsNegative(p.CarrierMigrantShare.Value));
        Assert.Equal("0", OrganisationFacts.CarrierMigrantShare.Read(p).Value.Value);
    }
}
