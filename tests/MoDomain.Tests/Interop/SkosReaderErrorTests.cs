using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using MoDomain.Interop;
using MoDomain.Vocabulary;
using static MoDomain.Tests.Support.SkosFixture;

namespace MoDomain.Tests.Interop;

/// <summary>
/// Every error branch of <see cref="SkosJsonLd.Read"/>: the exception names the exact JSON path and says what is wrong
/// (the documented promise: "Reading is strict and all-or-nothing", path at the start of the message).
/// </summary>
public sealed class SkosReaderErrorTests
{
    private const string ConceptAllowed =
        "@id, @type, skos:prefLabel, skos:definition, skos:inScheme, skos:topConceptOf, skos:broader, dct:source, "
        + "skos:exactMatch, skos:closeMatch, skos:broadMatch, skos:narrowMatch, skos:relatedMatch";

    [Fact]
    public void The_fixture_round_trips()
    {
        var back = SkosJsonLd.Read(Node().ToJsonString());
        SkosAssert.SameScheme(Scheme(), back.Scheme);
        Assert.Equal([Forward, Backward], back.Mappings);
    }

    [Fact]
    public void The_root_must_be_an_object()
    {
        var ex = Assert.Throws<JsonException>(() => SkosJsonLd.Read("[]"));
        Assert.Equal("$", ex.Path);
        Assert.Equal("$: expected the document as a JSON object.", ex.Message);
    }

    [Fact]
    public void The_root_allows_only_context_and_graph()
    {
        var root = Node();
        root["extra"] = 1;
        Refused(root, "$.extra", "the property 'extra' is not allowed in the document; allowed: @context, @graph.");
    }

    [Fact]
    public void The_context_is_required()
    {
        var root = Node();
        root.Remove("@context");
        Refused(root, "$.@context", "the required property '@context' is missing.");
    }

    [Fact]
    public void The_context_must_be_an_object()
    {
        var root = Node();
        root["@context"] = "skos";
        Refused(root, "$.@context", "expected @context as a JSON object.");
    }

    [Fact]
    public void The_context_allows_only_the_four_prefixes()
    {
        var root = Node();
        root["@context"]!["owl"] = "http://www.w3.org/2002/07/owl#";
        Refused(root, "$.@context.owl", "the property 'owl' is not allowed in @context; allowed: skos, dct, rdf, rdfs.");
    }

    [Theory]
    [InlineData("skos", "http://www.w3.org/2004/02/skos/core#")]
    [InlineData("dct", "http://purl.org/dc/terms/")]
    [InlineData("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")]
    [InlineData("rdfs", "http://www.w3.org/2000/01/rdf-schema#")]
    public void Every_prefix_must_have_its_iri(string prefix, string iri)
    {
        var root = Node();
        root["@context"]![prefix] = iri + "x";
        Refused(root, "$.@context." + prefix, $"the prefix '{prefix}' must be \"{iri}\".");
        root["@context"]![prefix] = 7;
        Refused(root, "$.@context." + prefix, $"the prefix '{prefix}' must be \"{iri}\".");
        root["@context"]!.AsObject().Remove(prefix);
        Refused(root, "$.@context." + prefix, $"the required property '{prefix}' is missing.");
    }

    [Fact]
    public void The_graph_is_required_and_must_be_an_array()
    {
        var root = Node();
        root.Remove("@graph");
        Refused(root, "$.@graph", "the required property '@graph' is missing.");
        root["@graph"] = new JsonObject();
        Refused(root, "$.@graph", "@graph must be an array of nodes.");
    }

    [Fact]
    public void Every_node_must_be_an_object_with_a_type_string()
    {
        var root = Node();
        Graph(root)[1] = 5;
        Refused(root, "$.@graph[1]", "expected a node object.");

        root = Node();
        At(root, 1).Remove("@type");
        Refused(root, "$.@graph[1].@type", "every node needs an @type string.");

        root = Node();
        At(root, 2)["@type"] = 5;
        Refused(root, "$.@graph[2].@type", "every node needs an @type string.");
    }

    [Fact]
    public void Unknown_node_types_are_named_with_their_index()
    {
        var root = Node();
        At(root, 2)["@type"] = "skos:Collection";
        Refused(root, "$.@graph[2].@type", "'skos:Collection' is not a node type of the export; expected skos:ConceptScheme, skos:Concept or rdf:Statement.");
    }

    [Fact]
    public void Exactly_one_scheme_node()
    {
        var root = Node();
        Graph(root).Add(At(root, 0).DeepClone());
        Refused(root, "$.@graph[6]", "the document describes more than one skos:ConceptScheme.");

        root = Node();
        Graph(root).RemoveAt(0);
        Refused(root, "$.@graph", "the document has no skos:ConceptScheme node.");
    }

    [Fact]
    public void The_scheme_node_allows_only_its_properties()
    {
        var root = Node();
        At(root, 0)["extra"] = 1;
        Refused(root, "$.@graph[0].extra", "the property 'extra' is not allowed in the skos:ConceptScheme node; allowed: @id, @type, skos:prefLabel, dct:source, skos:hasTopConcept.");
    }

    [Theory]
    [InlineData("https://example.com/vocabs/s")] // as long as the base IRI, with a valid id after it
    [InlineData("https://modomain.org/vocab/Not-Kebab")]
    [InlineData("https://modomain.org/vocab/")]
    [InlineData("s")]
    public void The_scheme_iri_must_be_under_the_base(string iri)
    {
        var root = Node();
        At(root, 0)["@id"] = iri;
        Refused(root, "$.@graph[0].@id", $"'{iri}' is not a scheme IRI of the form https://modomain.org/vocab/{{scheme}}.");
    }

    [Fact]
    public void The_scheme_iri_must_be_a_string()
    {
        var root = Node();
        At(root, 0)["@id"] = 3;
        Refused(root, "$.@graph[0].@id", "expected a string but found Number.");
    }

    [Fact]
    public void The_scheme_needs_its_required_properties()
    {
        foreach (string name in new[] { "@id", "skos:prefLabel", "dct:source", "skos:hasTopConcept" })
        {
            var root = Node();
            At(root, 0).Remove(name);
            Refused(root, "$.@graph[0]." + name, $"the required property '{name}' is missing.");
        }
    }

    [Fact]
    public void Top_concepts_must_be_an_array_of_references()
    {
        var root = Node();
        At(root, 0)["skos:hasTopConcept"] = Ref(Base + "s/top");
        Refused(root, "$.@graph[0].skos:hasTopConcept", "expected an array of references.");

        root = Node();
        At(root, 0)["skos:hasTopConcept"]![1] = "https://modomain.org/vocab/s/second";
        Refused(root, "$.@graph[0].skos:hasTopConcept[1]", "expected a reference as a JSON object.");

        root = Node();
        At(root, 0)["skos:hasTopConcept"]![1]!["x"] = 1;
        Refused(root, "$.@graph[0].skos:hasTopConcept[1].x", "the property 'x' is not allowed in a reference; allowed: @id.");
    }

    [Fact]
    public void Top_concepts_must_be_listed_in_document_order()
    {
        var root = Node();
        var tops = At(root, 0)["skos:hasTopConcept"]!.AsArray();
        var first = tops[0]!.DeepClone();
        tops[0] = tops[1]!.DeepClone();
        tops[1] = first;
        Refused(root, "$.@graph[0].skos:hasTopConcept", "must list the concepts without skos:broader, in document order.");

        root = Node();
        At(root, 0)["skos:hasTopConcept"]!.AsArray().RemoveAt(1);
        Refused(root, "$.@graph[0].skos:hasTopConcept", "must list the concepts without skos:broader, in document order.");
    }

    [Fact]
    public void Labels_must_be_an_array()
    {
        var root = Node();
        At(root, 0)["skos:prefLabel"] = Text("de", "Schema");
        Refused(root, "$.@graph[0].skos:prefLabel", "expected an array with one @de and one @en label.");
    }

    [Fact]
    public void A_repeated_language_is_named_with_its_index()
    {
        var root = Node();
        At(root, 1)["skos:prefLabel"] = new JsonArray(Text("de", "Oben"), Text("de", "Nochmal"), Text("en", "Top"));
        Refused(root, "$.@graph[1].skos:prefLabel[1].@language", "unexpected or repeated language 'de'; expected one label in \"de\" and one in \"en\".");

        root = Node();
        At(root, 1)["skos:prefLabel"] = new JsonArray(Text("en", "Top"), Text("de", "Oben"), Text("en", "Again"));
        Refused(root, "$.@graph[1].skos:prefLabel[2].@language", "unexpected or repeated language 'en'; expected one label in \"de\" and one in \"en\".");
    }

    [Fact]
    public void An_unknown_language_is_refused_even_before_both_labels_are_seen()
    {
        var root = Node();
        At(root, 1)["skos:prefLabel"] = new JsonArray(Text("fr", "Haut"), Text("de", "Oben"), Text("en", "Top"));
        Refused(root, "$.@graph[1].skos:prefLabel[0].@language", "unexpected or repeated language 'fr'; expected one label in \"de\" and one in \"en\".");
    }

    [Fact]
    public void Labels_need_both_languages()
    {
        var root = Node();
        At(root, 0)["skos:prefLabel"] = new JsonArray(Text("de", "Schema"));
        Refused(root, "$.@graph[0].skos:prefLabel", "expected one label in \"de\" and one in \"en\".");
        At(root, 0)["skos:prefLabel"] = new JsonArray(Text("en", "Scheme"));
        Refused(root, "$.@graph[0].skos:prefLabel", "expected one label in \"de\" and one in \"en\".");
    }

    [Fact]
    public void Labels_are_read_by_language_not_by_position()
    {
        var root = Node();
        At(root, 1)["skos:prefLabel"] = new JsonArray(Text("en", "Top"), Text("de", "Oben"));
        var back = SkosJsonLd.Read(root.ToJsonString());
        Assert.Equal(new LocalizedText("Top", "Oben"), back.Scheme["top"].Label);
    }

    [Fact]
    public void Language_tagged_texts_are_strict()
    {
        var root = Node();
        At(root, 1)["skos:prefLabel"]![0]!["x"] = 1;
        Refused(root, "$.@graph[1].skos:prefLabel[0].x", "the property 'x' is not allowed in a language-tagged text; allowed: @language, @value.");

        root = Node();
        At(root, 1)["skos:prefLabel"]![0] = "Oben";
        Refused(root, "$.@graph[1].skos:prefLabel[0]", "expected a language-tagged text as a JSON object.");

        root = Node();
        At(root, 1)["skos:prefLabel"]![0]!["@value"] = " ";
        Refused(root, "$.@graph[1].skos:prefLabel[0].@value", "the text must not be empty or white space.");

        root = Node();
        At(root, 1)["skos:prefLabel"]![0]!["@value"] = 1;
        Refused(root, "$.@graph[1].skos:prefLabel[0].@value", "expected a string but found Number.");

        root = Node();
        At(root, 1)["skos:prefLabel"]![0]!.AsObject().Remove("@language");
        Refused(root, "$.@graph[1].skos:prefLabel[0].@language", "the required property '@language' is missing.");
    }

    [Fact]
    public void A_definition_must_be_english()
    {
        var root = Node();
        At(root, 1)["skos:definition"] = Text("de", "Der oberste Begriff.");
        Refused(root, "$.@graph[1].skos:definition.@language", "expected \"en\" but was \"de\".");
    }

    [Fact]
    public void The_concept_node_allows_only_its_properties()
    {
        var root = Node();
        At(root, 1)["extra"] = 1;
        Refused(root, "$.@graph[1].extra", $"the property 'extra' is not allowed in a skos:Concept node; allowed: {ConceptAllowed}.");
    }

    [Fact]
    public void A_concept_node_must_be_an_object_with_its_required_properties()
    {
        foreach (string name in new[] { "@id", "skos:prefLabel", "skos:definition", "skos:inScheme", "dct:source" })
        {
            var root = Node();
            At(root, 3).Remove(name);
            Refused(root, "$.@graph[3]." + name, $"the required property '{name}' is missing.");
        }
    }

    [Fact]
    public void A_concept_must_be_in_the_scheme()
    {
        var root = Node();
        At(root, 1)["skos:inScheme"] = Ref(Base + "t");
        Refused(root, "$.@graph[1].skos:inScheme.@id", "expected \"https://modomain.org/vocab/s\" but was \"https://modomain.org/vocab/t\".");

        root = Node();
        At(root, 1)["skos:topConceptOf"] = Ref(Base + "t");
        Refused(root, "$.@graph[1].skos:topConceptOf.@id", "expected \"https://modomain.org/vocab/s\" but was \"https://modomain.org/vocab/t\".");
    }

    [Fact]
    public void A_concept_has_exactly_one_of_top_concept_of_and_broader()
    {
        var root = Node();
        At(root, 1)["skos:broader"] = Ref(Base + "s/second");
        Refused(root, "$.@graph[1]", "a concept has either skos:topConceptOf or skos:broader, exactly one of them.");

        root = Node();
        At(root, 2).Remove("skos:broader");
        Refused(root, "$.@graph[2]", "a concept has either skos:topConceptOf or skos:broader, exactly one of them.");
    }

    [Fact]
    public void Concept_iris_belong_to_the_scheme()
    {
        var root = Node();
        At(root, 1)["@id"] = Base + "t/top";
        Refused(root, "$.@graph[1].@id", "'https://modomain.org/vocab/t/top' is not a concept of the scheme 's'.");

        root = Node();
        At(root, 2)["skos:broader"] = Ref(Base + "t/top");
        Refused(root, "$.@graph[2].skos:broader.@id", "'https://modomain.org/vocab/t/top' is not a concept of the scheme 's'.");
    }

    [Theory]
    [InlineData("https://modomain.org/vocab/top")] // no slash
    [InlineData("https://modomain.org/vocab//top")] // empty scheme
    [InlineData("https://modomain.org/vocab/S/top")] // invalid scheme id
    [InlineData("https://modomain.org/vocab/s/Top")] // invalid concept id
    [InlineData("https://modomain.org/vocab/s/")] // empty concept id
    [InlineData("https://example.org/vocab/s/top")] // other base
    public void Concept_iris_have_the_documented_form(string iri)
    {
        var root = Node();
        At(root, 1)["@id"] = iri;
        Refused(root, "$.@graph[1].@id", $"'{iri}' is not a concept IRI of the form https://modomain.org/vocab/{{scheme}}/{{concept}}.");
    }

    [Fact]
    public void A_broader_concept_must_be_described()
    {
        var root = Node();
        At(root, 2)["skos:broader"] = Ref(Base + "s/missing");
        Refused(root, "$.@graph[2].skos:broader", "the broader concept 'missing' is not described in the document.");
    }

    [Fact]
    public void A_concept_cannot_be_its_own_broader_concept()
    {
        var root = Node();
        At(root, 2)["skos:broader"] = Ref(Base + "s/child");
        RefusedStartingWith(root, "$.@graph[2]", "Concept 'child' cannot be broader than itself.");
    }

    [Fact]
    public void A_concept_is_described_once()
    {
        var root = Node();
        var copy = At(root, 2).DeepClone();
        Graph(root).Insert(3, copy);
        Refused(root, "$.@graph[3].@id", "the concept 'child' is described more than once.");
    }

    [Fact]
    public void Mapping_properties_of_a_concept_are_arrays_of_references()
    {
        var root = Node();
        At(root, 1)["skos:exactMatch"] = Ref(Base + "other/a");
        Refused(root, "$.@graph[1].skos:exactMatch", "expected an array of references.");

        root = Node();
        At(root, 1)["skos:exactMatch"]!.AsArray().Add(5);
        Refused(root, "$.@graph[1].skos:exactMatch[1]", "expected a reference as a JSON object.");
    }

    [Fact]
    public void Mapping_properties_must_agree_with_the_statements()
    {
        var root = Node();
        At(root, 1).Remove("skos:exactMatch");
        Refused(root, "$.@graph[1]", "the mapping properties of concept 'top' do not match the document's rdf:Statement nodes.");

        root = Node();
        At(root, 3)["skos:relatedMatch"] = new JsonArray(Ref(Base + "other/z"));
        Refused(root, "$.@graph[3]", "the mapping properties of concept 'second' do not match the document's rdf:Statement nodes.");

        root = Node();
        At(root, 2)["skos:narrowMatch"]![0] = Ref(Base + "other/c");
        Refused(root, "$.@graph[2]", "the mapping properties of concept 'child' do not match the document's rdf:Statement nodes.");
    }

    [Fact]
    public void The_statement_node_allows_only_its_properties()
    {
        var root = Node();
        At(root, 4)["extra"] = 1;
        Refused(root, "$.@graph[4].extra", "the property 'extra' is not allowed in an rdf:Statement node; allowed: @type, rdf:subject, rdf:predicate, rdf:object, rdfs:comment, dct:source.");
    }

    [Fact]
    public void A_statement_needs_its_required_properties()
    {
        foreach (string name in new[] { "rdf:subject", "rdf:predicate", "rdf:object", "rdfs:comment", "dct:source" })
        {
            var root = Node();
            At(root, 5).Remove(name);
            Refused(root, "$.@graph[5]." + name, $"the required property '{name}' is missing.");
        }
    }

    [Fact]
    public void Statement_subject_and_object_are_concept_iris()
    {
        var root = Node();
        At(root, 4)["rdf:subject"] = Ref("https://example.org/x");
        Refused(root, "$.@graph[4].rdf:subject.@id", "'https://example.org/x' is not a concept IRI of the form https://modomain.org/vocab/{scheme}/{concept}.");

        root = Node();
        At(root, 4)["rdf:object"] = Ref("https://example.org/y");
        Refused(root, "$.@graph[4].rdf:object.@id", "'https://example.org/y' is not a concept IRI of the form https://modomain.org/vocab/{scheme}/{concept}.");
    }

    [Fact]
    public void Statement_predicates_are_skos_mapping_properties()
    {
        var root = Node();
        At(root, 4)["rdf:predicate"] = Ref("skos:sameAs");
        Refused(root, "$.@graph[4].rdf:predicate.@id", "'skos:sameAs' is not a SKOS mapping property (skos:exactMatch, skos:closeMatch, skos:broadMatch, skos:narrowMatch, skos:relatedMatch).");
    }

    [Fact]
    public void A_statement_must_involve_the_scheme()
    {
        var root = Node();
        At(root, 4)["rdf:subject"] = Ref(Base + "y/c");
        Refused(root, "$.@graph[4]", "the statement does not involve the scheme 's'.");
    }

    [Fact]
    public void A_statement_that_is_no_valid_mapping_is_refused_at_its_node()
    {
        var root = Node();
        At(root, 4)["rdfs:comment"] = Text("en", "Two\nlines.");
        RefusedStartingWith(root, "$.@graph[4]", "The rationale must be a single line.");

        root = Node();
        At(root, 4)["rdfs:comment"] = Text("de", "Gleich.");
        Refused(root, "$.@graph[4].rdfs:comment.@language", "expected \"en\" but was \"de\".");
    }

    [Fact]
    public void A_statement_about_an_unknown_concept_names_the_mapping()
    {
        var root = Node();
        var extra = At(root, 4).DeepClone().AsObject();
        extra["rdf:subject"] = Ref(Base + "s/tops");
        Graph(root).Add(extra);
        var mapping = new ConceptMapping("s", "tops", MappingRelation.ExactMatch, "other", "a", "Same meaning.", SourceKeys.Model);
        Refused(root, "$.@graph", $"mapping '{mapping}': {Scheme().UnknownIdMessage("tops")}");
        Assert.Contains("did you mean 'top'?", Scheme().UnknownIdMessage("tops"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Statements_seen_from_the_target_side_are_read_back()
    {
        // The backward statement names s/child as its object; the reader keeps it as stored.
        var back = SkosJsonLd.Read(SkosFixture.Json());
        Assert.Equal(Backward, back.Mappings[1]);
        Assert.Equal(["top", "child", "second"], back.Scheme.Concepts.Select(c => c.Id));
        Assert.Equal("top", back.Scheme["child"].Broader);
    }
}
