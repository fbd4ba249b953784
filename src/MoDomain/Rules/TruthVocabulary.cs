using MoDomain.Vocabulary;

namespace MoDomain.Rules;

/// <summary>Ids, English and German labels and source keys of the three truth values (scheme <c>truth-values</c>).</summary>
/// <remarks>Domain-specific readings of yes / no / unknown (eligible, clear, present, …) are schemes over the same
/// <see cref="TruthValue"/> enum in their own vocabularies, with their own ids.</remarks>
public static class TruthVocabulary
{
    /// <summary>Gets the scheme of <see cref="TruthValue"/> values (scheme <c>truth-values</c>): the answers every rule gives.</summary>
    public static EnumScheme<TruthValue> Values { get; } = new(new ConceptScheme(
        "truth-values",
        new LocalizedText("Truth values", "Wahrheitswerte"),
        SourceKeys.Model,
        [
            new Concept("unknown", new LocalizedText("Unknown", "Unbekannt"), "The known facts do not decide the question; a missing fact could make it yes or no.", SourceKeys.Model),
            new Concept("yes", new LocalizedText("Yes", "Ja"), "The known facts decide the question in the affirmative.", SourceKeys.Model),
            new Concept("no", new LocalizedText("No", "Nein"), "The known facts decide the question in the negative.", SourceKeys.Model),
        ]));
}
