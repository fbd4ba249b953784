using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Cooperation;
using MoDomain.Definitions;
using MoDomain.Interop;
using MoDomain.SocialSecurity;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.Interop;

/// <summary>SKOS in JSON-LD: deterministic export and strict round trip for every shipped and generated scheme.</summary>
public sealed class SkosTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(VocabularyGenerators.Runs);

    public static IEnumerable<object[]> ShippedSchemes() =>
        Crosswalks.Default.Schemes
            .Append(MappingRelations.Scheme.Scheme)
            .Append(DefinitionsVocabulary.OrganisationKinds.Scheme)
            .Append(DefinitionsVocabulary.LegalForms.Scheme)
            .Select(s => new object[] { s.Id, s });

    [Theory]
    [MemberData(nameof(ShippedSchemes))]
    public void Every_shipped_scheme_exports_deterministically_and_round_trips(string id, ConceptScheme scheme)
    {
        string first = SkosJsonLd.Write(scheme, Crosswalks.Default);
        string second = SkosJsonLd.Write(scheme, Crosswalks.Default);
        Assert.Equal(first, second);
        Assert.DoesNotContain('\r', first);

        var back = SkosJsonLd.Read(first);
        SkosAssert.SameScheme(scheme, back.Scheme);
        var expected = Crosswalks.Default.Mappings.Where(m => m.SourceScheme == id || m.TargetScheme == id).ToArray();
        Assert.Equal(expected, back.Mappings);
        Assert.Equal(first, SkosJsonLd.Write(back.Scheme, back.Mappings));

        var plain = SkosJsonLd.Read(SkosJsonLd.Write(scheme));
        SkosAssert.SameScheme(scheme, plain.Scheme);
        Assert.Empty(plain.Mappings);
    }

    [Fact]
    public void Generated_schemes_round_trip_and_export_the_same_bytes_twice()
    {
        Check.One(Config, Prop.ForAll(VocabularyGenerators.SchemeArb, scheme =>
        {
            string json = SkosJsonLd.Write(scheme);
            Assert.Equal(json, SkosJsonLd.Write(scheme));
            SkosAssert.SameScheme(scheme, SkosJsonLd.Read(json).Scheme);
        }));
    }

    [Fact]
    public void Generated_schemes_with_mappings_round_trip()
    {
        Check.One(Config, Prop.ForAll(VocabularyGenerators.SchemeWithMappingsArb, c =>
        {
            string json = SkosJsonLd.Write(c.Scheme, c.Mappings);
            var back = SkosJsonLd.Read(json);
            SkosAssert.SameScheme(c.Scheme, back.Scheme);
            Assert.Equal(c.Mappings, back.Mappings);
            Assert.Equal(json, SkosJsonLd.Write(back.Scheme, back.Mappings));
        }));
    }

    [Fact]
    public void Export_is_valid_json_with_the_skos_shape()
    {
        string json = SkosJsonLd.Write(FunctionTypologies.Iq2013Functions, Crosswalks.Default);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal("http://www.w3.org/2004/02/skos/core#", root.GetProperty("@context").GetProperty("skos").GetString());
        Assert.Equal("http://purl.org/dc/terms/", root.GetProperty("@context").GetProperty("dct").GetString());
        var graph = root.GetProperty("@graph").EnumerateArray().ToArray();
        var scheme = graph[0];
        Assert.Equal("https://modomain.org/vocab/iq-2013-functions", scheme.GetProperty("@id").GetString());
        Assert.Equal("skos:ConceptScheme", scheme.GetProperty("@type").GetString());
        Assert.Equal("IQ Fach-AG MO 2013", scheme.GetProperty("dct:source").GetString());
        Assert.Equal(4, scheme.GetProperty("skos:hasTopConcept").GetArrayLength());

        var bridge = graph[2];
        Assert.Equal("https://modomain.org/vocab/iq-2013-functions/bridge", bridge.GetProperty("@id").GetString());
        Assert.Equal("skos:Concept", bridge.GetProperty("@type").GetString());
        var labels = bridge.GetProperty("skos:prefLabel").EnumerateArray().ToArray();
        Assert.Equal(("de", "Brückenfunktion"), (labels[0].GetProperty("@language").GetString(), labels[0].GetProperty("@value").GetString()));
        Assert.Equal(("en", "Bridge function"), (labels[1].GetProperty("@language").GetString(), labels[1].GetProperty("@value").GetString()));
        Assert.Equal("en", bridge.GetProperty("skos:definition").GetProperty("@language").GetString());
        Assert.Equal("https://modomain.org/vocab/iq-2013-functions", bridge.GetProperty("skos:inScheme").GetProperty("@id").GetString());
        var close = bridge.GetProperty("skos:closeMatch").EnumerateArray().Select(e => e.GetProperty("@id").GetString()).ToArray();
        Assert.Contains("https://modomain.org/vocab/social-security-functions/hinge", close);
        Assert.Contains("https://modomain.org/vocab/cooperation-roles/door-opener", close);

        var statement = graph.First(n => n.GetProperty("@type").GetString() == "rdf:Statement");
        Assert.Equal("MoDomain (interpretive)", statement.GetProperty("dct:source").GetString());
        Assert.Contains("Brückenfunktion", json, StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"@context\": {\n    \"skos\": ", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Broader_and_narrow_matches_are_written_from_the_scheme_side()
    {
        var label = new LocalizedText("L", "L");
        var scheme = new ConceptScheme("s", label, SourceKeys.Model,
            [new Concept("top", label, "d", SourceKeys.Model), new Concept("child", label, "d", SourceKeys.Model, "top")]);
        var mapping = new ConceptMapping("other", "x", MappingRelation.BroadMatch, "s", "child", "r", SourceKeys.Interpretive);
        string json = SkosJsonLd.Write(scheme, [mapping, new ConceptMapping("a", "b", MappingRelation.CloseMatch, "c", "d", "r", SourceKeys.Model)]);
        using var doc = JsonDocument.Parse(json);
        var child = doc.RootElement.GetProperty("@graph")[2];
        Assert.Equal("https://modomain.org/vocab/s/top", child.GetProperty("skos:broader").GetProperty("@id").GetString());
        Assert.False(child.TryGetProperty("skos:topConceptOf", out _));
        Assert.Equal("https://modomain.org/vocab/other/x", child.GetProperty("skos:narrowMatch")[0].GetProperty("@id").GetString());
        Assert.Equal(1, doc.RootElement.GetProperty("@graph")[0].GetProperty("skos:hasTopConcept").GetArrayLength());
        Assert.Equal([mapping], SkosJsonLd.Read(json).Mappings);
    }

    [Fact]
    public void Write_rejects_mappings_to_concepts_the_scheme_does_not_hold()
    {
        var bad = new ConceptMapping("cooperation-roles", "door-openr", MappingRelation.CloseMatch, "x", "y", "r", SourceKeys.Interpretive);
        var ex = Assert.Throws<ArgumentException>(() => SkosJsonLd.Write(CooperationVocabulary.Roles.Scheme, [bad]));
        Assert.Contains("did you mean 'door-opener'?", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => SkosJsonLd.Write(null!));
        Assert.Throws<ArgumentNullException>(() => SkosJsonLd.Write(CooperationVocabulary.Roles.Scheme, (Crosswalk)null!));
        Assert.Throws<ArgumentNullException>(() => SkosJsonLd.Read((string)null!));
        Assert.Equal("https://modomain.org/vocab/cooperation-roles/expert", SkosJsonLd.ConceptIri("cooperation-roles", "expert"));
        Assert.Throws<ArgumentException>(() => SkosJsonLd.SchemeIri("Not/An/Id"));
    }

    public static IEnumerable<object[]> Corruptions() =>
    [
        ["trailing comma", (Func<string, string>)(j => j.Replace("\"skos:ConceptScheme\",", "\"skos:ConceptScheme\",,", StringComparison.Ordinal)), "$.@graph[0]"],
        ["not json", (Func<string, string>)(_ => "not json"), "$"],
        ["unknown property", (Func<string, string>)(j => j.Replace("\"dct:source\": \"Qualitätszirkel 2023\",\n      \"skos:hasTopConcept\"", "\"dct:source\": \"Qualitätszirkel 2023\",\n      \"extra\": 1,\n      \"skos:hasTopConcept\"", StringComparison.Ordinal)), "$.@graph[0].extra"],
        ["repeated property", (Func<string, string>)(j => j.Replace("\"@type\": \"skos:ConceptScheme\",", "\"@type\": \"skos:ConceptScheme\",\n      \"@type\": \"skos:ConceptScheme\",", StringComparison.Ordinal)), "$.@graph[0].@type"],
        ["other context", (Func<string, string>)(j => j.Replace("http://purl.org/dc/terms/", "http://purl.org/dc/elements/1.1/", StringComparison.Ordinal)), "$.@context.dct"],
        ["missing label", (Func<string, string>)(j => j.Replace("{\n          \"@language\": \"de\",\n          \"@value\": \"Expertinnen\"\n        },\n", string.Empty, StringComparison.Ordinal)), "$.@graph[2].skos:prefLabel"],
        ["foreign concept iri", (Func<string, string>)(j => j.Replace("\"@id\": \"https://modomain.org/vocab/cooperation-roles/expert\"", "\"@id\": \"https://example.org/expert\"", StringComparison.Ordinal)), "$.@graph[2].@id"],
        ["wrong scheme", (Func<string, string>)(j => j.Replace("\"@id\": \"https://modomain.org/vocab/cooperation-roles/expert\"", "\"@id\": \"https://modomain.org/vocab/other/expert\"", StringComparison.Ordinal)), "$.@graph[2].@id"],
        ["blank definition", (Func<string, string>)(j => System.Text.RegularExpressions.Regex.Replace(j, "(\"skos:definition\": \\{\\n\\s*\"@language\": \"en\",\\n\\s*\"@value\": )\"[^\"]*\"", "$1\" \"")), "$.@graph[1].skos:definition.@value"],
        ["unknown predicate", (Func<string, string>)(j => j.Replace("\"@id\": \"skos:closeMatch\"", "\"@id\": \"skos:sameAs\"", StringComparison.Ordinal)), ".rdf:predicate.@id"],
        ["mapping property out of sync", (Func<string, string>)(j => j.Replace("\"skos:closeMatch\": [", "\"skos:relatedMatch\": [", StringComparison.Ordinal)), "$.@graph[1]"],
        ["top concept list out of sync", (Func<string, string>)(j => j.Replace("\"skos:hasTopConcept\": [", "\"skos:hasTopConcept\": [\n        {\n          \"@id\": \"https://modomain.org/vocab/cooperation-roles/expert\"\n        },", StringComparison.Ordinal)), "$.@graph[0].skos:hasTopConcept"],
        ["no scheme", (Func<string, string>)(j => j.Replace("\"skos:ConceptScheme\"", "\"skos:Collection\"", StringComparison.Ordinal)), "$.@graph[0].@type"],
        ["not an object", (Func<string, string>)(_ => "[]"), "$"],
    ];

    [Theory]
    [MemberData(nameof(Corruptions))]
    public void Malformed_documents_are_rejected_with_a_json_path(string what, Func<string, string> corrupt, string path)
    {
        string original = SkosJsonLd.Write(CooperationVocabulary.Roles.Scheme, Crosswalks.Default);
        string json = corrupt(original);
        Assert.NotEqual(original, json);
        var ex = Assert.Throws<JsonException>(() => SkosJsonLd.Read(json));
        Assert.NotNull(ex.Path);
        Assert.Contains(path, ex.Path, StringComparison.Ordinal);
        Assert.StartsWith(ex.Path + ": ", ex.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(what));
    }
}
