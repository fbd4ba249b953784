using System;
using System.Collections.Generic;
using System.Linq;
using MoDomain.Objectives;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.Objectives;

/// <summary>Preißler's objectives matrix as DOMAIN.md §2 states it: axes, cells, the thirteen objectives with their ids, German labels and cells.</summary>
public sealed class ObjectivesVocabularyTests
{
    // DOMAIN.md §2, row by row: cell id, then (objective id, German label) in source order.
    public static TheoryData<string, string, string> Matrix() => new()
    {
        { "inward-explicit", "identity-building", "Identitätsstiftung" },
        { "inward-explicit", "culture-and-tradition", "Kultur- und Traditionswahrung" },
        { "inward-explicit", "community-services", "Dienstleistung für die Community" },
        { "inward-explicit", "education-support", "Bildungsförderung" },
        { "outward-explicit", "recognition-and-visibility", "Anerkennung und Sichtbarkeit als Gruppe / Interessensvertretung" },
        { "outward-explicit", "international-understanding-and-integration", "„Völkerverständigung“ & Integration" },
        { "inward-implicit", "first-orientation", "Erstorientierung für Neuzugewanderte" },
        { "inward-implicit", "problem-solver", "„Problemlöser“" },
        { "inward-implicit", "group-belonging", "Gruppenzugehörigkeit" },
        { "inward-implicit", "ties-to-origin-country", "Bezüge zum Herkunftsland" },
        { "outward-implicit", "living-together", "Förderung des Zusammenlebens" },
        { "outward-implicit", "networking-and-cooperation", "Vernetzung und Kooperationen" },
        { "outward-implicit", "participation-and-co-design", "Gesellschaftliche Teilhabe und Mitgestaltung" },
    };

    private static IEnumerable<ConceptScheme> Schemes =>
    [
        ObjectivesVocabulary.Orientations.Scheme, ObjectivesVocabulary.Purposes.Scheme, ObjectivesVocabulary.Cells.Scheme,
        ObjectivesVocabulary.Objectives.Scheme, ObjectivesVocabulary.EvidenceSources.Scheme,
    ];

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Every_objective_has_its_domain_id_german_label_and_cell(string cellId, string objectiveId, string german)
    {
        Assert.True(ObjectivesVocabulary.Objectives.TryParse(objectiveId, out var objective));
        Assert.True(ObjectivesVocabulary.Cells.TryParse(cellId, out var cell));
        var concept = ObjectivesVocabulary.Objectives.ConceptOf(objective);
        Assert.Equal(german, concept.Label.German);
        Assert.Equal(cell, ObjectivesVocabulary.CellOf(objective));
        Assert.Contains(objective, ObjectivesVocabulary.ObjectivesIn(cell));
        Assert.Equal(objectiveId, concept.ToString());
    }

    [Fact]
    public void The_objectives_are_in_source_order_and_there_are_thirteen()
    {
        var expected = Matrix().Select(row => row.Data.Item2).ToArray();
        Assert.Equal(expected, ObjectivesVocabulary.Objectives.Scheme.Concepts.Select(c => c.Id));
        Assert.Equal(13, Enum.GetValues<Objective>().Length);
        Assert.Equal([4, 2, 4, 3], Enum.GetValues<ObjectiveCell>().Select(c => ObjectivesVocabulary.ObjectivesIn(c).Length));
    }

    [Fact]
    public void The_axes_and_cells_have_the_domain_ids_and_german_labels()
    {
        Assert.Equal(["inward", "outward"], ObjectivesVocabulary.Orientations.Scheme.Concepts.Select(c => c.Id));
        Assert.Equal(["nach Innen", "nach Außen"], ObjectivesVocabulary.Orientations.Scheme.Concepts.Select(c => c.Label.German));
        Assert.Equal("Handlungsorientierung", ObjectivesVocabulary.Orientations.Scheme.Label.German);
        Assert.Equal(["explicit", "implicit"], ObjectivesVocabulary.Purposes.Scheme.Concepts.Select(c => c.Id));
        Assert.Equal(["Explizite Zwecke", "Implizite Zwecke"], ObjectivesVocabulary.Purposes.Scheme.Concepts.Select(c => c.Label.German));
        Assert.Equal(["inward-explicit", "outward-explicit", "inward-implicit", "outward-implicit"], ObjectivesVocabulary.Cells.Scheme.Concepts.Select(c => c.Id));
        Assert.Equal(["self-reported", "observed"], ObjectivesVocabulary.EvidenceSources.Scheme.Concepts.Select(c => c.Id));
        foreach (var cell in Enum.GetValues<ObjectiveCell>())
        {
            string expected = ObjectivesVocabulary.Orientations.IdOf(ObjectivesVocabulary.OrientationOf(cell)) + "-" + ObjectivesVocabulary.Purposes.IdOf(ObjectivesVocabulary.PurposeOf(cell));
            Assert.Equal(expected, ObjectivesVocabulary.Cells.IdOf(cell));
            Assert.Equal(cell, ObjectivesVocabulary.CellAt(ObjectivesVocabulary.OrientationOf(cell), ObjectivesVocabulary.PurposeOf(cell)));
        }
    }

    [Fact]
    public void Every_concept_has_both_labels_an_own_words_description_and_the_source()
    {
        var schemeIds = Schemes.Select(s => s.Id).ToArray();
        Assert.Equal(schemeIds.Length, schemeIds.Distinct().Count());
        foreach (var scheme in Schemes)
        {
            Assert.Equal(SourceKeys.Qualitaetszirkel2023, scheme.Source);
            foreach (var concept in scheme.Concepts)
            {
                Assert.Equal(SourceKeys.Qualitaetszirkel2023, concept.Source);
                Assert.False(string.IsNullOrWhiteSpace(concept.Label.English), concept.Id);
                Assert.False(string.IsNullOrWhiteSpace(concept.Label.German), concept.Id);
                Assert.False(string.IsNullOrWhiteSpace(concept.Description), concept.Id);
                Assert.NotEqual(concept.Label.German, concept.Description);
                Assert.Same(concept, scheme[concept.Id]);
            }
            Assert.Equal(scheme.Concepts.Length, scheme.Concepts.Select(c => c.Label.English).Distinct().Count());
        }
    }

    [Fact]
    public void An_unknown_objective_id_is_not_parsed_and_gets_suggestions()
    {
        Assert.False(ObjectivesVocabulary.Objectives.TryParse("Identity-Building", out _));
        Assert.False(ObjectivesVocabulary.Objectives.TryParse(null, out _));
        var ex = Assert.Throws<KeyNotFoundException>(() => ObjectivesVocabulary.Objectives.Scheme["group-belongings"]);
        Assert.Contains("group-belonging", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Undefined_enum_values_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ObjectivesVocabulary.CellOf((Objective)13));
        Assert.Throws<ArgumentOutOfRangeException>(() => ObjectivesVocabulary.CellOf((Objective)(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ObjectivesVocabulary.ObjectivesIn((ObjectiveCell)4));
        Assert.Throws<ArgumentOutOfRangeException>(() => ObjectivesVocabulary.OrientationOf((ObjectiveCell)4));
        Assert.Throws<ArgumentOutOfRangeException>(() => ObjectivesVocabulary.CellAt((ObjectiveOrientation)2, ObjectivePurpose.Explicit));
        Assert.Throws<ArgumentOutOfRangeException>(() => ObjectivesVocabulary.CellAt(ObjectiveOrientation.Inward, (ObjectivePurpose)2));
    }
}
