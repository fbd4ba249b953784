using System;
using System.Linq;
using System.Text.Json;
using MoDomain.Cooperation;
using MoDomain.Definitions;
using MoDomain.Interop;
using MoDomain.Rules;
using MoDomain.Samples;
using NodaTime;

namespace MoDomain.Tests.Definitions;

/// <summary>Stable organisation ids: generated from the name when not given, explicit ids kept through JSON, unique
/// within a profiles document, and the linking rule (id first, then an unambiguous name).</summary>
public sealed class OrganisationIdentityTests
{
    private static readonly LocalDate AsOf = new(2025, 1, 1);

    [Theory]
    [InlineData("Anadolu Kulturverein e.V.", "anadolu-kulturverein-e-v")]
    [InlineData("Elternnetzwerk Bildungsbrücke e.V.", "elternnetzwerk-bildungsbruecke-e-v")]
    [InlineData("  Straße der Vielfalt  ", "strasse-der-vielfalt")]
    [InlineData("Associação Cultural São João", "associacao-cultural-sao-joao")]
    [InlineData("SC Vielfalt 1990", "sc-vielfalt-1990")]
    public void A_missing_id_is_a_slug_of_the_name(string name, string id)
    {
        Assert.Equal(id, OrganisationIds.FromName(name));
        Assert.Equal(id, new OrganisationProfile(name, AsOf).Id);
    }

    [Fact]
    public void A_name_without_latin_letters_gets_a_stable_hashed_id_and_long_names_are_cut_at_a_hyphen()
    {
        string id = OrganisationIds.FromName("جمعية الثقافة");
        Assert.Matches("^organisation-[0-9a-f]{12}$", id);
        Assert.Equal(id, OrganisationIds.FromName("جمعية الثقافة"));
        Assert.NotEqual(id, OrganisationIds.FromName("جمعية"));
        string longId = OrganisationIds.FromName(string.Join(' ', Enumerable.Repeat("Verein", 30)));
        Assert.True(longId.Length <= OrganisationIds.MaximumSlugLength);
        Assert.True(MoDomain.Vocabulary.ConceptIds.IsValid(longId));
        Assert.EndsWith("verein", longId, StringComparison.Ordinal);
    }

    [FsCheck.Xunit.Property]
    public bool A_generated_id_is_always_a_valid_id(FsCheck.NonEmptyString name) =>
        string.IsNullOrWhiteSpace(name.Get) || MoDomain.Vocabulary.ConceptIds.IsValid(OrganisationIds.FromName(name.Get));

    [Fact]
    public void An_explicit_id_is_kept_by_builder_copies_and_json_and_takes_part_in_equality()
    {
        var profile = new OrganisationProfile("Kulturbrücke e.V.", AsOf).WithId("org-4711");
        Assert.Equal("org-4711", profile.Id);
        var renamed = new OrganisationProfileBuilder(profile) { Name = "Kulturbrücke Neustadt e.V." }.Build();
        Assert.Equal("org-4711", renamed.Id);
        Assert.NotEqual(profile, new OrganisationProfile("Kulturbrücke e.V.", AsOf));
        Assert.Equal(profile, MoDomainJson.DeserializeProfile(MoDomainJson.SerializeProfile(profile)));
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => profile.WithId("Org 4711")).ParamName);
    }

    [Fact]
    public void Duplicate_ids_in_a_profiles_document_are_an_error_naming_the_json_path()
    {
        var a = new OrganisationProfile("Verein A", AsOf).WithId("same");
        var b = new OrganisationProfile("Verein B", AsOf).WithId("same");
        var ex = Assert.Throws<JsonException>(() => MoDomainJson.DeserializeProfiles(MoDomainJson.SerializeProfiles([a, b])));
        Assert.StartsWith("$.profiles[1].id: the organisation id 'same' is already used by $.profiles[0]", ex.Message, StringComparison.Ordinal);

        // Without ids, two profiles of the same name collide on the generated id; the error points at the name.
        string json = "[{\"name\":\"Verein A\",\"asOf\":\"2025-01-01\"},{\"name\":\"Verein A\",\"asOf\":\"2025-01-01\"}]";
        var ex2 = Assert.Throws<JsonException>(() => MoDomainJson.DeserializeProfiles(json));
        Assert.StartsWith("$[1].name: the organisation id 'verein-a' (generated from the name", ex2.Message, StringComparison.Ordinal);

        var bad = Assert.Throws<JsonException>(() => MoDomainJson.DeserializeProfiles("[{\"id\":\"Bad Id\",\"name\":\"A\",\"asOf\":\"2025-01-01\"}]"));
        Assert.StartsWith("$[0].id: 'Bad Id' is not a valid organisation id", bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_index_links_by_id_then_by_an_unambiguous_name()
    {
        var a = new OrganisationProfile("Verein A", AsOf).WithId("a");
        var twin1 = new OrganisationProfile("Zwilling", AsOf).WithId("twin-1");
        var twin2 = new OrganisationProfile("Zwilling", AsOf).WithId("twin-2");
        var index = new OrganisationIndex([a, twin1, twin2]);
        Assert.True(index.TryFind("a", out var byId) && ReferenceEquals(a, byId));
        Assert.True(index.TryFind("Verein A", out var byName) && ReferenceEquals(a, byName));
        Assert.False(index.TryFind("Zwilling", out _));
        Assert.True(index.RefersTo("twin-2", twin2));
        Assert.False(index.RefersTo("twin-1", twin2));
        Assert.False(index.TryFind(null, out _));
        Assert.Throws<ArgumentException>(() => new OrganisationIndex([a, a.WithId("a")]));
    }

    [Fact]
    public void Sample_profiles_carry_their_sample_ids_so_cooperation_records_link_to_them()
    {
        Assert.All(SampleData.Organisations, o => Assert.Equal(o.Id, o.Profile.Id));
        var index = new OrganisationIndex(SampleData.Organisations.Select(o => o.Profile));
        Assert.All(SampleCooperation.Municipality.Records.SelectMany(r => r.Mos), key => Assert.True(index.TryFind(key, out _), key));
    }

    [Fact]
    public void ForMo_keeps_shared_records_but_only_its_own_trajectories()
    {
        var portfolio = SampleCooperation.Municipality.Portfolio;
        var anadolu = portfolio.ForMo("anadolu-kulturverein");
        Assert.Contains(anadolu.Records, r => r.Mos.Length > 1);
        Assert.All(anadolu.Pairs, p => Assert.Equal("anadolu-kulturverein", p.Key));
        Assert.All(anadolu.Trajectories(), t => Assert.Equal("anadolu-kulturverein", t.Mo));
        Assert.Equal(portfolio.Pairs.Count(p => p.Key == "anadolu-kulturverein"), anadolu.Trajectories().Length);
        Assert.Contains(portfolio.Pairs, p => p.Key != "anadolu-kulturverein");
    }
}
