using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using MoDomain.Vocabulary;

namespace MoDomain.Interop;

/// <summary>The strict reader behind <see cref="SkosJsonLd.Read(string)"/>: every error is a <see cref="JsonException"/> with a JSON path.</summary>
internal static class SkosJsonLdReader
{
    private static readonly string[] RootProperties = ["@context", "@graph"];
    private static readonly string[] SchemeProperties = ["@id", "@type", "skos:prefLabel", "dct:source", "skos:hasTopConcept"];
    private static readonly string[] ConceptProperties =
    [
        "@id", "@type", "skos:prefLabel", "skos:definition", "skos:inScheme", "skos:topConceptOf", "skos:broader", "dct:source",
        "skos:exactMatch", "skos:closeMatch", "skos:broadMatch", "skos:narrowMatch", "skos:relatedMatch",
    ];

    private static readonly string[] StatementProperties = ["@type", "rdf:subject", "rdf:predicate", "rdf:object", "rdfs:comment", "dct:source"];
    private static readonly string[] TextProperties = ["@language", "@value"];
    private static readonly string[] ReferenceProperties = ["@id"];

    private static readonly (string Prefix, string Iri)[] Context =
    [
        ("skos", SkosJsonLd.Skos), ("dct", SkosJsonLd.Dct), ("rdf", SkosJsonLd.Rdf), ("rdfs", SkosJsonLd.Rdfs),
    ];

    internal static SkosDocument Read(ReadOnlyMemory<byte> utf8)
    {
        DuplicatePropertyCheck.Check(utf8.Span);
        using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = 64, CommentHandling = JsonCommentHandling.Disallow });
        var root = Object(document.RootElement, "$", "the document", RootProperties);
        ReadContext(Required(root, "@context", "$"), "$.@context");
        var graph = Required(root, "@graph", "$");
        if (graph.Value.ValueKind != JsonValueKind.Array)
        {
            throw JsonErrors.At(graph.Path, "@graph must be an array of nodes.");
        }

        // Pass 1: the scheme node.
        int index = 0;
        (string Id, LocalizedText Label, string Source, List<(string Iri, string Path)> Tops, string Path)? scheme = null;
        foreach (var node in graph.Value.EnumerateArray())
        {
            string path = Item(graph.Path, index++);
            string type = TypeOf(node, path);
            if (type is not ("skos:ConceptScheme" or "skos:Concept" or "rdf:Statement"))
            {
                throw JsonErrors.At(path + ".@type", $"'{type}' is not a node type of the export; expected skos:ConceptScheme, skos:Concept or rdf:Statement.");
            }
            if (type == "skos:ConceptScheme")
            {
                if (scheme is not null)
                {
                    throw JsonErrors.At(path, "the document describes more than one skos:ConceptScheme.");
                }
                scheme = ReadScheme(node, path);
            }
        }
        if (scheme is null)
        {
            throw JsonErrors.At(graph.Path, "the document has no skos:ConceptScheme node.");
        }
        string schemeId = scheme.Value.Id;
        string schemeIri = SkosJsonLd.SchemeIri(schemeId);

        // Pass 2: concepts and statements, in document order.
        var concepts = new List<Concept>();
        var conceptPaths = new Dictionary<string, string>(StringComparer.Ordinal);
        var broaderPaths = new List<(string Broader, string Path)>();
        var declaredMatches = new List<(string ConceptId, List<(MappingRelation, string)> Matches, string Path)>();
        var mappings = ImmutableArray.CreateBuilder<ConceptMapping>();
        index = 0;
        foreach (var node in graph.Value.EnumerateArray())
        {
            string path = Item(graph.Path, index++);
            string type = TypeOf(node, path);
            if (type == "skos:Concept")
            {
                var (concept, matches) = ReadConcept(node, path, schemeId, schemeIri, broaderPaths);
                if (!conceptPaths.TryAdd(concept.Id, path))
                {
                    throw JsonErrors.At(path + ".@id", $"the concept '{concept.Id}' is described more than once.");
                }
                concepts.Add(concept);
                declaredMatches.Add((concept.Id, matches, path));
            }
            else if (type == "rdf:Statement")
            {
                mappings.Add(ReadStatement(node, path, schemeId));
            }
        }

        foreach (var (broader, path) in broaderPaths)
        {
            if (!conceptPaths.ContainsKey(broader))
            {
                throw JsonErrors.At(path, $"the broader concept '{broader}' is not described in the document.");
            }
        }
        ConceptScheme result;
        try
        {
            result = new ConceptScheme(schemeId, scheme.Value.Label, scheme.Value.Source, concepts);
        }
        catch (ArgumentException ex)
        {
            throw JsonErrors.At(graph.Path, ex.Message);
        }

        CheckTopConcepts(result, scheme.Value.Tops, scheme.Value.Path);
        var all = mappings.ToImmutable();
        var outgoing = SkosJsonLd.OutgoingIndex(schemeId, all);
        foreach (var (id, matches, path) in declaredMatches)
        {
            if (!result.Contains(id))
            {
                continue;
            }
            var expected = SkosJsonLd.OutgoingOf(outgoing, id);
            if (!expected.SequenceEqual(matches))
            {
                throw JsonErrors.At(path, $"the mapping properties of concept '{id}' do not match the document's rdf:Statement nodes.");
            }
        }
        foreach (var mapping in all)
        {
            string conceptId = string.Equals(mapping.SourceScheme, schemeId, StringComparison.Ordinal) ? mapping.SourceConcept : mapping.TargetConcept;
            if (!result.Contains(conceptId))
            {
                throw JsonErrors.At(graph.Path, $"mapping '{mapping}': {result.UnknownIdMessage(conceptId)}");
            }
        }
        return new SkosDocument(result, all);
    }

    private static void ReadContext((JsonElement Value, string Path) context, string path)
    {
        var props = Object(context.Value, path, "@context", Array.ConvertAll(Context, c => c.Prefix));
        foreach (var (prefix, iri) in Context)
        {
            var value = Required(props, prefix, path);
            if (value.Value.ValueKind != JsonValueKind.String || !string.Equals(value.Value.GetString(), iri, StringComparison.Ordinal))
            {
                throw JsonErrors.At(value.Path, $"the prefix '{prefix}' must be \"{iri}\".");
            }
        }
    }

    private static (string Id, LocalizedText Label, string Source, List<(string Iri, string Path)> Tops, string Path) ReadScheme(JsonElement node, string path)
    {
        var props = Object(node, path, "the skos:ConceptScheme node", SchemeProperties);
        var idValue = Required(props, "@id", path);
        string iri = String(idValue);
        string id = iri.StartsWith(SkosJsonLd.BaseIri, StringComparison.Ordinal) ? iri[SkosJsonLd.BaseIri.Length..] : string.Empty;
        if (!ConceptIds.IsValid(id))
        {
            throw JsonErrors.At(idValue.Path, $"'{iri}' is not a scheme IRI of the form {SkosJsonLd.BaseIri}{{scheme}}.");
        }
        var label = Labels(Required(props, "skos:prefLabel", path));
        string source = NonBlank(Required(props, "dct:source", path));
        var topsValue = Required(props, "skos:hasTopConcept", path);
        if (topsValue.Value.ValueKind != JsonValueKind.Array)
        {
            throw JsonErrors.At(topsValue.Path, "expected an array of references.");
        }
        var tops = new List<(string, string)>();
        int i = 0;
        foreach (var item in topsValue.Value.EnumerateArray())
        {
            string itemPath = Item(topsValue.Path, i++);
            tops.Add((Reference((item, itemPath)), itemPath));
        }
        return (id, label, source, tops, path);
    }

    private static (Concept Concept, List<(MappingRelation, string)> Matches) ReadConcept(
        JsonElement node, string path, string schemeId, string schemeIri, List<(string, string)> broaderPaths)
    {
        var props = Object(node, path, "a skos:Concept node", ConceptProperties);
        var idValue = Required(props, "@id", path);
        string id = ConceptIdIn(String(idValue), schemeId, idValue.Path);
        var label = Labels(Required(props, "skos:prefLabel", path));
        string description = Text(Required(props, "skos:definition", path), "en");
        var inScheme = Required(props, "skos:inScheme", path);
        ExpectIri(inScheme, schemeIri);
        string? broader = null;
        bool hasTop = props.TryGetValue("skos:topConceptOf", out var top);
        bool hasBroader = props.TryGetValue("skos:broader", out var broaderValue);
        if (hasTop == hasBroader)
        {
            throw JsonErrors.At(path, "a concept has either skos:topConceptOf or skos:broader, exactly one of them.");
        }
        if (hasTop)
        {
            ExpectIri(top, schemeIri);
        }
        else
        {
            broader = ConceptIdIn(Reference(broaderValue), schemeId, broaderValue.Path + ".@id");
            broaderPaths.Add((broader, broaderValue.Path));
        }
        string source = NonBlank(Required(props, "dct:source", path));
        var matches = new List<(MappingRelation, string)>();
        foreach (var relation in Enum.GetValues<MappingRelation>())
        {
            if (props.TryGetValue(MappingRelations.SkosProperty(relation), out var list))
            {
                if (list.Value.ValueKind != JsonValueKind.Array)
                {
                    throw JsonErrors.At(list.Path, "expected an array of references.");
                }
                int i = 0;
                foreach (var item in list.Value.EnumerateArray())
                {
                    matches.Add((relation, Reference((item, Item(list.Path, i++)))));
                }
            }
        }
        try
        {
            return (new Concept(id, label, description, source, broader), matches);
        }
        catch (ArgumentException ex)
        {
            throw JsonErrors.At(path, ex.Message);
        }
    }

    private static ConceptMapping ReadStatement(JsonElement node, string path, string schemeId)
    {
        var props = Object(node, path, "an rdf:Statement node", StatementProperties);
        var subjectValue = Required(props, "rdf:subject", path);
        var (subjectScheme, subjectConcept) = ConceptIri(Reference(subjectValue), subjectValue.Path + ".@id");
        var predicateValue = Required(props, "rdf:predicate", path);
        string predicate = Reference(predicateValue);
        MappingRelation? relation = null;
        foreach (var candidate in Enum.GetValues<MappingRelation>())
        {
            if (string.Equals(MappingRelations.SkosProperty(candidate), predicate, StringComparison.Ordinal))
            {
                relation = candidate;
            }
        }
        if (relation is null)
        {
            throw JsonErrors.At(predicateValue.Path + ".@id", $"'{predicate}' is not a SKOS mapping property (skos:exactMatch, skos:closeMatch, skos:broadMatch, skos:narrowMatch, skos:relatedMatch).");
        }
        var objectValue = Required(props, "rdf:object", path);
        var (objectScheme, objectConcept) = ConceptIri(Reference(objectValue), objectValue.Path + ".@id");
        string rationale = Text(Required(props, "rdfs:comment", path), "en");
        string source = NonBlank(Required(props, "dct:source", path));
        if (!string.Equals(subjectScheme, schemeId, StringComparison.Ordinal) && !string.Equals(objectScheme, schemeId, StringComparison.Ordinal))
        {
            throw JsonErrors.At(path, $"the statement does not involve the scheme '{schemeId}'.");
        }
        try
        {
            return new ConceptMapping(subjectScheme, subjectConcept, relation.Value, objectScheme, objectConcept, rationale, source);
        }
        catch (ArgumentException ex)
        {
            throw JsonErrors.At(path, ex.Message);
        }
    }

    private static void CheckTopConcepts(ConceptScheme scheme, List<(string Iri, string Path)> tops, string path)
    {
        var expected = new List<string>();
        foreach (var concept in scheme.Concepts)
        {
            if (concept.Broader is null)
            {
                expected.Add(SkosJsonLd.ConceptIri(scheme.Id, concept.Id));
            }
        }
        bool same = expected.Count == tops.Count;
        for (int i = 0; same && i < tops.Count; i++)
        {
            same = string.Equals(expected[i], tops[i].Iri, StringComparison.Ordinal);
        }
        if (!same)
        {
            throw JsonErrors.At(path + ".skos:hasTopConcept", "must list the concepts without skos:broader, in document order.");
        }
    }

    private static string TypeOf(JsonElement node, string path)
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            throw JsonErrors.At(path, "expected a node object.");
        }
        if (!node.TryGetProperty("@type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            throw JsonErrors.At(path + ".@type", "every node needs an @type string.");
        }
        return type.GetString()!;
    }

    private static LocalizedText Labels((JsonElement Value, string Path) value)
    {
        if (value.Value.ValueKind != JsonValueKind.Array)
        {
            throw JsonErrors.At(value.Path, "expected an array with one @de and one @en label.");
        }
        string? german = null;
        string? english = null;
        int i = 0;
        foreach (var item in value.Value.EnumerateArray())
        {
            string itemPath = Item(value.Path, i++);
            var (language, text) = LanguageText((item, itemPath));
            if (language == "de" && german is null)
            {
                german = text;
            }
            else if (language == "en" && english is null)
            {
                english = text;
            }
            else
            {
                throw JsonErrors.At(itemPath + ".@language", $"unexpected or repeated language '{language}'; expected one label in \"de\" and one in \"en\".");
            }
        }
        if (german is null || english is null)
        {
            throw JsonErrors.At(value.Path, "expected one label in \"de\" and one in \"en\".");
        }
        return new LocalizedText(english, german);
    }

    private static string Text((JsonElement Value, string Path) value, string language)
    {
        var (actual, text) = LanguageText(value);
        if (actual != language)
        {
            throw JsonErrors.At(value.Path + ".@language", $"expected \"{language}\" but was \"{actual}\".");
        }
        return text;
    }

    private static (string Language, string Text) LanguageText((JsonElement Value, string Path) value)
    {
        var props = Object(value.Value, value.Path, "a language-tagged text", TextProperties);
        string language = String(Required(props, "@language", value.Path));
        string text = NonBlank(Required(props, "@value", value.Path));
        return (language, text);
    }

    private static string Reference((JsonElement Value, string Path) value)
    {
        var props = Object(value.Value, value.Path, "a reference", ReferenceProperties);
        return String(Required(props, "@id", value.Path));
    }

    private static void ExpectIri((JsonElement Value, string Path) value, string iri)
    {
        string actual = Reference(value);
        if (!string.Equals(actual, iri, StringComparison.Ordinal))
        {
            throw JsonErrors.At(value.Path + ".@id", $"expected \"{iri}\" but was \"{actual}\".");
        }
    }

    private static string ConceptIdIn(string iri, string schemeId, string path)
    {
        var (scheme, concept) = ConceptIri(iri, path);
        if (!string.Equals(scheme, schemeId, StringComparison.Ordinal))
        {
            throw JsonErrors.At(path, $"'{iri}' is not a concept of the scheme '{schemeId}'.");
        }
        return concept;
    }

    private static (string Scheme, string Concept) ConceptIri(string iri, string path)
    {
        if (iri.StartsWith(SkosJsonLd.BaseIri, StringComparison.Ordinal))
        {
            string rest = iri[SkosJsonLd.BaseIri.Length..];
            int slash = rest.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0 && ConceptIds.IsValid(rest[..slash]) && ConceptIds.IsValid(rest[(slash + 1)..]))
            {
                return (rest[..slash], rest[(slash + 1)..]);
            }
        }
        throw JsonErrors.At(path, $"'{iri}' is not a concept IRI of the form {SkosJsonLd.BaseIri}{{scheme}}/{{concept}}.");
    }

    private static Dictionary<string, (JsonElement Value, string Path)> Object(JsonElement element, string path, string what, string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw JsonErrors.At(path, $"expected {what} as a JSON object.");
        }
        var props = new Dictionary<string, (JsonElement, string)>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            string propertyPath = path + "." + property.Name;
            if (Array.IndexOf(allowed, property.Name) < 0)
            {
                throw JsonErrors.At(propertyPath, $"the property '{property.Name}' is not allowed in {what}; allowed: {string.Join(", ", allowed)}.");
            }
            props.Add(property.Name, (property.Value, propertyPath));
        }
        return props;
    }

    private static (JsonElement Value, string Path) Required(Dictionary<string, (JsonElement Value, string Path)> props, string name, string path) =>
        props.TryGetValue(name, out var value) ? value : throw JsonErrors.At(path + "." + name, $"the required property '{name}' is missing.");

    private static string String((JsonElement Value, string Path) value) =>
        value.Value.ValueKind == JsonValueKind.String ? value.Value.GetString()! : throw JsonErrors.At(value.Path, $"expected a string but found {value.Value.ValueKind}.");

    private static string NonBlank((JsonElement Value, string Path) value)
    {
        string text = String(value);
        return string.IsNullOrWhiteSpace(text) ? throw JsonErrors.At(value.Path, "the text must not be empty or white space.") : text;
    }

    private static string Item(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");
}
