using System.Linq;
using System.Text.Json.Nodes;
using MoDomain.Funding;
using MoDomain.Interop;
using MoDomain.Samples;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.Interop;

/// <summary>What the funding writers put into the JSON: schema versions only at the document root, optional parts omitted.</summary>
public sealed class FundingJsonWriterTests
{
    private static FundingPolicy Policy(string id, params FundingRequirement[] requirements) =>
        new(id, new LocalizedText("P", "Q"), "s", requirements);

    [Fact]
    public void A_single_policy_carries_the_current_schema_version()
    {
        var root = JsonFailure.Root(FundingJson.SerializePolicy(Policy("p", FundingRequirement.Of(FundingRequirementKind.TrustBuilding))));
        Assert.Equal(SchemaVersions.Current, (int)root["schemaVersion"]!);
        Assert.Equal("p", (string)root["id"]!);
        Assert.Equal("s", (string)root["source"]!);
        Assert.Equal("trust-building", (string)root["requirements"]![0]!["kind"]!);
    }

    [Fact]
    public void A_policy_collection_has_one_schema_version_and_every_policy_in_order()
    {
        var policies = new[]
        {
            Policy("first", FundingRequirement.Of(FundingRequirementKind.TrustBuilding)),
            Policy("second", FundingRequirement.DemonstrableSuccess(3)),
        };
        string json = FundingJson.SerializePolicies(policies);
        var root = JsonFailure.Root(json);
        Assert.Equal(SchemaVersions.Current, (int)root["schemaVersion"]!);
        var items = root["policies"]!.AsArray();
        Assert.Equal(["first", "second"], items.Select(p => (string)p!["id"]!).ToArray());
        Assert.All(items, p => Assert.False(p!.AsObject().ContainsKey("schemaVersion")));
        Assert.Equal(3, (int)items[1]!["requirements"]![0]!["minimumYears"]!);
        Assert.Equal(policies, FundingJson.DeserializePolicies(json).ToArray());
        Assert.Empty(JsonFailure.Root(FundingJson.SerializePolicies([]))["policies"]!.AsArray());
    }

    [Fact]
    public void Only_for_funders_is_written_only_when_it_restricts()
    {
        var open = JsonFailure.Root(FundingJson.SerializePolicy(Policy("p", FundingRequirement.YouthWelfareRecognition(RecognitionStatus.Entitled))));
        var openRequirement = open["requirements"]![0]!.AsObject();
        Assert.False(openRequirement.ContainsKey("onlyForFunders"));
        Assert.Equal("entitled", (string)openRequirement["minimumStatus"]!);
        Assert.Equal("unknown", (string)openRequirement["subdivisionsRecognisedByLaw"]!);

        var restricted = JsonFailure.Root(FundingJson.SerializePolicy(Policy("p", FundingRequirement.YouthWelfareRecognition(RecognitionStatus.Entitled, [FunderKind.Land]))));
        Assert.Equal("land", (string)restricted["requirements"]![0]!["onlyForFunders"]![0]!);

        var other = JsonFailure.Root(FundingJson.SerializePolicy(Policy("p", FundingRequirement.Of(FundingRequirementKind.TrustBuilding))))["requirements"]![0]!.AsObject();
        Assert.Equal(["kind"], other.Select(p => p.Key).ToArray());
    }

    [Fact]
    public void A_case_collection_has_no_schema_version_inside_cases_or_profiles()
    {
        var root = JsonFailure.Root(FundingJson.SerializeCases(SampleFunding.Cases));
        Assert.Equal(SchemaVersions.Current, (int)root["schemaVersion"]!);
        var items = root["fundingCases"]!.AsArray();
        Assert.Equal(SampleFunding.Cases.Length, items.Count);
        Assert.All(items, c =>
        {
            Assert.False(c!.AsObject().ContainsKey("schemaVersion"));
            Assert.False(c["profile"]!.AsObject().ContainsKey("schemaVersion"));
        });
        Assert.Equal(SampleFunding.Cases[0].Profile.Name, (string)items[0]!["profile"]!["name"]!);
    }

    [Fact]
    public void Awards_are_omitted_when_there_are_none_and_written_when_there_are()
    {
        var bare = new FundingCase(SampleFunding.Cases[0].Profile);
        var item = JsonFailure.Root(FundingJson.SerializeCases([bare]))["fundingCases"]![0]!.AsObject();
        Assert.False(item.ContainsKey("awards"));

        var withAwards = SampleFunding.Cases.First(c => !c.Awards.Awards.IsEmpty);
        var written = JsonFailure.Root(FundingJson.SerializeCases([withAwards]))["fundingCases"]![0]!["awards"]!.AsArray();
        Assert.Equal(withAwards.Awards.Awards.Length, written.Count);
        Assert.Equal(FundingVocabulary.Forms.IdOf(withAwards.Awards.Awards[0].Form), (string)written[0]!["form"]!);
    }
}
