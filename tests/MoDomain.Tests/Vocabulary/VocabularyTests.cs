using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using MoDomain.Definitions;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.Vocabulary;

/// <summary>Every concept of <see cref="DefinitionsVocabulary"/> has a stable id, both labels, a description and a source.</summary>
public sealed class VocabularyTests
{
    private static readonly string[] KnownSources =
    [
        SourceKeys.Mikoss2022, SourceKeys.Qualitaetszirkel2023, SourceKeys.IqFachAgMo2013, SourceKeys.KitaEinstieg2018,
        SourceKeys.ParitaetischerGemeinsamAktiv, SourceKeys.Model, SourceKeys.Interpretive,
    ];

    public static IEnumerable<object[]> Schemes() =>
        typeof(DefinitionsVocabulary).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Select(p => new object[] { p.Name, (ConceptScheme)p.PropertyType.GetProperty("Scheme")!.GetValue(p.GetValue(null))! });

    [Fact]
    public void Vocabulary_has_a_scheme_for_every_enum_of_the_profile()
    {
        Assert.Equal(10, Schemes().Count());
        var ids = Schemes().Select(s => ((ConceptScheme)s[1]).Id).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Schemes))]
    public void Every_concept_has_id_both_labels_description_and_source(string property, ConceptScheme scheme)
    {
        Assert.True(ConceptIds.IsValid(scheme.Id), property);
        Assert.False(string.IsNullOrWhiteSpace(scheme.Label.English));
        Assert.False(string.IsNullOrWhiteSpace(scheme.Label.German));
        Assert.Contains(scheme.Source, KnownSources);
        Assert.NotEmpty(scheme.Concepts);
        foreach (var concept in scheme.Concepts)
        {
            Assert.True(ConceptIds.IsValid(concept.Id), concept.Id);
            Assert.False(string.IsNullOrWhiteSpace(concept.Label.English), concept.Id);
            Assert.False(string.IsNullOrWhiteSpace(concept.Label.German), concept.Id);
            Assert.False(string.IsNullOrWhiteSpace(concept.Description), concept.Id);
            Assert.Contains(concept.Source, KnownSources);
            Assert.Same(concept, scheme[concept.Id]);
            Assert.True(scheme.Contains(concept.Id));
            Assert.True(scheme.TryGet(concept.Id, out var found) && ReferenceEquals(found, concept));
        }
        Assert.Equal(scheme.Concepts.Length, scheme.Concepts.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Throws<KeyNotFoundException>(() => scheme["no-such-concept"]);
        Assert.False(scheme.Contains(null));
        Assert.False(scheme.TryGet(null, out _));
    }

    [Fact]
    public void Enum_schemes_map_every_value_to_an_id_and_back()
    {
        AssertRoundTrip(DefinitionsVocabulary.LegalForms);
        AssertRoundTrip(DefinitionsVocabulary.NonProfitStatuses);
        AssertRoundTrip(DefinitionsVocabulary.SelfIdentifications);
        AssertRoundTrip(DefinitionsVocabulary.MigrationReferences);
        AssertRoundTrip(DefinitionsVocabulary.Purposes);
        AssertRoundTrip(DefinitionsVocabulary.InternalRoles);
        AssertRoundTrip(DefinitionsVocabulary.OrganisationKinds);
        AssertRoundTrip(DefinitionsVocabulary.Orientations);
        AssertRoundTrip(DefinitionsVocabulary.Staffing);
        AssertRoundTrip(DefinitionsVocabulary.GeographicScales);
    }

    [Fact]
    public void Container_kind_ids_are_exactly_those_of_section_1_3_in_order()
    {
        Assert.Equal(
            [
                "guest-worker-cultural-association", "homeland-association", "sports-club", "mosque-community",
                "other-faith-community", "postmigrant-organisation", "new-german-organisation", "political-organisation",
                "refugee-initiative", "migrant-womens-group", "education-actor", "youth-welfare-provider",
                "umbrella-association", "development-cooperation-association", "academic-association",
                "parents-association", "entrepreneurs-association",
            ],
            DefinitionsVocabulary.OrganisationKinds.Scheme.Concepts.Select(c => c.Id).ToArray());
        Assert.All(DefinitionsVocabulary.OrganisationKinds.Scheme.Concepts, c => Assert.Equal(SourceKeys.Qualitaetszirkel2023, c.Source));
    }

    [Theory]
    [InlineData("homeland-association", "Landsmannschaft")]
    [InlineData("sports-club", "Sportverein")]
    [InlineData("mosque-community", "Moscheegemeinde")]
    [InlineData("umbrella-association", "Dachverband")]
    [InlineData("youth-welfare-provider", "Träger der Jugendhilfe")]
    [InlineData("new-german-organisation", "Neue deutsche Organisation")]
    [InlineData("postmigrant-organisation", "Postmigrantische Organisation")]
    public void Container_kinds_keep_the_domains_german_terms(string id, string german)
    {
        Assert.Equal(german, DefinitionsVocabulary.OrganisationKinds.Scheme[id].Label.German);
    }

    [Fact]
    public void Self_identification_ids_and_unknown_parse()
    {
        Assert.Equal(["identifies", "rejects-label"], DefinitionsVocabulary.SelfIdentifications.Scheme.Concepts.Select(c => c.Id).ToArray());
        Assert.False(DefinitionsVocabulary.SelfIdentifications.TryParse("unknown", out _));
        Assert.False(DefinitionsVocabulary.LegalForms.TryParse("Registered-Association", out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => DefinitionsVocabulary.LegalForms.IdOf((LegalForm)99));
    }

    [Fact]
    public void Enum_scheme_rejects_a_scheme_of_the_wrong_size()
    {
        var label = new LocalizedText("Label", "Bezeichnung");
        var scheme = new ConceptScheme("too-small", label, SourceKeys.Model, [new Concept("only", label, "Text.", SourceKeys.Model)]);
        Assert.Equal("scheme", Assert.ThrowsAny<ArgumentException>(() => new EnumScheme<LegalForm>(scheme)).ParamName);
    }

    [Fact]
    public void Localized_text_picks_the_language_and_compares_ordinally()
    {
        var text = new LocalizedText("Sports club", "Sportverein");
        Assert.Equal("Sports club", text.In(Language.English));
        Assert.Equal("Sportverein", text.In(Language.German));
        Assert.Throws<ArgumentOutOfRangeException>(() => text.In((Language)7));
        Assert.Equal(text, new LocalizedText("Sports club", "Sportverein"));
        Assert.NotEqual(text, new LocalizedText("Sports Club", "Sportverein"));
        Assert.Equal(text.GetHashCode(), new LocalizedText("Sports club", "Sportverein").GetHashCode());
    }

    private static void AssertRoundTrip<TEnum>(EnumScheme<TEnum> scheme)
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        Assert.Equal(values.Length, scheme.Scheme.Concepts.Length);
        Assert.Equal(values.Length, values.Select(v => scheme.IdOf(v)).Distinct().Count());
        foreach (var value in values)
        {
            Assert.True(scheme.TryParse(scheme.IdOf(value), out var parsed));
            Assert.Equal(value, parsed);
            Assert.Same(scheme.ConceptOf(value), scheme.Scheme[scheme.IdOf(value)]);
        }
        Assert.False(scheme.TryParse(null, out _));
        Assert.False(scheme.TryParse("no-such-id", out _));
        Assert.Contains(scheme.IdOf(values[0]), scheme.KnownIds(), StringComparison.Ordinal);
    }
}
