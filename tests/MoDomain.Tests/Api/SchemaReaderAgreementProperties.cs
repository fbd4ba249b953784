using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MoDomain.Funding;
using MoDomain.Interop;

namespace MoDomain.Tests.Api;

/// <summary>
/// Schema ⇔ reader: for generated documents, valid ones and mutated ones (a required property removed, an unknown id,
/// a share out of range, a value of the wrong type, an extra property, a schemaVersion out of range), the exported
/// JSON Schema accepts a document exactly when the library's reader does.
/// </summary>
public sealed class SchemaReaderAgreementProperties
{
    private const int Runs = 200;

    /// <summary>The contracts the property covers: name, a generator of valid documents, and the library's reader.</summary>
    private static readonly (string Contract, Gen<string> Documents, Action<string> Read)[] Contracts =
    [
        ("profile", Generators.Profile.Select(MoDomainJson.SerializeProfile), json => MoDomainJson.DeserializeProfile(json)),
        ("profiles", Gen.ListOf(Generators.Profile).Select(l => MoDomainJson.SerializeProfiles(l.Select((p, i) => p.WithId($"org-{i}")))), json => MoDomainJson.DeserializeProfiles(json)),
        ("funding-policy", Gen.Elements(FundingPolicies.All.ToArray()).Select(FundingJson.SerializePolicy), json => FundingJson.DeserializePolicy(json)),
        ("funding-policies", Gen.SubListOf(FundingPolicies.All.ToArray()).Select(l => FundingJson.SerializePolicies(l)), json => FundingJson.DeserializePolicies(json)),
    ];

    public static TheoryData<string> CoveredContracts() => [.. Contracts.Select(c => c.Contract)];

    [Property(MaxTest = Runs)]
    public Property Schema_accepts_a_document_exactly_when_the_reader_does()
    {
        Gen<(string Contract, string Description, string Json, Action<string> Read)> cases =
            from c in Gen.Elements(Contracts)
            from json in c.Documents
            from mutation in Gen.Elements(Mutations(c.Contract, json))
            select (c.Contract, mutation.Description, mutation.Apply(), c.Read);
        return Prop.ForAll(cases.ToArbitrary(), x =>
        {
            bool readerAccepts = Accepts(x.Read, x.Json, out string readerError);
            string schemaErrors = ContractSchemas.Errors(x.Contract, x.Json);
            Assert.True(
                readerAccepts == (schemaErrors.Length == 0),
                $"{x.Contract}, {x.Description}: reader {(readerAccepts ? "accepts" : "refuses (" + readerError + ")")}, schema {(schemaErrors.Length == 0 ? "accepts" : "refuses:\n" + schemaErrors)}\n{x.Json}");
        });
    }

    [Theory]
    [MemberData(nameof(CoveredContracts))]
    public void Every_kind_of_mutation_is_generated_and_refused_by_both(string contract)
    {
        var (_, documents, read) = Contracts.Single(c => c.Contract == contract);
        string json = documents.Sample(1, 10).First(j => Mutations(contract, j).Length > 5);
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (description, apply) in Mutations(contract, json).Skip(1))
        {
            kinds.Add(description.Split(' ')[0]);
            string mutated = apply();
            Assert.False(Accepts(read, mutated, out _), $"{contract}, {description}: the reader accepts\n{mutated}");
            Assert.False(ContractSchemas.IsValid(contract, mutated), $"{contract}, {description}: the schema accepts\n{mutated}");
        }

        Assert.Superset(new HashSet<string>(["extra", "wrong-type", "schemaVersion"]), kinds);
    }

    private static bool Accepts(Action<string> read, string json, out string error)
    {
        try
        {
            read(json);
            error = string.Empty;
            return true;
        }
        catch (JsonException ex)
        {
            error = ex.Message;
            return false;
        }
    }

    /// <summary>The unchanged document first, then one mutation per site the schema describes.</summary>
    internal static (string Description, Func<string> Apply)[] Mutations(string contract, string json)
    {
        using var schemaDocument = JsonDocument.Parse(MoDomain.Cli.JsonSchemas.Export(MoDomain.Cli.AllJsonContracts.Get(contract)));
        JsonNode schema = JsonNode.Parse(schemaDocument.RootElement.GetRawText())!;
        var sites = new List<(string, Func<string>)> { ("unchanged", () => json) };
        Walk(schema, JsonNode.Parse(json)!, [], json, sites);
        return [.. sites];
    }

    private static void Walk(JsonNode schema, JsonNode value, List<object> path, string json, List<(string, Func<string>)> sites)
    {
        string at = "$" + string.Concat(path.Select(p => p is int i ? $"[{i}]" : "." + p));
        if (value is JsonObject obj)
        {
            sites.Add(($"extra property at {at}", Edit(json, path, n => n.AsObject()["unexpectedProperty"] = 1)));
            if (schema["required"] is JsonArray required)
            {
                foreach (string name in required.Select(r => r!.GetValue<string>()).Where(obj.ContainsKey))
                {
                    sites.Add(($"missing required {at}.{name}", Edit(json, path, n => n.AsObject().Remove(name))));
                }
            }

            foreach (var (name, child) in obj.ToArray())
            {
                if (schema["properties"]?[name] is JsonNode sub && child is not null)
                {
                    Values(sub, child, [.. path, name], json, sites);
                }
            }
        }
        else if (value is JsonArray array && schema["items"] is JsonNode items)
        {
            for (int i = 0; i < array.Count; i++)
            {
                if (array[i] is JsonNode item)
                {
                    Values(items, item, [.. path, i], json, sites);
                }
            }
        }
    }

    private static void Values(JsonNode schema, JsonNode value, List<object> path, string json, List<(string, Func<string>)> sites)
    {
        string at = "$" + string.Concat(path.Select(p => p is int i ? $"[{i}]" : "." + p));
        JsonNode wrong = value.GetValueKind() switch
        {
            JsonValueKind.String => 42,
            JsonValueKind.Number => "0.5",
            JsonValueKind.True or JsonValueKind.False => "yes",
            JsonValueKind.Array => new JsonObject(),
            _ => "text",
        };
        sites.Add(($"wrong-type at {at}", Set(json, path, () => wrong.DeepClone())));
        if (path[^1] is "schemaVersion")
        {
            sites.Add(($"schemaVersion {SchemaVersions.Current + 1} at {at}", Set(json, path, () => SchemaVersions.Current + 1)));
            sites.Add(($"schemaVersion {SchemaVersions.OldestSupported - 1} at {at}", Set(json, path, () => SchemaVersions.OldestSupported - 1)));
            return;
        }

        if (schema["enum"] is JsonArray && value.GetValueKind() == JsonValueKind.String)
        {
            sites.Add(($"unknown-id at {at}", Set(json, path, () => "no-such-id")));
        }

        if (value.GetValueKind() == JsonValueKind.Number)
        {
            if (schema["maximum"] is JsonNode max)
            {
                sites.Add(($"out-of-range above maximum at {at}", Set(json, path, () => max.GetValue<double>() + 0.25)));
            }

            if (schema["minimum"] is JsonNode min)
            {
                sites.Add(($"out-of-range below minimum at {at}", Set(json, path, () => min.GetValue<double>() - 0.25)));
            }
        }

        Walk(schema, value, path, json, sites);
    }

    private static Func<string> Set(string json, List<object> path, Func<JsonNode> value) => Edit(json, path[..^1], parent =>
    {
        if (path[^1] is int i)
        {
            parent.AsArray()[i] = value();
        }
        else
        {
            parent.AsObject()[(string)path[^1]] = value();
        }
    });

    private static Func<string> Edit(string json, List<object> path, Action<JsonNode> edit) => () =>
    {
        JsonNode root = JsonNode.Parse(json)!;
        JsonNode node = root;
        foreach (object step in path)
        {
            node = step is int i ? node.AsArray()[i]! : node.AsObject()[(string)step]!;
        }

        edit(node);
        return root.ToJsonString();
    };
}
