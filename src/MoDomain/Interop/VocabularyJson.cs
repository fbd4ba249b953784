using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.Interop;

/// <summary>
/// Writes a concept scheme as plain JSON (the MoDomain vocabulary contract): <c>{ schemaVersion, id, label: {en, de},
/// source, concepts: [ { id, label: {en, de}, description, source } ] }</c>. Deterministic: the same scheme always
/// gives the same text. For a linked-data export use <see cref="SkosJsonLd"/>.
/// </summary>
public static class VocabularyJson
{
    /// <summary>Writes <paramref name="scheme"/> as indented JSON.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="scheme"/> is null.</exception>
    public static string Write(ConceptScheme scheme)
    {
        Preconditions.CheckNotNull(scheme);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", SchemaVersions.Current);
            w.WriteString("id", scheme.Id);
            WriteText(w, "label", scheme.Label);
            w.WriteString("source", scheme.Source);
            w.WriteStartArray("concepts");
            foreach (var concept in scheme.Concepts)
            {
                w.WriteStartObject();
                w.WriteString("id", concept.Id);
                WriteText(w, "label", concept.Label);
                w.WriteString("description", concept.Description);
                w.WriteString("source", concept.Source);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteText(Utf8JsonWriter w, string name, LocalizedText text)
    {
        w.WriteStartObject(name);
        w.WriteString("en", text.English);
        w.WriteString("de", text.German);
        w.WriteEndObject();
    }
}
