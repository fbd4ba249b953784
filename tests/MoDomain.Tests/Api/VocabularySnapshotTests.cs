using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Globalization;
using MoDomain.Cooperation;
using MoDomain.Funding;
using MoDomain.Objectives;
using MoDomain.Reference;
using MoDomain.SocialSecurity;
using MoDomain.Definitions;
using MoDomain.Interop;
using MoDomain.Rules;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.Api;

/// <summary>
/// The vocabularies as data in <c>docs/vocabularies/</c>: every scheme's ids, German and English labels, descriptions
/// and sources, and the organisation facts the definitions read. The files are generated from the code and fail the
/// build when they drift, so a changed label or source is always a deliberate, reviewed change, and an id can never be
/// renamed silently (DOMAIN.md ids are the JSON values).
/// </summary>
public sealed class VocabularySnapshotTests
{
    public static TheoryData<string> SchemeIds() => [.. VocabularyCatalog.All.Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(SchemeIds))]
    public void Committed_vocabulary_matches_the_code(string schemeId)
    {
        string json = VocabularyJson.Write(VocabularyCatalog.Get(schemeId)).ReplaceLineEndings("\n") + "\n";
        RepositoryFiles.AssertCommitted(Path.Combine("docs", "vocabularies", schemeId + ".json"), json);
    }

    [Fact]
    public void Committed_organisation_facts_match_the_code() =>
        RepositoryFiles.AssertCommitted(
            Path.Combine("docs", "vocabularies", "organisation-facts.tsv"),
            FactsTsv<OrganisationProfile>(typeof(OrganisationFacts), "The facts of an organisation profile that rules read"));

    [Fact]
    public void Committed_funding_facts_match_the_code() =>
        RepositoryFiles.AssertCommitted(
            Path.Combine("docs", "vocabularies", "funding-facts.tsv"),
            FactsTsv<FundingSubject>(typeof(FundingFacts), "The facts of a funding case that the funding requirements read"));

    [Fact]
    public void Committed_mso_candidate_facts_match_the_code() =>
        RepositoryFiles.AssertCommitted(
            Path.Combine("docs", "vocabularies", "mso-candidate-facts.tsv"),
            FactsTsv<MsoCandidate>(typeof(MsoCandidateFacts), "The facts of an MSO candidate that the due-diligence check reads"));

    [Fact]
    public void Committed_reference_data_matches_the_code()
    {
        var text = new StringBuilder("# Reference surveys, figures and rankings: every field, one record per line (tab-separated).\n");
        foreach (var s in ReferenceData.Surveys)
        {
            Line(text, "survey", s.Id, s.Label.English, s.Label.German, s.Design.English, s.Design.German, s.SurveyYear.ToString(), s.PublicationYear.ToString(), s.Source);
        }
        Line(text, "topic-scheme", ReferenceData.Topics.Id, ReferenceData.Topics.Label.English, ReferenceData.Topics.Label.German, ReferenceData.Topics.Source);
        foreach (var c in ReferenceData.Topics.Concepts)
        {
            Line(text, "topic", c.Id, c.Label.English, c.Label.German, c.Description, c.Source);
        }
        foreach (var f in ReferenceData.Figures)
        {
            Line(text, "figure", f.Id, f.Topic, f.Measures.English, f.Measures.German, f.Value.ToString(CultureInfo.InvariantCulture), f.Unit.ToString(), f.N.ToString(), f.IsApproximate ? "approximate" : "exact", f.Survey.Id);
        }
        foreach (var r in ReferenceData.Rankings)
        {
            Line(text, "ranking", r.Id, r.Topic, r.Measures.English, r.Measures.German, r.ItemScheme, string.Join(" > ", r.Tiers.Select(t => string.Join(" = ", t))), r.Survey.Id);
        }
        RepositoryFiles.AssertCommitted(Path.Combine("docs", "vocabularies", "reference-data.tsv"), text.ToString());
    }

    [Fact]
    public void Committed_vocabulary_structure_matches_the_code()
    {
        var text = new StringBuilder("# How the vocabularies relate: objective cells, indicator functions, function relations, funding form traits, cooperation factors, the default crosswalk.\n");
        foreach (var o in Enum.GetValues<Objective>())
        {
            Line(text, "objective-cell", ObjectivesVocabulary.Objectives.IdOf(o), ObjectivesVocabulary.Cells.IdOf(ObjectivesVocabulary.CellOf(o)));
        }
        foreach (var i in Enum.GetValues<FunctionIndicator>())
        {
            Line(text, "indicator-function", SocialSecurityVocabulary.Indicators.IdOf(i), SocialSecurityVocabulary.Functions.IdOf(SocialSecurityVocabulary.FunctionOf(i)));
        }
        foreach (var r in SocialSecurityVocabulary.Relations)
        {
            Line(text, "function-relation", SocialSecurityVocabulary.Functions.IdOf(r.From), r.KindId, r.To is { } to ? SocialSecurityVocabulary.Functions.IdOf(to) : "-", r.Description, r.Source);
        }
        foreach (var form in Enum.GetValues<FundingForm>())
        {
            var t = FundingVocabulary.TraitsOf(form);
            Line(text, "funding-form-traits", FundingVocabulary.Forms.IdOf(form), "time-limited=" + t.TimeLimited, "paid-staff=" + t.EnablesPaidStaff, "renting-rooms=" + t.EnablesRentingRooms, t.Source);
        }
        foreach (var f in CooperationFactors.All)
        {
            Line(text, "cooperation-factor", f.Id, CooperationVocabulary.FactorKinds.IdOf(f.Kind), CooperationVocabulary.FactorSides.IdOf(f.Side), f.Concept.Label.English, f.Concept.Label.German, f.Concept.Description, f.Concept.Source);
        }
        var crosswalk = Crosswalks.Default;
        Line(text, "crosswalk", crosswalk.Id, crosswalk.Label.English, crosswalk.Label.German, string.Join(",", crosswalk.Schemes.Select(s => s.Id)));
        foreach (var m in crosswalk.Mappings)
        {
            Line(text, "crosswalk-mapping", m.SourceScheme, m.SourceConcept, MappingRelations.Scheme.IdOf(m.Relation), m.TargetScheme, m.TargetConcept, m.Rationale, m.Source);
        }
        RepositoryFiles.AssertCommitted(Path.Combine("docs", "vocabularies", "vocabulary-structure.tsv"), text.ToString());
    }

    [Fact]
    public void Committed_rule_trees_match_the_code()
    {
        var text = new StringBuilder("# Every built-in rule, depth first: root, depth, id, English label, German label, source.\n");
        foreach (var definition in DefinitionSet.Default.Definitions)
        {
            RuleLines(text, definition.Id, definition.Rule, 0);
        }
        RuleLines(text, "container-term", DefinitionSet.Default.ContainerTerm, 0);
        foreach (var policy in FundingPolicies.All)
        {
            RuleLines(text, policy.Id, policy.Rule, 0);
        }
        RuleLines(text, "due-diligence", DueDiligence.Rule(DueDiligenceParameters.Default), 0);
        RepositoryFiles.AssertCommitted(Path.Combine("docs", "vocabularies", "rules.tsv"), text.ToString());
    }

    [Fact]
    public void Committed_default_funding_ladder_matches_the_code() =>
        RepositoryFiles.AssertCommitted(
            Path.Combine("docs", "vocabularies", "funding-ladder.json"),
            FundingJson.SerializeLadder(FundingLadder.Default).ReplaceLineEndings("\n").TrimEnd('\n') + "\n");

    private static void RuleLines<TSubject>(StringBuilder text, string root, Rule<TSubject> rule, int depth)
    {
        Line(text, root, depth.ToString(CultureInfo.InvariantCulture), rule.Id, rule.Label.English, rule.Label.German, rule.Source);
        var parts = rule is Negation<TSubject> not ? [not.Inner] : rule.Parts;
        foreach (var part in parts)
        {
            RuleLines(text, root, part, depth + 1);
        }
    }

    internal static string FactsTsv<TSubject>(Type holder, string title)
    {
        var text = new StringBuilder("# " + title + ": id, English label, German label.\n");
        foreach (var property in holder.GetProperties(BindingFlags.Public | BindingFlags.Static).OrderBy(p => p.MetadataToken))
        {
            var descriptor = (FactDescriptor<TSubject>)property.GetValue(null)!;
            text.Append(descriptor.Id).Append('\t').Append(descriptor.Label.English).Append('\t').Append(descriptor.Label.German).Append('\n');
        }
        return text.ToString();
    }

    private static void Line(StringBuilder text, params string[] fields)
    {
        foreach (string field in fields)
        {
            Assert.DoesNotContain('\t', field);
            Assert.DoesNotContain('\n', field);
        }
        text.Append(string.Join('\t', fields)).Append('\n');
    }

    [Fact]
    public void Every_vocabulary_file_belongs_to_a_scheme()
    {
        string dir = Path.Combine(RepositoryFiles.Root(), "docs", "vocabularies");
        var names = Directory.GetFiles(dir, "*.json").Select(f => Path.GetFileNameWithoutExtension(f));
        Assert.All(names.Where(n => n != "funding-ladder"), n => Assert.Contains(n, VocabularyCatalog.All.Select(s => s.Id)));
    }
}
