using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Interop;
using MoDomain.Samples;

namespace MoDomain.Tests.Cooperation;

/// <summary>
/// Contract versioning: version 2 renamed the cooperation-records array from <c>records</c> to
/// <c>cooperationRecords</c>; documents of version 1 are still read under their own names, a newer version is refused.
/// </summary>
public sealed class SchemaVersionTests
{
    private static Config Config => Config.QuickThrowOnFailure.WithMaxTest(Generators.Runs).WithQuietOnSuccess(true);

    /// <summary>Rewrites a version 2 record collection as the version 1 document with the same records.</summary>
    private static string AsVersionOne(string versionTwo)
    {
        var document = JsonNode.Parse(versionTwo)!.AsObject();
        Assert.Equal(2, (int)document["schemaVersion"]!);
        var records = document["cooperationRecords"]!;
        document.Remove("cooperationRecords");
        document["schemaVersion"] = 1;
        document["records"] = records.DeepClone();
        return document.ToJsonString();
    }

    [Fact]
    public void The_current_version_is_two_and_version_one_is_still_supported()
    {
        Assert.Equal(2, SchemaVersions.Current);
        Assert.Equal(1, SchemaVersions.OldestSupported);
        string written = CooperationJson.SerializeRecords(SampleCooperation.Municipality.Records);
        using var document = JsonDocument.Parse(written);
        Assert.Equal(2, document.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(SampleCooperation.Municipality.Records.Length, document.RootElement.GetProperty("cooperationRecords").GetArrayLength());
        Assert.False(document.RootElement.TryGetProperty("records", out _));
    }

    [Fact]
    public void Property_a_version_one_document_reads_the_same_records_as_its_version_two_form()
    {
        Check.One(Config, Prop.ForAll(CooperationGenerators.Records.ToArbitrary(), records =>
        {
            string versionTwo = CooperationJson.SerializeRecords(records);
            var fromTwo = CooperationJson.DeserializeRecords(versionTwo);
            var fromOne = CooperationJson.DeserializeRecords(AsVersionOne(versionTwo));
            Assert.Equal(records.Length, fromOne.Length);
            Assert.Equal(CooperationJson.SerializeRecords(fromTwo), CooperationJson.SerializeRecords(fromOne));
        }));
    }

    [Fact]
    public void The_version_one_example_of_the_tool_builders_guide_reads()
    {
        string guide = File.ReadAllText(Path.Combine(RepositoryFiles.Root(), "docs", "tool-builders.md"));
        string example = guide.Split('\n').Single(l => l.StartsWith("{ \"schemaVersion\": 1, \"records\"", StringComparison.Ordinal));
        var record = Assert.Single(CooperationJson.DeserializeRecords(example));
        Assert.Equal("c1", record.Id);
        Assert.Equal(2, (int)JsonNode.Parse(CooperationJson.SerializeRecords([record]))!["schemaVersion"]!);
    }

    [Theory]
    [InlineData("""{ "records": [] }""", "$.records", "cooperationRecords")]
    [InlineData("""{ "schemaVersion": 2, "records": [] }""", "$.records", "'schemaVersion': 1")]
    [InlineData("""{ "schemaVersion": 1, "cooperationRecords": [] }""", "$.cooperationRecords", "named 'records'")]
    [InlineData("""{ "schemaVersion": 1 }""", "$.records", "'records' is missing")]
    [InlineData("""{ "schemaVersion": 2 }""", "$.cooperationRecords", "'cooperationRecords' is missing")]
    [InlineData("""{ "schemaVersion": 3, "cooperationRecords": [] }""", "$.schemaVersion", "newer than this version of MoDomain supports (2)")]
    [InlineData("""{ "schemaVersion": 0, "records": [] }""", "$.schemaVersion", "supported: 1 to 2")]
    public void Names_of_the_other_version_and_unknown_versions_are_refused_with_a_hint(string json, string path, string hint)
    {
        var error = Assert.Throws<JsonException>(() => CooperationJson.DeserializeRecords(json));
        Assert.Equal(path, error.Path);
        Assert.Contains(hint.Replace('\'', '"'), error.Message.Replace('\'', '"'), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_other_contract_reads_its_version_one_documents()
    {
        var profiles = SampleData.Profiles;
        string written = MoDomainJson.SerializeProfiles(profiles);
        var versionOne = JsonNode.Parse(written)!.AsObject();
        versionOne["schemaVersion"] = 1;
        var read = MoDomainJson.DeserializeProfiles(versionOne.ToJsonString());
        Assert.Equal(profiles.Length, read.Length);
        Assert.Equal(written, MoDomainJson.SerializeProfiles(read));

        string funding = FundingJson.SerializeCases(SampleFunding.BySampleId.Values.OrderBy(c => c.Profile.Name, StringComparer.Ordinal));
        var fundingOne = JsonNode.Parse(funding)!.AsObject();
        fundingOne["schemaVersion"] = 1;
        Assert.Equal(funding, FundingJson.SerializeCases(FundingJson.DeserializeCases(fundingOne.ToJsonString())));
    }
}
