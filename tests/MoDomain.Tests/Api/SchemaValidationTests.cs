using System.Collections.Generic;
using System.IO;
using System.Linq;
using MoDomain.Cli;
using MoDomain.Interop;
using MoDomain.Samples;

namespace MoDomain.Tests.Api;

/// <summary>
/// Every JSON the CLI prints under a contract, every file in docs/samples and every single-item document the library
/// writes validates against its schema with an independent validator (JsonSchema.Net).
/// </summary>
public sealed class SchemaValidationTests
{
    /// <summary>docs/samples: file name → contract.</summary>
    private static readonly Dictionary<string, string> Samples = new()
    {
        ["profiles.json"] = "profiles",
        ["objective-profiles.json"] = "objective-profiles",
        ["function-evidence.json"] = "function-evidence",
        ["funding-cases.json"] = "funding-cases",
        ["cooperation-municipality.json"] = "cooperation",
        ["corpus.json"] = "corpus",
        ["codebook.json"] = "codebook",
    };

    public static TheoryData<string> SampleFiles() => [.. Samples.Keys];

    [Fact]
    public void Every_json_sample_has_a_contract()
    {
        string dir = Path.Combine(RepositoryFiles.Root(), "docs", "samples");
        Assert.All(Directory.GetFiles(dir, "*.json").Select(Path.GetFileName), f => Assert.Contains(f!, Samples.Keys));
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Sample_validates_against_its_schema(string file)
    {
        string json = File.ReadAllText(Path.Combine(RepositoryFiles.Root(), "docs", "samples", file));
        AssertValid(Samples[file], json);
    }

    [Fact]
    public void Classify_json_validates()
    {
        var (exit, output, _) = CliRun.Run("classify", "--format", "json");
        Assert.Equal(ExitCodes.Success, exit);
        AssertValid("classification-reports", output);
    }

    [Fact]
    public void Vocab_export_json_validates_for_every_vocabulary()
    {
        foreach (var scheme in VocabularyCatalog.All)
        {
            var (exit, output, _) = CliRun.Run("vocab", "export", "--scheme", scheme.Id, "--format", "json");
            Assert.Equal(ExitCodes.Success, exit);
            AssertValid("vocabulary", output);
        }
    }

    [Fact]
    public void Codebook_and_corpus_export_json_validate()
    {
        var (exit, codebook, _) = CliRun.Run("codebook", "export", "--format", "json");
        Assert.Equal(ExitCodes.Success, exit);
        AssertValid("codebook", codebook);
        var (exit2, corpus, _) = CliRun.Run("corpus", "export", "--format", "json");
        Assert.Equal(ExitCodes.Success, exit2);
        AssertValid("corpus", corpus);
    }

    [Fact]
    public void Single_item_documents_the_library_writes_validate()
    {
        Assert.All(SampleData.Profiles, p => AssertValid("profile", MoDomainJson.SerializeProfile(p)));
        Assert.All(MoDomain.Funding.FundingPolicies.All, p => AssertValid("funding-policy", FundingJson.SerializePolicy(p)));
        Assert.All(SampleObjectives.Profiles, p => AssertValid("objective-profile", ObjectivesJson.SerializeProfile(p)));
        Assert.All(SampleFunctionEvidence.Profiles, p => AssertValid("function-evidence-profile", FunctionEvidenceJson.SerializeProfile(p)));
        AssertValid("funding-policies", FundingJson.SerializePolicies(MoDomain.Funding.FundingPolicies.All));
        AssertValid("funding-ladder", FundingJson.SerializeLadder(MoDomain.Funding.FundingLadder.Default));
        AssertValid("cooperation-records", CooperationJson.SerializeRecords(SampleCooperation.Municipality.Records));
    }

    [Fact]
    public void A_funding_policy_file_that_eligibility_reads_validates_and_a_bad_one_does_not()
    {
        string policy = FundingJson.SerializePolicy(MoDomain.Funding.FundingPolicies.All[0]);
        AssertValid("funding-policy", policy);
        Assert.False(ContractSchemas.IsValid("funding-policy", policy.Replace("\"schemaVersion\": 2", "\"schemaVersion\": 3", System.StringComparison.Ordinal)));
    }

    private static void AssertValid(string contract, string json)
    {
        string errors = ContractSchemas.Errors(contract, json);
        Assert.True(errors.Length == 0, $"{contract}: {errors}");
    }
}
