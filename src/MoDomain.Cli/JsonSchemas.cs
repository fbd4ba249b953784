using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using MoDomain.Interop;
using NodaTime;

namespace MoDomain.Cli;

/// <summary>
/// Exports the JSON Schema (draft 2020-12) of a MoDomain contract from its source-generated type information with
/// System.Text.Json's schema exporter; NodaTime dates become ISO <c>date</c> strings.
/// </summary>
public static class JsonSchemas
{
    /// <summary>The JSON Schema dialect every exported schema declares.</summary>
    public const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>Exports the schema of <paramref name="contract"/> as indented JSON text ending in a newline.</summary>
    /// <param name="contract">The contract.</param>
    /// <returns>The schema text; the same contract always gives the same text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="contract"/> is <see langword="null"/>.</exception>
    public static string Export(JsonContract contract)
    {
        System.ArgumentNullException.ThrowIfNull(contract);
        var options = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = static (context, node) =>
            {
                System.Type type = context.TypeInfo.Type;
                if (type == typeof(LocalDate))
                {
                    return new JsonObject { ["type"] = "string", ["format"] = "date" };
                }

                if (type == typeof(LocalDate?))
                {
                    return new JsonObject { ["type"] = new JsonArray("string", "null"), ["format"] = "date" };
                }

                if (context.PropertyInfo?.AttributeProvider is { } attributes && node is JsonObject property)
                {
                    // Notes on DTO properties: [Description] becomes "description", [RegularExpression] "pattern", [Obsolete] "deprecated".
                    foreach (object attribute in attributes.GetCustomAttributes(inherit: false))
                    {
                        switch (attribute)
                        {
                            case System.ComponentModel.DescriptionAttribute description:
                                property["description"] = description.Description;
                                break;
                            case System.ComponentModel.DataAnnotations.RegularExpressionAttribute regex:
                                property["pattern"] = regex.Pattern;
                                break;
                            case System.ObsoleteAttribute:
                                property["deprecated"] = true;
                                break;
                        }
                    }
                }

                return node;
            },
        };
        JsonNode exported = contract.TypeInfo.Options.GetJsonSchemaAsNode(contract.TypeInfo.Type, options);
        var schema = new JsonObject
        {
            ["$schema"] = Dialect,
            ["$id"] = $"urn:modomain:schema:{contract.Name}:{SchemaVersions.Current}",
            ["title"] = $"MoDomain {contract.Name} (schemaVersion {SchemaVersions.Current})",
            ["description"] = contract.Description.English,
        };
        foreach (var (key, value) in exported.AsObject())
        {
            schema[key] = value?.DeepClone();
        }

        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }
}
