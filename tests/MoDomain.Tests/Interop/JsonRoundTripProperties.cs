using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Definitions;
using MoDomain.Interop;

namespace MoDomain.Tests.Interop;

public sealed class JsonRoundTripProperties
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(Generators.Runs);

    // Names with quotes, backslashes, control characters and non-Latin scripts, which the writer must escape correctly.
    private static readonly Gen<string> AwkwardName = Gen.Elements(
        "Verein \"Brücke\" e.V.", "Back\\slash", "Zeile\neins", "Tab\tVerein", "Ελληνική Κοινότητα", "جمعية", "emoji 🤝 e.V.", "</script>");

    [Fact]
    public void Every_generated_profile_round_trips_as_a_single_document()
    {
        Check.One(Config, Prop.ForAll(Generators.ProfileArb, p =>
        {
            var back = MoDomainJson.DeserializeProfile(MoDomainJson.SerializeProfile(p));
            Assert.Equal(p, back);
            Assert.Equal(p.GetHashCode(), back.GetHashCode());
        }));
    }

    [Fact]
    public void Every_generated_list_of_profiles_round_trips_in_order()
    {
        // Ids are unique within a document (generated names repeat, so each profile gets its own id).
        var lists = Generators.Profile.ListOf().Select(l => l.Select((p, i) => p.WithId($"org-{i}")).ToArray()).ToArbitrary();
        Check.One(Config.WithMaxTest(Generators.Scaled(100)), Prop.ForAll(lists, profiles =>
        {
            var back = MoDomainJson.DeserializeProfiles(MoDomainJson.SerializeProfiles(profiles));
            Assert.Equal(profiles, back);
        }));
    }

    [Fact]
    public void Names_with_characters_that_need_escaping_round_trip()
    {
        var withAwkwardNames = Generators.Profile.SelectMany(p => AwkwardName.Select(n => new OrganisationProfileBuilder(p) { Name = n }.Build()));
        Check.One(Config, Prop.ForAll(withAwkwardNames.ToArbitrary(), p =>
            Assert.Equal(p, MoDomainJson.DeserializeProfile(MoDomainJson.SerializeProfile(p)))));
    }

    [Fact]
    public void Round_trip_preserves_every_classification()
    {
        Check.One(Config, Prop.ForAll(Generators.ProfileArb, p =>
        {
            var back = MoDomainJson.DeserializeProfile(MoDomainJson.SerializeProfile(p));
            foreach (var definition in DefinitionSet.Default.Definitions)
            {
                Assert.Equal(definition.Decide(p), definition.Decide(back));
            }
        }));
    }
}
