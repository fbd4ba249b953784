using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.Support;

/// <summary>
/// FsCheck generators for vocabularies: concept schemes with awkward labels and descriptions and an acyclic broader
/// hierarchy, mappings from and to such a scheme, and misspelt ids.
/// </summary>
public static class VocabularyGenerators
{
    /// <summary>The number of cases per property of the vocabulary suites.</summary>
    public static readonly int Runs = Generators.Scaled(300);

    private static readonly string[] AwkwardTexts =
    [
        "Türöffnerinnen", "Brücke \"zur\" Verwaltung", "Back\\slash", "Zeile\neins", "Tab\tText", "Ελληνική", "جمعية",
        "emoji 🤝", "</script>", "  padded  ", "ß and „quotes“", "\u0001 control", "@id", "skos:prefLabel",
    ];

    private static readonly string[] SourceKeyValues =
    [
        SourceKeys.Mikoss2022, SourceKeys.Qualitaetszirkel2023, SourceKeys.IqFachAgMo2013, SourceKeys.Model, SourceKeys.Interpretive, "Own study 2026",
    ];

    /// <summary>Gets a generator of non-blank texts, including characters JSON must escape and non-Latin scripts.</summary>
    public static Gen<string> Text { get; } = Gen.OneOf(
        Gen.Elements(AwkwardTexts),
        from words in Gen.Choose(1, 4)
        from parts in Gen.ArrayOf(Gen.Elements("Funktion", "role", "Brücke", "bridge", "Schutz", "ü", "x"), words)
        select string.Join(" ", parts));

    /// <summary>Gets a generator of one-line non-blank texts (rationales).</summary>
    public static Gen<string> OneLine { get; } = Text.Where(t => t.IndexOfAny(['\r', '\n']) < 0);

    /// <summary>Gets a generator of label pairs.</summary>
    public static Gen<LocalizedText> Label { get; } =
        from en in Text
        from de in Text
        select new LocalizedText(en, de);

    /// <summary>Gets a generator of source keys.</summary>
    public static Gen<string> Source { get; } = Gen.Elements(SourceKeyValues);

    /// <summary>Gets a generator of valid concept schemes (1 to 8 concepts, each optionally below an earlier one).</summary>
    public static Gen<ConceptScheme> Scheme { get; } =
        from schemeId in Generators.ValidId
        from label in Label
        from source in Source
        from count in Gen.Choose(1, 8)
        from ids in Gen.ArrayOf(Generators.ValidId, count)
        from labels in Gen.ArrayOf(Label, count)
        from descriptions in Gen.ArrayOf(Text, count)
        from sources in Gen.ArrayOf(Source, count)
        from parents in Gen.ArrayOf(Gen.Choose(-3, 7), count)
        select Build(schemeId, label, source, ids, labels, descriptions, sources, parents);

    /// <summary>Gets an arbitrary of valid concept schemes.</summary>
    public static Arbitrary<ConceptScheme> SchemeArb { get; } = Scheme.ToArbitrary();

    /// <summary>Gets a generator of a scheme together with mappings that involve it (as source or target).</summary>
    public static Gen<(ConceptScheme Scheme, ConceptMapping[] Mappings)> SchemeWithMappings { get; } =
        from scheme in Scheme
        from count in Gen.Choose(0, 6)
        from mappings in Gen.ArrayOf(MappingOf(scheme), count)
        select (scheme, mappings);

    /// <summary>Gets an arbitrary of a scheme together with mappings that involve it.</summary>
    public static Arbitrary<(ConceptScheme Scheme, ConceptMapping[] Mappings)> SchemeWithMappingsArb { get; } = SchemeWithMappings.ToArbitrary();

    /// <summary>Gets a generator of a scheme and an id it does not hold.</summary>
    public static Arbitrary<(ConceptScheme Scheme, string Unknown)> SchemeWithUnknownIdArb { get; } =
        (from scheme in Scheme
         from id in Generators.ValidId
         where !scheme.Contains(id)
         select (scheme, id)).ToArbitrary();

    /// <summary>Returns a generator of single-edit misspellings (substitution, insertion, deletion, case change) of an id
    /// that do not equal any id of <paramref name="scheme"/>.</summary>
    /// <param name="scheme">The scheme the misspelt id must not be in.</param>
    /// <param name="id">The id to misspell.</param>
    /// <returns>The generator.</returns>
    public static Gen<string> Misspelling(ConceptScheme scheme, string id) =>
        (from kind in Gen.Choose(0, 3)
         from at in Gen.Choose(0, id.Length - 1)
         from c in Gen.Elements("abcxyz019-_".ToCharArray())
         select kind switch
         {
             0 => id[..at] + c + id[(at + 1)..],
             1 => id.Insert(at, c.ToString()),
             2 => id.Length > 1 ? id.Remove(at, 1) : id + c,
             _ => id.ToUpperInvariant(),
         }).Where(m => !scheme.Contains(m));

    private static Gen<ConceptMapping> MappingOf(ConceptScheme scheme) =>
        from concept in Gen.Elements(scheme.Concepts.Select(c => c.Id).ToArray())
        from otherScheme in Generators.ValidId.Where(s => s != scheme.Id)
        from otherConcept in Generators.ValidId
        from relation in Generators.EnumValue<MappingRelation>()
        from outgoing in Gen.Elements(true, false)
        from rationale in OneLine
        from source in Source
        select outgoing
            ? new ConceptMapping(scheme.Id, concept, relation, otherScheme, otherConcept, rationale, source)
            : new ConceptMapping(otherScheme, otherConcept, relation, scheme.Id, concept, rationale, source);

    private static ConceptScheme Build(string schemeId, LocalizedText label, string source, string[] ids, LocalizedText[] labels, string[] descriptions, string[] sources, int[] parents)
    {
        var unique = new List<string>();
        foreach (var id in ids)
        {
            if (!unique.Contains(id, StringComparer.Ordinal))
            {
                unique.Add(id);
            }
        }
        var concepts = new List<Concept>();
        for (int i = 0; i < unique.Count; i++)
        {
            // A broader concept is always an earlier one, so the hierarchy has no cycle.
            string? broader = i > 0 && parents[i] >= 0 ? unique[parents[i] % i] : null;
            concepts.Add(new Concept(unique[i], labels[i], descriptions[i], sources[i], broader));
        }
        return new ConceptScheme(schemeId, label, source, concepts);
    }
}
