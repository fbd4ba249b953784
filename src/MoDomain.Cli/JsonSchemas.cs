using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Reflection;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
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
            TransformSchemaNode = static (context, node) => Transform(context, node),
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
    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode node)
    {
        System.Type type = context.TypeInfo.Type;
        if (type == typeof(LocalDate))
        {
            node = new JsonObject { ["type"] = "string", ["format"] = "date" };
        }
        else if (type == typeof(LocalDate?))
        {
            node = new JsonObject { ["type"] = new JsonArray("string", "null"), ["format"] = "date" };
        }

        if (node is not JsonObject schema)
        {
            return node;
        }

        if (context.PropertyInfo is { } property)
        {
            if (string.Equals(property.Name, "schemaVersion", System.StringComparison.Ordinal))
            {
                // SchemaVersions.Check: absent or null reads as the current version; others must lie in the supported range.
                schema["minimum"] = SchemaVersions.OldestSupported;
                schema["maximum"] = SchemaVersions.Current;
            }

            if (property.AttributeProvider is { } attributes)
            {
                // Notes on DTO properties: [Description] becomes "description", [RegularExpression] "pattern", [Obsolete]
                // "deprecated", [JsonSchemaRule] the reader's rules (required, ids, range, non-blank items).
                foreach (object attribute in attributes.GetCustomAttributes(inherit: false))
                {
                    switch (attribute)
                    {
                        case System.ComponentModel.DescriptionAttribute description:
                            schema["description"] = description.Description;
                            break;
                        case System.ComponentModel.DataAnnotations.RegularExpressionAttribute regex:
                            schema["pattern"] = regex.Pattern;
                            break;
                        case System.ObsoleteAttribute:
                            schema["deprecated"] = true;
                            break;
                        case JsonSchemaRuleAttribute rule:
                            ApplyRule(schema, rule);
                            break;
                    }
                }
            }
        }

        if (context.TypeInfo.Kind == JsonTypeInfoKind.Object && schema["properties"] is JsonObject)
        {
            var required = new JsonArray();
            foreach (JsonPropertyInfo p in context.TypeInfo.Properties)
            {
                if (p.AttributeProvider?.GetCustomAttributes(typeof(JsonSchemaRuleAttribute), inherit: false) is [JsonSchemaRuleAttribute { Required: true }])
                {
                    required.Add(p.Name);
                }
            }

            if (required.Count > 0)
            {
                schema["required"] = required;
            }
        }

        return schema;
    }

    private static void ApplyRule(JsonObject schema, JsonSchemaRuleAttribute rule)
    {
        if (rule.Required)
        {
            RemoveNull(schema);
        }

        bool isArray = TypeNames(schema).Contains("array");
        if (rule.IdsOf is not null)
        {
            var ids = new JsonArray();
            foreach (string id in VocabularyIds(rule.IdsOf, rule.IdsMember))
            {
                ids.Add(id);
            }

            if (isArray)
            {
                schema["items"] = new JsonObject { ["type"] = "string", ["enum"] = ids };
            }
            else
            {
                if (TypeNames(schema).Contains("null"))
                {
                    ids.Add(null);
                }

                schema["enum"] = ids;
            }
        }

        if (!double.IsNaN(rule.Minimum))
        {
            schema["minimum"] = rule.Minimum;
        }

        if (!double.IsNaN(rule.Maximum))
        {
            schema["maximum"] = rule.Maximum;
        }

        if (rule.NotBlankItems && isArray)
        {
            schema["items"] = new JsonObject { ["type"] = "string", ["pattern"] = NotBlankPattern };
        }

        if (rule.NotBlank)
        {
            schema["pattern"] = NotBlankPattern;
        }
    }

    /// <summary>A string with at least one character that is not white space (string.IsNullOrWhiteSpace is false).</summary>
    private const string NotBlankPattern = "\\S";

    private static System.Collections.Generic.List<string> TypeNames(JsonObject schema) => schema["type"] switch
    {
        JsonArray array => [.. System.Linq.Enumerable.Select(array, t => t!.GetValue<string>())],
        JsonValue value => [value.GetValue<string>()],
        _ => [],
    };

    private static void RemoveNull(JsonObject schema)
    {
        var names = TypeNames(schema);
        names.Remove("null");
        schema["type"] = names.Count == 1 ? names[0] : new JsonArray([.. System.Linq.Enumerable.Select(names, n => (JsonNode?)n)]);
    }

    // The ids of an EnumScheme<T> held by a static member, in source order: generated from the library's vocabulary.
    private static System.Collections.Generic.IEnumerable<string> VocabularyIds(System.Type holder, string? member)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
        object? scheme = holder.GetProperty(member ?? string.Empty, flags)?.GetValue(null) ?? holder.GetField(member ?? string.Empty, flags)?.GetValue(null);
        if (scheme?.GetType().GetProperty("Scheme")?.GetValue(scheme) is not MoDomain.Vocabulary.ConceptScheme concepts)
        {
            throw new System.InvalidOperationException($"{holder.Name}.{member} is not an EnumScheme; fix the [JsonSchemaRule] attribute.");
        }

        foreach (MoDomain.Vocabulary.Concept concept in concepts.Concepts)
        {
            yield return concept.Id;
        }
    }
}
