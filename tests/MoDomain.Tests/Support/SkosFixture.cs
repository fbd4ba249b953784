using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using MoDomain.Interop;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.Support;

/// <summary>
/// A small scheme with a hierarchy and mappings in both directions, its SKOS JSON-LD export as a mutable
/// <see cref="JsonNode"/> and helpers to corrupt it and check the reader's error.
/// </summary>
/// <remarks>
/// Graph layout: [0] scheme s, [1] concept top (top, exactMatch other/a), [2] concept child (broader top, narrowMatch
/// other/b), [3] concept second (top), [4] statement s/top exactMatch other/a, [5] statement other/b broadMatch s/child.
/// </remarks>
internal static class SkosFixture
{
    internal const string Base = "https://modomain.org/vocab/";

    internal static readonly ConceptMapping Forward =
        new("s", "top", MappingRelation.ExactMatch, "other", "a", "Same meaning.", SourceKeys.Model);

    internal static readonly ConceptMapping Backward =
        new("other", "b", MappingRelation.BroadMatch, "s", "child", "Wider meaning.", SourceKeys.Interpretive);

    internal static ConceptScheme Scheme() => new(
        "s",
        new LocalizedText("Scheme", "Schema"),
        SourceKeys.Model,
        [
            new Concept("top", new LocalizedText("Top", "Oben"), "The top concept.", SourceKeys.Model),
            new Concept("child", new LocalizedText("Child", "Kind"), "A narrower concept.", SourceKeys.Model, "top"),
            new Concept("second", new LocalizedText("Second", "Zweiter"), "Another top concept.", SourceKeys.Model),
        ]);

    internal static string Json() => SkosJsonLd.Write(Scheme(), [Forward, Backward]);

    internal static JsonObject Node() => JsonNode.Parse(Json())!.AsObject();

    internal static JsonArray Graph(JsonObject root) => root["@graph"]!.AsArray();

    internal static JsonObject At(JsonObject root, int index) => Graph(root)[index]!.AsObject();

    internal static JsonObject Ref(string iri) => new() { ["@id"] = iri };

    internal static JsonObject Text(string language, string value) => new() { ["@language"] = language, ["@value"] = value };

    /// <summary>Reads the corrupted document and asserts the exact path and message.</summary>
    internal static JsonException Refused(JsonObject root, string path, string message)
    {
        string json = root.ToJsonString();
        var ex = Assert.Throws<JsonException>(() => SkosJsonLd.Read(json));
        Assert.Equal(path, ex.Path);
        Assert.Equal(path + ": " + message, ex.Message);
        return ex;
    }

    /// <summary>Reads the corrupted document and asserts the path and the start of the message.</summary>
    internal static JsonException RefusedStartingWith(JsonObject root, string path, string messageStart)
    {
        string json = root.ToJsonString();
        var ex = Assert.Throws<JsonException>(() => SkosJsonLd.Read(json));
        Assert.Equal(path, ex.Path);
        Assert.StartsWith(path + ": " + messageStart, ex.Message, StringComparison.Ordinal);
        return ex;
    }
}
