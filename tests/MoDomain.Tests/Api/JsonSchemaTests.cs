using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using MoDomain.Cli;
using MoDomain.Definitions;
using MoDomain.Interop;
using MoDomain.Samples;

namespace MoDomain.Tests.Api;

/// <summary>The JSON Schemas in <c>docs/schema/</c>: generated from the serializer contracts and never stale.</summary>
public sealed class JsonSchemaTests
{
    public static TheoryData<string> ContractNames() => [.. MoDomain.Cli.AllJsonContracts.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(ContractNames))]
    public void Committed_schema_matches_the_code(string name)
    {
        string schema = JsonSchemas.Export(MoDomain.Cli.AllJsonContracts.Get(name));
        RepositoryFiles.AssertCommitted(Path.Combine("docs", "schema", name + ".schema.json"), schema);
    }

    [Fact]
    public void Every_schema_file_belongs_to_a_contract()
    {
        string dir = Path.Combine(RepositoryFiles.Root(), "docs", "schema");
        var names = Directory.GetFiles(dir, "*.schema.json").Select(f => Path.GetFileName(f)[..^".schema.json".Length]);
        Assert.All(names, n => Assert.Contains(n, MoDomain.Cli.AllJsonContracts.All.Select(c => c.Name)));
    }

    [Theory]
    [MemberData(nameof(ContractNames))]
    public void Schema_declares_draft_2020_12_and_rejects_unknown_members(string name)
    {
        using var doc = JsonDocument.Parse(JsonSchemas.Export(MoDomain.Cli.AllJsonContracts.Get(name)));
        Assert.Equal(JsonSchemas.Dialect, doc.RootElement.GetProperty("$schema").GetString());
        Assert.False(doc.RootElement.GetProperty("additionalProperties").GetBoolean());
        Assert.True(doc.RootElement.GetProperty("properties").TryGetProperty("schemaVersion", out _));
    }

    [Fact]
    public void Every_property_the_library_writes_is_described_by_its_schema()
    {
        AssertDescribed("profiles", MoDomainJson.SerializeProfiles(SampleData.Profiles));
        AssertDescribed("classification-reports", MoDomainJson.SerializeReports(SampleData.Profiles.Select(p => DefinitionSet.Default.ClassifyAll(p))));
        AssertDescribed("objective-profiles", ObjectivesJson.SerializeProfiles(SampleObjectives.Profiles));
        AssertDescribed("function-evidence", FunctionEvidenceJson.SerializeProfiles(SampleFunctionEvidence.Profiles));
        AssertDescribed("cooperation", CooperationJson.SerializeMunicipality(SampleCooperation.Municipality));
        AssertDescribed("cooperation-records", CooperationJson.SerializeRecords(SampleCooperation.Municipality.Records));
        AssertDescribed("funding-policies", MoDomain.Interop.FundingJson.SerializePolicies(MoDomain.Funding.FundingPolicies.All));
        AssertDescribed("funding-ladder", MoDomain.Interop.FundingJson.SerializeLadder(MoDomain.Funding.FundingLadder.Default));
        AssertDescribed("funding-cases", MoDomain.Interop.FundingJson.SerializeCases(SampleFunding.Cases));
        AssertDescribed("corpus", CorpusJson.Write(SampleCorpus.Corpus));
        AssertDescribed("codebook", CorpusJson.WriteCodebook(SampleCorpus.Codebook));
        Assert.All(VocabularyCatalog.All, scheme => AssertDescribed("vocabulary", VocabularyJson.Write(scheme)));
    }

    [Fact]
    public void Unknown_contract_names_get_a_suggestion()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => MoDomain.Cli.AllJsonContracts.Get("profils"));
        Assert.Contains("profiles", ex.Message, StringComparison.Ordinal);
    }

    private static void AssertDescribed(string contract, string json)
    {
        using var schema = JsonDocument.Parse(JsonSchemas.Export(MoDomain.Cli.AllJsonContracts.Get(contract)));
        using var document = JsonDocument.Parse(json);
        var missing = new List<string>();
        Walk(schema.RootElement, document.RootElement, "$", missing);
        Assert.True(missing.Count == 0, $"{contract}: not in the schema: {string.Join(", ", missing)}");
    }

    private static void Walk(JsonElement schema, JsonElement value, string path, List<string> missing)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            if (!schema.TryGetProperty("properties", out JsonElement properties))
            {
                return;
            }

            foreach (JsonProperty p in value.EnumerateObject())
            {
                if (properties.TryGetProperty(p.Name, out JsonElement sub))
                {
                    Walk(sub, p.Value, path + "." + p.Name, missing);
                }
                else
                {
                    missing.Add(path + "." + p.Name);
                }
            }
        }
        else if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out JsonElement items))
        {
            foreach (JsonElement item in value.EnumerateArray())
            {
                Walk(items, item, path + "[]", missing);
            }
        }
    }
}
