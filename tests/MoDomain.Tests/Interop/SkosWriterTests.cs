using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using MoDomain.Interop;
using MoDomain.Vocabulary;
using static MoDomain.Tests.Support.SkosFixture;

namespace MoDomain.Tests.Interop;

/// <summary><see cref="SkosJsonLd.Write(ConceptScheme, IEnumerable{ConceptMapping})"/>: argument checks and which
/// concept carries which mapping property.</summary>
public sealed class SkosWriterTests
{
    private static Dictionary<string, string[]> MatchesOf(JsonElement node) =>
        node.EnumerateObject()
            .Where(p => p.Name.EndsWith("Match", StringComparison.Ordinal))
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(r => r.GetProperty("@id").GetString()!).ToArray(), StringComparer.Ordinal);

    [Fact]
    public void Null_arguments_are_named()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => SkosJsonLd.Write(Scheme(), (IEnumerable<ConceptMapping>)null!));
        Assert.Equal("mappings", ex.ParamName);
        var scheme = Assert.Throws<ArgumentNullException>(() => SkosJsonLd.Write(null!, [Forward]));
        Assert.Equal("scheme", scheme.ParamName);
        var json = Assert.Throws<ArgumentNullException>(() => SkosJsonLd.Read((string)null!));
        Assert.Equal("json", json.ParamName);
    }

    [Fact]
    public void A_null_mapping_is_refused_by_name()
    {
        var ex = Assert.Throws<ArgumentException>(() => SkosJsonLd.Write(Scheme(), [Forward, null!]));
        Assert.IsNotType<ArgumentNullException>(ex);
        Assert.Equal("mappings", ex.ParamName);
    }

    [Fact]
    public void Each_concept_carries_only_its_own_mappings_seen_from_the_scheme()
    {
        // A mapping towards the scheme is written as its inverse on the target concept; nothing leaks to other concepts.
        var extra = new ConceptMapping("other", "c", MappingRelation.CloseMatch, "s", "top", "Close.", SourceKeys.Model);
        var foreign = new ConceptMapping("x", "a", MappingRelation.NarrowMatch, "y", "b", "Unrelated.", SourceKeys.Model);
        string json = SkosJsonLd.Write(Scheme(), [Forward, Backward, extra, foreign]);
        using var doc = JsonDocument.Parse(json);
        var graph = doc.RootElement.GetProperty("@graph");

        var top = MatchesOf(graph[1]);
        Assert.Equal(["skos:exactMatch", "skos:closeMatch"], top.Keys);
        Assert.Equal([Base + "other/a"], top["skos:exactMatch"]);
        Assert.Equal([Base + "other/c"], top["skos:closeMatch"]);

        var child = MatchesOf(graph[2]);
        Assert.Equal(["skos:narrowMatch"], child.Keys);
        Assert.Equal([Base + "other/b"], child["skos:narrowMatch"]);

        Assert.Empty(MatchesOf(graph[3]));
        Assert.Equal(7, graph.GetArrayLength()); // scheme, three concepts, three statements (the foreign one is left out)

        var back = SkosJsonLd.Read(json);
        Assert.Equal([Forward, Backward, extra], back.Mappings);
    }

    [Fact]
    public void Mappings_from_another_concept_of_the_same_scheme_do_not_leak()
    {
        // Same source scheme, other concept, same relation: only "second" gets the match.
        var fromSecond = new ConceptMapping("s", "second", MappingRelation.ExactMatch, "other", "z", "Same.", SourceKeys.Model);
        var towardsSecond = new ConceptMapping("other", "y", MappingRelation.NarrowMatch, "s", "second", "Narrower.", SourceKeys.Model);
        string json = SkosJsonLd.Write(Scheme(), [fromSecond, towardsSecond]);
        using var doc = JsonDocument.Parse(json);
        var graph = doc.RootElement.GetProperty("@graph");
        Assert.Empty(MatchesOf(graph[1]));
        Assert.Empty(MatchesOf(graph[2]));
        var second = MatchesOf(graph[3]);
        Assert.Equal(["skos:exactMatch", "skos:broadMatch"], second.Keys);
        Assert.Equal([Base + "other/z"], second["skos:exactMatch"]);
        Assert.Equal([Base + "other/y"], second["skos:broadMatch"]);
        Assert.Equal([fromSecond, towardsSecond], SkosJsonLd.Read(json).Mappings);
    }

    [Fact]
    public void Mappings_are_grouped_by_relation_in_enum_order()
    {
        var related = new ConceptMapping("s", "top", MappingRelation.RelatedMatch, "other", "r", "Related.", SourceKeys.Model);
        var exact2 = new ConceptMapping("s", "top", MappingRelation.ExactMatch, "third", "e", "Same.", SourceKeys.Model);
        string json = SkosJsonLd.Write(Scheme(), [related, Forward, exact2]);
        using var doc = JsonDocument.Parse(json);
        var top = MatchesOf(doc.RootElement.GetProperty("@graph")[1]);
        Assert.Equal(["skos:exactMatch", "skos:relatedMatch"], top.Keys);
        Assert.Equal([Base + "other/a", Base + "third/e"], top["skos:exactMatch"]);
        Assert.Equal([Base + "other/r"], top["skos:relatedMatch"]);
        Assert.Equal([related, Forward, exact2], SkosJsonLd.Read(json).Mappings);
    }
}
