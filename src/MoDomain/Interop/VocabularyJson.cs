using System.Linq;
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
    // The generated context with a relaxed encoder, so that German text is written as is.
    private static readonly VocabularyJsonContext Context = new(new JsonSerializerOptions(VocabularyJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Writes <paramref name="scheme"/> as indented JSON.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="scheme"/> is null.</exception>
    public static string Write(ConceptScheme scheme)
    {
        Guard.Against.Null(scheme);
        var document = new VocabularyDocumentDto
        {
            SchemaVersion = SchemaVersions.Current,
            Id = scheme.Id,
            Label = Text(scheme.Label),
            Source = scheme.Source,
            Concepts = [.. scheme.Concepts.Select(c => new VocabularyConceptDto { Id = c.Id, Label = Text(c.Label), Description = c.Description, Source = c.Source })],
        };
        return JsonSerializer.Serialize(document, Context.VocabularyDocumentDto);
    }

    private static TextDto Text(LocalizedText text) => new() { En = text.English, De = text.German };
}
