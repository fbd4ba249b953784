using System;
using System.Linq;
using MoDomain.Rules;
using MoDomain.Samples;
using MoDomain.SocialSecurity;
using MoDomain.Vocabulary;
using NodaTime;

namespace MoDomain.Tests.SocialSecurity;

/// <summary>Example tests pinned to DOMAIN.md §3.1–3.2 (every id, indicator → function, relations) and to the sample evidence.</summary>
public sealed class SocialSecurityVocabularyTests
{
    public static TheoryData<string, string> IndicatorFunctions { get; } = new()
    {
        { "safe-space", "homemaking" },
        { "arriving-feeling-at-home", "homemaking" },
        { "informal-social-network", "homemaking" },
        { "formal-offers", "service" },
        { "informal-to-formal-continuum", "service" },
        { "volunteer-to-professional", "service" },
        { "statutory-structures", "service" },
        { "welfare-association-membership", "service" },
        { "mediation-into-welfare-system", "hinge" },
        { "referral-and-access", "hinge" },
        { "support-using-services", "hinge" },
        { "tension-between-sides", "hinge" },
        { "interest-representation", "advocacy" },
        { "making-needs-visible", "advocacy" },
        { "expert-for-policy", "advocacy" },
        { "demanding-intercultural-opening", "advocacy" },
    };

    [Fact]
    public void The_four_functions_have_the_ids_and_german_labels_of_the_brief()
    {
        var scheme = SocialSecurityVocabulary.Functions.Scheme;
        Assert.Equal("social-security-functions", scheme.Id);
        Assert.Equal(["homemaking", "service", "hinge", "advocacy"], scheme.Concepts.Select(c => c.Id));
        Assert.Equal(["Homemaking-Funktion", "Dienstleistungsfunktion", "Scharnierfunktion", "Anwaltschaft-Funktion"], scheme.Concepts.Select(c => c.Label.German));
        Assert.Equal("hinge", SocialSecurityFunction.Hinge.ToString().ToLowerInvariant());
        Assert.Equal("hinge", SocialSecurityVocabulary.Functions.IdOf(SocialSecurityFunction.Hinge));
    }

    [Theory]
    [MemberData(nameof(IndicatorFunctions))]
    public void Every_indicator_belongs_to_the_function_of_the_brief(string indicatorId, string functionId)
    {
        Assert.True(SocialSecurityVocabulary.Indicators.TryParse(indicatorId, out var indicator));
        Assert.True(SocialSecurityVocabulary.Functions.TryParse(functionId, out var function));
        Assert.Equal(function, SocialSecurityVocabulary.FunctionOf(indicator));
        Assert.Contains(indicator, SocialSecurityVocabulary.IndicatorsOf(function));
    }

    [Fact]
    public void The_indicators_are_exactly_those_of_the_brief_and_partition_by_function()
    {
        var ids = SocialSecurityVocabulary.Indicators.Scheme.Concepts.Select(c => c.Id).ToArray();
        Assert.Equal(IndicatorFunctions.Select(row => row.Data.Item1), ids);
        Assert.Equal(16, ids.Length);
        Assert.Equal([3, 5, 4, 4], Enum.GetValues<SocialSecurityFunction>().Select(f => SocialSecurityVocabulary.IndicatorsOf(f).Length));
        Assert.Equal(Enum.GetValues<FunctionIndicator>(), Enum.GetValues<SocialSecurityFunction>().SelectMany(f => SocialSecurityVocabulary.IndicatorsOf(f)));
    }

    [Fact]
    public void Perspectives_roles_stances_and_relation_kinds_have_their_ids()
    {
        Assert.Equal(["migrant-organisation", "welfare-association", "public-administration"], SocialSecurityVocabulary.Perspectives.Scheme.Concepts.Select(c => c.Id));
        Assert.Equal(["integration-administration", "employment-agency", "youth-welfare-office"], SocialSecurityVocabulary.AdministrativeRoles.Scheme.Concepts.Select(c => c.Id));
        Assert.Equal(["Integrationsverwaltung", "Arbeitsagentur/Jobcenter", "Jugendamt"], SocialSecurityVocabulary.AdministrativeRoles.Scheme.Concepts.Select(c => c.Label.German));
        Assert.Equal(["supports", "contradicts"], SocialSecurityVocabulary.EvidenceStances.Scheme.Concepts.Select(c => c.Id));
        Assert.Equal(["favours", "distinguishes", "relevant-to-social-security"], SocialSecurityVocabulary.RelationKinds.Scheme.Concepts.Select(c => c.Id));
    }

    [Fact]
    public void Every_source_concept_cites_mikoss_2022_and_has_two_labels_and_a_description()
    {
        var schemes = new[]
        {
            SocialSecurityVocabulary.Functions.Scheme, SocialSecurityVocabulary.Indicators.Scheme, SocialSecurityVocabulary.Perspectives.Scheme,
            SocialSecurityVocabulary.AdministrativeRoles.Scheme, SocialSecurityVocabulary.RelationKinds.Scheme,
        };
        foreach (var concept in schemes.SelectMany(s => s.Concepts))
        {
            Assert.Equal(SourceKeys.Mikoss2022, concept.Source);
            Assert.False(string.IsNullOrWhiteSpace(concept.Label.English));
            Assert.False(string.IsNullOrWhiteSpace(concept.Label.German));
            Assert.False(string.IsNullOrWhiteSpace(concept.Description));
            Assert.Equal(concept.Id, concept.ToString());
        }
        Assert.All(SocialSecurityVocabulary.EvidenceStances.Scheme.Concepts, c => Assert.Equal(SourceKeys.Model, c.Source));
    }

    [Fact]
    public void An_unknown_id_suggests_the_closest()
    {
        var ex = Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => SocialSecurityVocabulary.Indicators.Scheme["safe-spaces"]);
        Assert.Contains("'safe-space'", ex.Message);
        Assert.Contains("'hinge'", SocialSecurityVocabulary.Functions.Suggest("hing"));
    }

    [Fact]
    public void The_relations_stated_by_the_source_are_data()
    {
        Assert.Equal(
            ["homemaking favours service", "homemaking distinguishes", "homemaking relevant-to-social-security"],
            SocialSecurityVocabulary.Relations.Select(r => r.ToString()));
        var favours = SocialSecurityVocabulary.Relations[0];
        Assert.Equal(SocialSecurityFunction.Homemaking, favours.From);
        Assert.Equal(SocialSecurityFunction.Service, favours.To);
        Assert.Equal(FunctionRelationKind.Favours, favours.Kind);
        Assert.Equal("favours", favours.KindId);
        Assert.Null(SocialSecurityVocabulary.Relations[1].To);
        Assert.All(SocialSecurityVocabulary.Relations, r => Assert.Equal(SourceKeys.Mikoss2022, r.Source));
        Assert.Equal(3, SocialSecurityVocabulary.RelationsFrom(SocialSecurityFunction.Homemaking).Length);
        Assert.Empty(SocialSecurityVocabulary.RelationsFrom(SocialSecurityFunction.Advocacy));
    }

    [Fact]
    public void A_hand_built_assessment_reports_functions_strength_disagreement_and_matrix()
    {
        var reference = new EvidenceReference("interview-mo-03", "seg-1", date: new Fact<LocalDate>(new LocalDate(2021, 5, 4)));
        var a = new FunctionAssessment("Together e.V.",
        [
            new FunctionEvidence(FunctionIndicator.SafeSpace, Perspective.MigrantOrganisation, EvidenceStance.Supports, reference),
            new FunctionEvidence(FunctionIndicator.SafeSpace, Perspective.MigrantOrganisation, EvidenceStance.Supports, reference), // the same observation twice
            new FunctionEvidence(FunctionIndicator.ArrivingFeelingAtHome, Perspective.PublicAdministration, EvidenceStance.Supports, new EvidenceReference("interview-ba-01"), AdministrativeRole.EmploymentAgency),
            new FunctionEvidence(FunctionIndicator.ReferralAndAccess, Perspective.MigrantOrganisation, EvidenceStance.Supports, new EvidenceReference("interview-mo-03", "seg-9")),
            new FunctionEvidence(FunctionIndicator.ReferralAndAccess, Perspective.WelfareAssociation, EvidenceStance.Contradicts, new EvidenceReference("interview-wv-01")),
            new FunctionEvidence(FunctionIndicator.FormalOffers, Perspective.WelfareAssociation, EvidenceStance.Contradicts, new EvidenceReference("interview-wv-01", "seg-2")),
        ]);
        Assert.Equal(5, a.Evidence.Length);
        Assert.Equal(5, a.Matrix.Total);
        Assert.Equal([SocialSecurityFunction.Homemaking, SocialSecurityFunction.Hinge], a.EvidencedFunctions);
        Assert.Equal(2, a.Strength(SocialSecurityFunction.Homemaking));
        Assert.Equal(0, a.Strength(SocialSecurityFunction.Service));
        Assert.False(a.IsEvidenced(SocialSecurityFunction.Service));
        Assert.Equal(1, a.Contradictions(SocialSecurityFunction.Service));
        Assert.Equal([Perspective.MigrantOrganisation, Perspective.PublicAdministration], a.SupportingPerspectives(SocialSecurityFunction.Homemaking));
        var d = Assert.Single(a.Disagreements);
        Assert.Equal(SocialSecurityFunction.Hinge, d.Function);
        Assert.Equal([Perspective.MigrantOrganisation], d.SupportedBy);
        Assert.Equal([Perspective.WelfareAssociation], d.ContradictedBy);
        Assert.Equal("hinge supported-by migrant-organisation contradicted-by welfare-association", d.ToString());
        Assert.Equal("homemaking 1 0 1; service 0 1 0; hinge 1 1 0; advocacy 0 0 0", a.Matrix.ToString());
        Assert.Equal("homemaking 1 0 1; service 0 0 0; hinge 1 0 0; advocacy 0 0 0", a.SupportingMatrix.ToString());
        Assert.Equal(EvidenceStance.Contradicts, a.ContradictingMatrix.Stance);
        Assert.Null(a.Matrix.Stance);
        Assert.Equal("Together e.V.: homemaking, hinge", a.ToString());
        Assert.Equal("homemaking/safe-space supports migrant-organisation interview-mo-03#seg-1@2021-05-04", a.Evidence[0].ToString());
        Assert.Equal("homemaking/arriving-feeling-at-home supports public-administration/employment-agency interview-ba-01", a.Evidence[1].ToString());

        var mo = a.For(Perspective.MigrantOrganisation);
        Assert.Equal(2, mo.Matrix.Total);
        Assert.Empty(mo.Disagreements);
        Assert.Equal([SocialSecurityFunction.Homemaking, SocialSecurityFunction.Hinge], mo.EvidencedFunctions);
    }

    [Fact]
    public void The_sample_has_evidence_for_every_sample_organisation()
    {
        Assert.Equal(14, SampleData.Organisations.Length);
        Assert.Equal(SampleData.Organisations.Select(o => o.Id).Order(StringComparer.Ordinal), SampleFunctionEvidence.BySampleId.Keys.Order(StringComparer.Ordinal));
        for (int i = 0; i < SampleData.Organisations.Length; i++)
        {
            Assert.Equal(SampleData.Organisations[i].Profile.Name, SampleFunctionEvidence.Profiles[i].Organisation);
            Assert.Same(SampleFunctionEvidence.Profiles[i], SampleFunctionEvidence.For(SampleData.Organisations[i].Id));
        }
        Assert.True(SampleFunctionEvidence.For("glaubensgemeinschaft-lichtblick").IsEmpty);
        Assert.False(SampleFunctionEvidence.TryGet(null, out _));
        var ex = Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => SampleFunctionEvidence.For("nope"));
        Assert.Contains("nope", ex.Message);
    }

    [Fact]
    public void The_sample_covers_every_indicator_perspective_and_role_and_has_disagreements()
    {
        var all = SampleFunctionEvidence.Profiles.SelectMany(p => p.Evidence).ToArray();
        Assert.Equal(Enum.GetValues<FunctionIndicator>(), all.Where(e => e.Stance == EvidenceStance.Supports).Select(e => e.Indicator).Distinct().Order());
        Assert.Equal(Enum.GetValues<Perspective>(), all.Select(e => e.Perspective).Distinct().Order());
        Assert.Equal(Enum.GetValues<AdministrativeRole>(), all.Where(e => e.AdministrativeRole.IsKnown).Select(e => e.AdministrativeRole.Value).Distinct().Order());
        Assert.Contains(all, e => e.Stance == EvidenceStance.Contradicts);
        Assert.Contains(all, e => e.Reference.Date.IsUnknown);
        Assert.Contains(all, e => e.Perspective == Perspective.PublicAdministration && e.AdministrativeRole.IsUnknown);

        var mosque = SampleFunctionEvidence.For("moscheegemeinde-am-hafen").Assess();
        var d = Assert.Single(mosque.Disagreements);
        Assert.Equal(SocialSecurityFunction.Hinge, d.Function);
        Assert.Equal([Perspective.MigrantOrganisation, Perspective.PublicAdministration], d.SupportedBy);
        Assert.Equal([Perspective.PublicAdministration], d.ContradictedBy);

        var parents = SampleFunctionEvidence.For("elternnetzwerk-bildungsbruecke").Assess();
        Assert.Equal(SocialSecurityFunction.Service, Assert.Single(parents.Disagreements).Function);
        Assert.Equal(2, parents.Strength(SocialSecurityFunction.Service));

        var umbrella = SampleFunctionEvidence.For("dachverband-migrantischer-vereine").Assess();
        Assert.Equal([SocialSecurityFunction.Service, SocialSecurityFunction.Advocacy], umbrella.EvidencedFunctions);
        Assert.Equal("homemaking 0 0 0; service 2 2 0; hinge 0 0 0; advocacy 1 0 1", umbrella.Matrix.ToString());
    }
}
