using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using MoDomain.Cooperation;
using MoDomain.Definitions;
using MoDomain.Funding;
using MoDomain.Internal;
using MoDomain.Objectives;
using MoDomain.Rules;
using MoDomain.SocialSecurity;
using MoDomain.Vocabulary;

namespace MoDomain.Interop;

/// <summary>
/// Every concept scheme the library ships, found by scheme id: the catalogue behind <c>modomain vocab</c> and the
/// exports. It lives in Interop because it gathers the vocabularies of every framework.
/// </summary>
public static class VocabularyCatalog
{
    /// <summary>Gets every shipped scheme, ordered by framework and then as declared.</summary>
    public static ImmutableArray<ConceptScheme> All { get; } =
    [
        TruthVocabulary.Values.Scheme,
        DefinitionsVocabulary.LegalForms.Scheme,
        DefinitionsVocabulary.NonProfitStatuses.Scheme,
        DefinitionsVocabulary.SelfIdentifications.Scheme,
        DefinitionsVocabulary.MigrationReferences.Scheme,
        DefinitionsVocabulary.Purposes.Scheme,
        DefinitionsVocabulary.InternalRoles.Scheme,
        DefinitionsVocabulary.OrganisationKinds.Scheme,
        DefinitionsVocabulary.Orientations.Scheme,
        DefinitionsVocabulary.Staffing.Scheme,
        DefinitionsVocabulary.GeographicScales.Scheme,
        ObjectivesVocabulary.Orientations.Scheme,
        ObjectivesVocabulary.Purposes.Scheme,
        ObjectivesVocabulary.Cells.Scheme,
        ObjectivesVocabulary.Objectives.Scheme,
        ObjectivesVocabulary.EvidenceSources.Scheme,
        SocialSecurityVocabulary.Functions.Scheme,
        SocialSecurityVocabulary.Indicators.Scheme,
        SocialSecurityVocabulary.Perspectives.Scheme,
        SocialSecurityVocabulary.AdministrativeRoles.Scheme,
        SocialSecurityVocabulary.EvidenceStances.Scheme,
        SocialSecurityVocabulary.RelationKinds.Scheme,
        .. FunctionTypologies.All,
        CooperationVocabulary.Roles.Scheme,
        CooperationVocabulary.Levels.Scheme,
        CooperationVocabulary.Forms.Scheme,
        CooperationVocabulary.Topics.Scheme,
        CooperationVocabulary.Initiators.Scheme,
        CooperationVocabulary.PartnerKinds.Scheme,
        CooperationVocabulary.FactorSides.Scheme,
        CooperationVocabulary.FactorKinds.Scheme,
        CooperationVocabulary.FactorPresences.Scheme,
        CooperationFactors.SuccessFactorScheme,
        CooperationFactors.ObstacleScheme,
        CooperationVocabulary.StartSteps.Scheme,
        CooperationVocabulary.ContactForms.Scheme,
        CooperationVocabulary.DueDiligenceOutcomes.Scheme,
        CooperationVocabulary.CommissionerClarifications.Scheme,
        CooperationVocabulary.ShareBands.Scheme,
        CooperationVocabulary.MaturityComparisons.Scheme,
        FundingVocabulary.SupportModes.Scheme,
        FundingVocabulary.Forms.Scheme,
        FundingVocabulary.RoomForms.Scheme,
        FundingVocabulary.QualificationWays.Scheme,
        FundingVocabulary.Funders.Scheme,
        FundingVocabulary.LegalPersonKinds.Scheme,
        FundingVocabulary.RecognitionStatuses.Scheme,
        FundingVocabulary.RequirementKinds.Scheme,
        FundingVocabulary.EligibilityOutcomes.Scheme,
    ];

    /// <summary>Finds a scheme by id.</summary>
    /// <param name="id">The scheme id; null gives false.</param>
    /// <param name="scheme">The scheme when found.</param>
    /// <returns>True when found.</returns>
    public static bool TryGet(string? id, [NotNullWhen(true)] out ConceptScheme? scheme)
    {
        scheme = All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));
        return scheme is not null;
    }

    /// <summary>Gets a scheme by id.</summary>
    /// <param name="id">The scheme id.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No scheme has that id; the message suggests the closest ids.</exception>
    public static ConceptScheme Get(string id)
    {
        Guard.Against.Null(id);
        if (TryGet(id, out var scheme))
        {
            return scheme;
        }
        string hint = IdSuggestions.Text(IdSuggestions.Suggest(id, All.Select(s => s.Id)));
        throw new KeyNotFoundException($"No vocabulary has the id '{id}'; {hint} Known: {string.Join(", ", All.Select(s => s.Id))}.");
    }
}
