using System;
using System.Collections.Concurrent;
using System.Text.Json;
using Json.Schema;
using MoDomain.Cli;

namespace MoDomain.Tests.Api;

/// <summary>The exported JSON Schemas of the contracts, built once each and evaluated with JsonSchema.Net (an independent validator).</summary>
internal static class ContractSchemas
{
    private static readonly ConcurrentDictionary<string, Lazy<JsonSchema>> Built = new(StringComparer.Ordinal);

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    /// <summary>Gets the built schema of a contract (from the exporter, which also wrote docs/schema/).</summary>
    internal static JsonSchema Get(string contract) =>
        Built.GetOrAdd(contract, name => new Lazy<JsonSchema>(() => JsonSchema.FromText(JsonSchemas.Export(AllJsonContracts.Get(name))))).Value;

    /// <summary>Whether <paramref name="json"/> is valid under the schema of <paramref name="contract"/>.</summary>
    internal static bool IsValid(string contract, string json)
    {
        using var document = JsonDocument.Parse(json);
        return Get(contract).Evaluate(document.RootElement, Options).IsValid;
    }

    /// <summary>The errors of <paramref name="json"/> under the schema of <paramref name="contract"/>, one per line; empty when valid.</summary>
    internal static string Errors(string contract, string json)
    {
        using var document = JsonDocument.Parse(json);
        EvaluationResults results = Get(contract).Evaluate(document.RootElement, Options);
        if (results.IsValid)
        {
            return string.Empty;
        }

        var lines = new System.Collections.Generic.List<string>();
        foreach (EvaluationResults detail in results.Details ?? [])
        {
            if (detail.Errors is { Count: > 0 } errors)
            {
                foreach (var (keyword, message) in errors)
                {
                    lines.Add($"{detail.InstanceLocation} ({keyword}): {message}");
                }
            }
        }

        return lines.Count == 0 ? "invalid" : string.Join("\n", lines);
    }
}
