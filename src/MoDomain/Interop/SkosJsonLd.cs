using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.Interop;

/// <summary>
/// Exports a <see cref="ConceptScheme"/> (optionally with <see cref="ConceptMapping"/>s) as SKOS in JSON-LD, and reads
/// such a document back. See docs/typologies.md for the format and an example.
/// </summary>
/// <remarks>
/// <para>IRIs are built from the fixed base <see cref="BaseIri"/>: the scheme is <c>https://modomain.org/vocab/{scheme}</c>
/// and each concept <c>https://modomain.org/vocab/{scheme}/{concept}</c> (ids are kebab-case, so they need no escaping).</para>
/// <para>The document is a compact JSON-LD object with an <c>@context</c> (prefixes <c>skos</c>, <c>dct</c>, <c>rdf</c>,
/// <c>rdfs</c>) and a <c>@graph</c>: first the <c>skos:ConceptScheme</c> node, then one <c>skos:Concept</c> node per
/// concept in scheme order, then one <c>rdf:Statement</c> node per mapping that carries the mapping's rationale
/// (<c>rdfs:comment</c>) and source key (<c>dct:source</c>). Each concept also carries its mappings directly as
/// <c>skos:exactMatch</c>, <c>skos:closeMatch</c>, <c>skos:broadMatch</c>, <c>skos:narrowMatch</c> or
/// <c>skos:relatedMatch</c> (a mapping stored towards the scheme is written from the scheme's side, with broad and
/// narrow swapped), so that plain SKOS tools see them.</para>
/// <para>Output is deterministic: the same input gives the same text, byte for byte, on every platform (UTF-8,
/// indented with two spaces, <c>\n</c> line breaks, German text unescaped).</para>
/// </remarks>
public static class SkosJsonLd
{
    /// <summary>The base of every IRI the export builds.</summary>
    public const string BaseIri = "https://modomain.org/vocab/";

    internal const string Skos = "http://www.w3.org/2004/02/skos/core#";
    internal const string Dct = "http://purl.org/dc/terms/";
    internal const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    internal const string Rdfs = "http://www.w3.org/2000/01/rdf-schema#";

    /// <summary>Returns the IRI of a scheme: <c>https://modomain.org/vocab/{scheme}</c>.</summary>
    /// <param name="schemeId">The scheme id.</param>
    /// <returns>The IRI.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schemeId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="schemeId"/> is not kebab-case.</exception>
    public static string SchemeIri(string schemeId) => BaseIri + ConceptIds.Check(schemeId);

    /// <summary>Returns the IRI of a concept: <c>https://modomain.org/vocab/{scheme}/{concept}</c>.</summary>
    /// <param name="schemeId">The scheme id.</param>
    /// <param name="conceptId">The concept id.</param>
    /// <returns>The IRI.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An id is not kebab-case.</exception>
    public static string ConceptIri(string schemeId, string conceptId) => SchemeIri(schemeId) + "/" + ConceptIds.Check(conceptId);

    /// <summary>Writes a scheme without mappings.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <returns>The JSON-LD text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is null.</exception>
    public static string Write(ConceptScheme scheme) => Write(scheme, []);

    /// <summary>Writes a scheme with the mappings of a crosswalk that involve it.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="crosswalk">The crosswalk.</param>
    /// <returns>The JSON-LD text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A mapping involving the scheme names a concept the scheme does not hold.</exception>
    public static string Write(ConceptScheme scheme, Crosswalk crosswalk) => Write(scheme, Guard.Against.Null(crosswalk).Mappings);

    /// <summary>
    /// Writes a scheme with the mappings that involve it (as source or target scheme); mappings between other schemes
    /// are left out.
    /// </summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="mappings">The mappings, in the order they should be listed.</param>
    /// <returns>The JSON-LD text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A mapping is null, or a mapping involving the scheme names a concept the
    /// scheme does not hold.</exception>
    public static string Write(ConceptScheme scheme, IEnumerable<ConceptMapping> mappings)
    {
        Guard.Against.Null(scheme);
        Guard.Against.NullElements(mappings);
        var own = Involving(scheme, mappings);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
#if NET9_0_OR_GREATER
            NewLine = "\n",
#endif
        }))
        {
            WriteDocument(writer, scheme, own);
        }
        string text = Encoding.UTF8.GetString(buffer.WrittenSpan);
        // Before .NET 9 the writer uses Environment.NewLine; line breaks inside strings are always escaped, so this is safe.
        return text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal) : text;
    }

    /// <summary>
    /// Reads a document written by <see cref="Write(ConceptScheme, IEnumerable{ConceptMapping})"/> back into a scheme
    /// and its mappings. Reading is strict and all-or-nothing.
    /// </summary>
    /// <param name="json">The JSON-LD text.</param>
    /// <returns>The scheme and mappings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not valid JSON, does not have the shape of the export (unknown or
    /// missing properties, a different <c>@context</c>, IRIs outside <see cref="BaseIri"/>), or describes an invalid
    /// scheme or mapping. <see cref="JsonException.Path"/> and the start of the message give the JSON path.</exception>
    public static SkosDocument Read(string json) => JsonInput.Read(json, SkosJsonLdReader.Read);

    /// <summary>Reads a SKOS JSON-LD export (see <see cref="Read(string)"/>) from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream; read to its end (at most <see cref="JsonReadLimits.DefaultMaxBytes"/> bytes), not closed.</param>
    /// <returns>The scheme and mappings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The content is not UTF-8, larger than the limit, or not a valid export; the
    /// message, <see cref="JsonException.Path"/>, <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> say where.</exception>
    /// <exception cref="System.IO.IOException">The stream cannot be read.</exception>
    public static SkosDocument Read(System.IO.Stream utf8Json) => JsonInput.Read(utf8Json, null, SkosJsonLdReader.Read);

    /// <summary>Within a given size limit, reads a SKOS JSON-LD export (see <see cref="Read(string)"/>) from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream; read to its end (at most the size limit), not closed.</param>
    /// <param name="limits">The size limit.</param>
    /// <returns>The scheme and mappings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="limits"/> is null.</exception>
    /// <exception cref="JsonException">The content is not UTF-8, larger than the limit, or not a valid export; the
    /// message, <see cref="JsonException.Path"/>, <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> say where.</exception>
    /// <exception cref="System.IO.IOException">The stream cannot be read.</exception>
    public static SkosDocument Read(System.IO.Stream utf8Json, JsonReadLimits limits) => JsonInput.Read(utf8Json, Guard.Against.Null(limits), SkosJsonLdReader.Read);

    internal static ImmutableArray<ConceptMapping> Involving(ConceptScheme scheme, IEnumerable<ConceptMapping> mappings)
    {
        var own = ImmutableArray.CreateBuilder<ConceptMapping>();
        foreach (var mapping in mappings)
        {
            bool isSource = string.Equals(mapping.SourceScheme, scheme.Id, StringComparison.Ordinal);
            bool isTarget = string.Equals(mapping.TargetScheme, scheme.Id, StringComparison.Ordinal);
            if (!isSource && !isTarget)
            {
                continue;
            }
            string conceptId = isSource ? mapping.SourceConcept : mapping.TargetConcept;
            Guard.Against.Unsatisfied(scheme.Contains(conceptId), $"Mapping '{mapping}': {scheme.UnknownIdMessage(conceptId)}", nameof(mappings));
            own.Add(mapping);
        }
        return own.ToImmutable();
    }

    /// <summary>The mappings of one concept, seen from that concept, grouped by relation in enum order.</summary>
    /// <summary>
    /// The outgoing mapping properties of every concept of <paramref name="schemeId"/> in one pass over the mappings
    /// (linear, where asking per concept would be quadratic): per concept, grouped by relation in enum order and in
    /// mapping order within a relation. Concepts without mappings are absent.
    /// </summary>
    internal static Dictionary<string, List<(MappingRelation Relation, string TargetIri)>> OutgoingIndex(string schemeId, ImmutableArray<ConceptMapping> mappings)
    {
        var index = new Dictionary<string, List<(MappingRelation Relation, string TargetIri)>>(StringComparer.Ordinal);
        foreach (var mapping in mappings)
        {
            bool fromScheme = string.Equals(mapping.SourceScheme, schemeId, StringComparison.Ordinal);
            if (fromScheme)
            {
                Add(mapping.SourceConcept, mapping.Relation, ConceptIri(mapping.TargetScheme, mapping.TargetConcept));
            }
            if (string.Equals(mapping.TargetScheme, schemeId, StringComparison.Ordinal)
                && !(fromScheme && string.Equals(mapping.SourceConcept, mapping.TargetConcept, StringComparison.Ordinal)))
            {
                Add(mapping.TargetConcept, MappingRelations.Inverse(mapping.Relation), ConceptIri(mapping.SourceScheme, mapping.SourceConcept));
            }
        }
        foreach (var list in index.Values)
        {
            // Stable: OrderBy keeps the mapping order within a relation.
            var sorted = list.OrderBy(static item => item.Relation).ToList();
            list.Clear();
            list.AddRange(sorted);
        }
        return index;

        void Add(string conceptId, MappingRelation relation, string iri)
        {
            if (!index.TryGetValue(conceptId, out var list))
            {
                list = [];
                index.Add(conceptId, list);
            }
            list.Add((relation, iri));
        }
    }

    /// <summary>The outgoing mapping properties of one concept (see <see cref="OutgoingIndex"/>).</summary>
    internal static List<(MappingRelation Relation, string TargetIri)> OutgoingOf(
        Dictionary<string, List<(MappingRelation Relation, string TargetIri)>> index, string conceptId) =>
        index.TryGetValue(conceptId, out var list) ? list : [];

    private static void WriteDocument(Utf8JsonWriter writer, ConceptScheme scheme, ImmutableArray<ConceptMapping> mappings)
    {
        string schemeIri = SchemeIri(scheme.Id);
        var outgoingIndex = OutgoingIndex(scheme.Id, mappings);
        writer.WriteStartObject();
        writer.WriteStartObject("@context");
        writer.WriteString("skos", Skos);
        writer.WriteString("dct", Dct);
        writer.WriteString("rdf", Rdf);
        writer.WriteString("rdfs", Rdfs);
        writer.WriteEndObject();
        writer.WriteStartArray("@graph");

        writer.WriteStartObject();
        writer.WriteString("@id", schemeIri);
        writer.WriteString("@type", "skos:ConceptScheme");
        WriteLabels(writer, scheme.Label);
        writer.WriteString("dct:source", scheme.Source);
        writer.WriteStartArray("skos:hasTopConcept");
        foreach (var concept in scheme.Concepts)
        {
            if (concept.Broader is null)
            {
                WriteReference(writer, null, ConceptIri(scheme.Id, concept.Id));
            }
        }
        writer.WriteEndArray();
        writer.WriteEndObject();

        foreach (var concept in scheme.Concepts)
        {
            writer.WriteStartObject();
            writer.WriteString("@id", ConceptIri(scheme.Id, concept.Id));
            writer.WriteString("@type", "skos:Concept");
            WriteLabels(writer, concept.Label);
            writer.WritePropertyName("skos:definition");
            WriteText(writer, "en", concept.Description);
            WriteReference(writer, "skos:inScheme", schemeIri);
            if (concept.Broader is null)
            {
                WriteReference(writer, "skos:topConceptOf", schemeIri);
            }
            else
            {
                WriteReference(writer, "skos:broader", ConceptIri(scheme.Id, concept.Broader));
            }
            writer.WriteString("dct:source", concept.Source);
            var outgoing = OutgoingOf(outgoingIndex, concept.Id);
            for (int i = 0; i < outgoing.Count;)
            {
                var relation = outgoing[i].Relation;
                writer.WriteStartArray(MappingRelations.SkosProperty(relation));
                for (; i < outgoing.Count && outgoing[i].Relation == relation; i++)
                {
                    WriteReference(writer, null, outgoing[i].TargetIri);
                }
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }

        foreach (var mapping in mappings)
        {
            writer.WriteStartObject();
            writer.WriteString("@type", "rdf:Statement");
            WriteReference(writer, "rdf:subject", ConceptIri(mapping.SourceScheme, mapping.SourceConcept));
            WriteReference(writer, "rdf:predicate", MappingRelations.SkosProperty(mapping.Relation));
            WriteReference(writer, "rdf:object", ConceptIri(mapping.TargetScheme, mapping.TargetConcept));
            writer.WritePropertyName("rdfs:comment");
            WriteText(writer, "en", mapping.Rationale);
            writer.WriteString("dct:source", mapping.Source);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteLabels(Utf8JsonWriter writer, LocalizedText label)
    {
        writer.WriteStartArray("skos:prefLabel");
        WriteText(writer, "de", label.German);
        WriteText(writer, "en", label.English);
        writer.WriteEndArray();
    }

    private static void WriteText(Utf8JsonWriter writer, string language, string value)
    {
        writer.WriteStartObject();
        writer.WriteString("@language", language);
        writer.WriteString("@value", value);
        writer.WriteEndObject();
    }

    private static void WriteReference(Utf8JsonWriter writer, string? property, string iri)
    {
        if (property is null)
        {
            writer.WriteStartObject();
        }
        else
        {
            writer.WriteStartObject(property);
        }
        writer.WriteString("@id", iri);
        writer.WriteEndObject();
    }
}
