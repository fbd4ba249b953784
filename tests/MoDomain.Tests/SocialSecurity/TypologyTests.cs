using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Cooperation;
using MoDomain.Definitions;
using MoDomain.Interop;
using MoDomain.SocialSecurity;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.SocialSecurity;

/// <summary>The typologies of DOMAIN.md §3.3 as vocabularies, and lookup by id with suggestions for unknown ids.</summary>
public sealed class TypologyTests
{
    private static readonly Config Config = Config.QuickThrowOnFailure.WithMaxTest(VocabularyGenerators.Runs);

    public static IEnumerable<object[]> ShippedSchemes() =>
        FunctionTypologies.All.Append(CooperationVocabulary.Roles.Scheme).Append(MappingRelations.Scheme.Scheme)
            .Select(s => new object[] { s.Id, s });

    [Theory]
    [MemberData(nameof(ShippedSchemes))]
    public void Every_item_is_found_by_id_and_has_labels_description_and_source(string id, ConceptScheme scheme)
    {
        Assert.Equal(id, scheme.Id);
        Assert.True(ConceptIds.IsValid(scheme.Id));
        Assert.Equal(scheme.Id, scheme.ToString());
        foreach (var concept in scheme.Concepts)
        {
            Assert.Same(concept, scheme[concept.Id]);
            Assert.Equal(concept.Id, concept.ToString());
            Assert.False(string.IsNullOrWhiteSpace(concept.Label.English));
            Assert.False(string.IsNullOrWhiteSpace(concept.Label.German));
            Assert.NotEqual(concept.Label.English, concept.Description);
            Assert.False(string.IsNullOrWhiteSpace(concept.Source));
            Assert.Null(concept.Broader);
            Assert.Empty(scheme.SuggestIds(concept.Id).Where(s => s == concept.Id));
        }
    }

    [Fact]
    public void Iq_2013_functions_are_those_of_section_3_3_with_the_quoted_german_names()
    {
        var scheme = FunctionTypologies.Iq2013Functions;
        Assert.Equal("iq-2013-functions", scheme.Id);
        Assert.Equal(["socialisation", "bridge", "service", "protection"], scheme.Concepts.Select(c => c.Id));
        Assert.Equal(["Sozialisationsfunktion", "Brückenfunktion", "Dienstleistungsfunktion", "Schutzfunktion"], scheme.Concepts.Select(c => c.Label.German));
        Assert.All(scheme.Concepts, c => Assert.Equal(SourceKeys.IqFachAgMo2013, c.Source));
        Assert.Equal(SourceKeys.IqFachAgMo2013, scheme.Source);
    }

    [Fact]
    public void Mikoss_starting_functions_are_those_of_section_3_3()
    {
        var scheme = FunctionTypologies.MikossStartingFunctions;
        Assert.Equal("mikoss-2022-starting-functions", scheme.Id);
        Assert.Equal(["political-interest-representation", "integration-partner", "bridge-builder", "networker"], scheme.Concepts.Select(c => c.Id));
        Assert.Equal(["Repräsentation politischer Interessen", "Integrationspartner", "Brückenbauer", "Netzwerker"], scheme.Concepts.Select(c => c.Label.German));
        Assert.All(scheme.Concepts, c => Assert.Equal(SourceKeys.Mikoss2022, c.Source));
    }

    [Fact]
    public void Iq_2013_professionalisation_roles_are_the_six_of_section_3_3()
    {
        var scheme = FunctionTypologies.Iq2013ProfessionalisationRoles;
        Assert.Equal("iq-2013-professionalisation-roles", scheme.Id);
        Assert.Equal(
            ["information-broker", "interest-representative", "cooperation-partner", "independent-project-provider", "expert-panel-target-group", "expert-panel-subject-matter"],
            scheme.Concepts.Select(c => c.Id));
        Assert.Equal(
            ["Informationsvermittler", "Interessenvertreter", "Kooperationspartner", "Eigenständiger Projektträger", "Expertengremium für die Zielgruppe", "Expertengremium für spezifische fachliche Themen"],
            scheme.Concepts.Select(c => c.Label.German));
        Assert.All(scheme.Concepts, c => Assert.Equal(SourceKeys.IqFachAgMo2013, c.Source));
    }

    [Fact]
    public void Cooperation_roles_are_the_three_of_the_qualitaetszirkel_and_map_to_the_enum()
    {
        var roles = CooperationVocabulary.Roles;
        Assert.Equal("cooperation-roles", roles.Scheme.Id);
        Assert.Equal(["door-opener", "expert", "partner-critical-friend"], roles.Scheme.Concepts.Select(c => c.Id));
        Assert.Equal("door-opener", roles.IdOf(CooperationRole.DoorOpener));
        Assert.Equal("expert", roles.IdOf(CooperationRole.Expert));
        Assert.Equal("partner-critical-friend", roles.IdOf(CooperationRole.PartnerCriticalFriend));
        Assert.Equal("Türöffnerinnen, Brückenbauerinnen und Multiplikatorinnen", roles.ConceptOf(CooperationRole.DoorOpener).Label.German);
        Assert.Equal("Expertinnen", roles.ConceptOf(CooperationRole.Expert).Label.German);
        Assert.Equal("Kooperationspartnerinnen und Critical Friends der Verwaltung", roles.ConceptOf(CooperationRole.PartnerCriticalFriend).Label.German);
        Assert.All(roles.Scheme.Concepts, c => Assert.Equal(SourceKeys.Qualitaetszirkel2023, c.Source));
        foreach (var role in Enum.GetValues<CooperationRole>())
        {
            Assert.True(roles.TryParse(roles.IdOf(role), out var back));
            Assert.Equal(role, back);
        }
    }

    [Fact]
    public void Mapping_relations_have_kebab_case_ids_and_skos_properties()
    {
        Assert.Equal(["exact-match", "close-match", "broad-match", "narrow-match", "related-match"], MappingRelations.Scheme.Scheme.Concepts.Select(c => c.Id));
        Assert.Equal(
            ["skos:exactMatch", "skos:closeMatch", "skos:broadMatch", "skos:narrowMatch", "skos:relatedMatch"],
            Enum.GetValues<MappingRelation>().Select(MappingRelations.SkosProperty));
        Assert.Equal(MappingRelation.NarrowMatch, MappingRelations.Inverse(MappingRelation.BroadMatch));
        Assert.Equal(MappingRelation.BroadMatch, MappingRelations.Inverse(MappingRelation.NarrowMatch));
        Assert.Equal(MappingRelation.CloseMatch, MappingRelations.Inverse(MappingRelation.CloseMatch));
        Assert.Throws<ArgumentOutOfRangeException>(() => MappingRelations.SkosProperty((MappingRelation)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => MappingRelations.Inverse((MappingRelation)(-1)));
    }

    [Fact]
    public void Ids_are_unique_across_each_scheme_and_scheme_ids_are_unique()
    {
        var schemes = ShippedSchemes().Select(o => (ConceptScheme)o[1]).ToArray();
        Assert.Equal(schemes.Length, schemes.Select(s => s.Id).Distinct().Count());
    }

    [Fact]
    public void An_unknown_id_names_the_id_and_suggests_the_closest_ids()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => FunctionTypologies.Iq2013Functions["brige"]);
        Assert.Contains("'brige'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'bridge'?", ex.Message, StringComparison.Ordinal);
        Assert.Contains("iq-2013-functions", ex.Message, StringComparison.Ordinal);

        Assert.Equal(["door-opener"], CooperationVocabulary.Roles.Scheme.SuggestIds("door_opener"));
        Assert.Equal(["door-opener"], CooperationVocabulary.Roles.Scheme.SuggestIds("Door-Opener"));
        Assert.Equal(["bridge-builder"], FunctionTypologies.MikossStartingFunctions.SuggestIds("bridge"));
        Assert.Equal(["expert-panel-subject-matter", "expert-panel-target-group"], FunctionTypologies.Iq2013ProfessionalisationRoles.SuggestIds("expert-panel"));
        Assert.Equal(["expert", "partner-critical-friend"], CooperationVocabulary.Roles.Scheme.SuggestIds("exp").Concat(CooperationVocabulary.Roles.Scheme.SuggestIds("partner")));
        Assert.Equal("did you mean 'expert'?", CooperationVocabulary.Roles.Suggest("experts"));
    }

    [Fact]
    public void An_unknown_id_with_nothing_close_lists_the_known_ids_without_a_guess()
    {
        Assert.Empty(FunctionTypologies.Iq2013Functions.SuggestIds("zzzzzzzzzz"));
        Assert.Equal(string.Empty, CooperationVocabulary.Roles.Suggest("zzzzzzzzzz"));
        var ex = Assert.Throws<KeyNotFoundException>(() => FunctionTypologies.Iq2013Functions["zzzzzzzzzz"]);
        Assert.DoesNotContain("did you mean", ex.Message, StringComparison.Ordinal);
        Assert.Contains("socialisation, bridge, service, protection", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => FunctionTypologies.Iq2013Functions.SuggestIds(null!));
        Assert.Throws<ArgumentNullException>(() => CooperationVocabulary.Roles.Suggest(null!));
    }

    [Fact]
    public void Suggestions_are_at_most_three_best_first_and_ordinal_on_ties()
    {
        var scheme = new ConceptScheme("s", new LocalizedText("S", "S"), SourceKeys.Model,
            new[] { "aaa", "aab", "aac", "aad", "abc" }.Select(id => new Concept(id, new LocalizedText(id, id), "d", SourceKeys.Model)));
        Assert.Equal(["aaa", "aab", "aac"], scheme.SuggestIds("aax"));
        Assert.Equal(["aab", "aaa", "aac"], scheme.SuggestIds("aabx"));
    }

    [Fact]
    public void Json_errors_for_unknown_profile_ids_suggest_the_closest_id()
    {
        var ex = Assert.Throws<System.Text.Json.JsonException>(() => MoDomainJson.DeserializeProfile(
            """{ "name": "X", "asOf": "2026-01-01", "kinds": ["mosque"] }"""));
        Assert.Contains("'mosque' is not a known organisation-kinds id; did you mean 'mosque-community'? expected one of:", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("did you mean 'registered-association'", DefinitionsVocabulary.LegalForms.Suggest("registered-asociation"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_single_edit_misspelling_of_a_shipped_id_suggests_that_id()
    {
        var schemes = ShippedSchemes().Select(o => (ConceptScheme)o[1]).Append(DefinitionsVocabulary.OrganisationKinds.Scheme).ToArray();
        var cases =
            from scheme in Gen.Elements(schemes)
            from concept in Gen.Elements(scheme.Concepts.ToArray())
            from typo in VocabularyGenerators.Misspelling(scheme, concept.Id)
            select (scheme, concept.Id, typo);
        Check.One(Config, Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var suggestions = c.scheme.SuggestIds(c.typo);
            Assert.Contains(c.Id, suggestions);
            var ex = Assert.Throws<KeyNotFoundException>(() => c.scheme[c.typo]);
            Assert.Contains($"'{c.typo}'", ex.Message, StringComparison.Ordinal);
            Assert.Contains($"'{c.Id}'", ex.Message, StringComparison.Ordinal);
        }));
    }

    [Fact]
    public void Suggestions_are_existing_ids_never_more_than_three_and_never_the_probe()
    {
        Check.One(Config, Prop.ForAll(VocabularyGenerators.SchemeWithUnknownIdArb, c =>
        {
            var suggestions = c.Scheme.SuggestIds(c.Unknown);
            Assert.True(suggestions.Length <= 3);
            Assert.All(suggestions, s => Assert.True(c.Scheme.Contains(s)));
            Assert.Equal(suggestions.Length, suggestions.Distinct().Count());
            Assert.DoesNotContain(c.Unknown, suggestions);
            Assert.Equal(suggestions, c.Scheme.SuggestIds(c.Unknown));
            var ex = Assert.Throws<KeyNotFoundException>(() => c.Scheme[c.Unknown]);
            Assert.Contains($"'{c.Unknown}'", ex.Message, StringComparison.Ordinal);
        }));
    }

    [Fact]
    public void Broader_links_must_stay_inside_the_scheme_and_must_not_form_a_cycle()
    {
        var label = new LocalizedText("L", "L");
        var a = new Concept("a", label, "d", SourceKeys.Model);
        var b = new Concept("b", label, "d", SourceKeys.Model, "a");
        Assert.Equal("a", new ConceptScheme("s", label, SourceKeys.Model, [a, b])["b"].Broader);
        Assert.Throws<ArgumentException>(() => new ConceptScheme("s", label, SourceKeys.Model, [b]));
        Assert.Throws<ArgumentException>(() => new ConceptScheme("s", label, SourceKeys.Model,
            [new Concept("a", label, "d", SourceKeys.Model, "b"), new Concept("b", label, "d", SourceKeys.Model, "c"), new Concept("c", label, "d", SourceKeys.Model, "a")]));
        Assert.Throws<ArgumentException>(() => new Concept("a", label, "d", SourceKeys.Model, "a"));
        Assert.Throws<ArgumentException>(() => new Concept("a", label, "d", SourceKeys.Model, "Not An Id"));
    }
}
