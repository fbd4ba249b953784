using System;
using System.Collections.Immutable;
using MoDomain.Definitions;
using MoDomain.Funding;
using MoDomain.Internal;
using MoDomain.Rules;

namespace MoDomain.Cooperation;

/// <summary>
/// How a municipality is set up for cooperation with MOs (DOMAIN.md §5.3): concept, job description, staff and budget
/// share bands, room provision, advice and qualification; comparable with the survey of 32 municipalities.
/// </summary>
/// <remarks>Immutable; every fact may be unknown (the default).</remarks>
public sealed class MunicipalSetUp
{
    /// <summary>Initializes a set-up.</summary>
    /// <param name="hasConcept">Whether there is a concept for cooperation with MOs.</param>
    /// <param name="hasJobDescription">Whether a job description covers the cooperation.</param>
    /// <param name="staffShare">The band of the integration department's staff share spent on MO cooperation.</param>
    /// <param name="budgetShare">The band of the integration department's budget share spent on work with and by MOs.</param>
    /// <param name="roomProvision">The forms of room provision, ids in <see cref="FundingVocabulary.RoomForms"/> (empty: none of the named forms).</param>
    /// <param name="qualificationOffers">The ways of advice and qualification offered, ids in <see cref="FundingVocabulary.QualificationWays"/> (empty: none).</param>
    /// <exception cref="ArgumentOutOfRangeException">A known enum value is not defined.</exception>
    /// <exception cref="ArgumentNullException">A known set is null.</exception>
    public MunicipalSetUp(
        Fact<bool> hasConcept = default,
        Fact<bool> hasJobDescription = default,
        Fact<ShareBand> staffShare = default,
        Fact<ShareBand> budgetShare = default,
        Fact<ValueSet<RoomForm>> roomProvision = default,
        Fact<ValueSet<QualificationWay>> qualificationOffers = default)
    {
        HasConcept = hasConcept;
        HasJobDescription = hasJobDescription;
        StaffShare = staffShare.IsKnown ? Guard.Against.UndefinedValue(staffShare.Value, nameof(staffShare)) : staffShare;
        BudgetShare = budgetShare.IsKnown ? Guard.Against.UndefinedValue(budgetShare.Value, nameof(budgetShare)) : budgetShare;
        RoomProvision = ProfileChecks.CheckSet(roomProvision, nameof(roomProvision));
        QualificationOffers = ProfileChecks.CheckSet(qualificationOffers, nameof(qualificationOffers));
    }

    /// <summary>Gets whether there is a concept.</summary>
    public Fact<bool> HasConcept { get; }

    /// <summary>Gets whether there is a job description.</summary>
    public Fact<bool> HasJobDescription { get; }

    /// <summary>Gets the staff share band.</summary>
    public Fact<ShareBand> StaffShare { get; }

    /// <summary>Gets the budget share band.</summary>
    public Fact<ShareBand> BudgetShare { get; }

    /// <summary>Gets the forms of room provision (the funding vocabulary's <see cref="FundingVocabulary.RoomForms"/>).</summary>
    public Fact<ValueSet<RoomForm>> RoomProvision { get; }

    /// <summary>Gets the ways of advice and qualification offered (the funding vocabulary's <see cref="FundingVocabulary.QualificationWays"/>).</summary>
    public Fact<ValueSet<QualificationWay>> QualificationOffers { get; }

    /// <summary>Compares the set-up with the survey figures (<see cref="CooperationSurvey"/>, n = 32): for each figure,
    /// whether this municipality belongs to the group it counts.</summary>
    /// <returns>One line per set-up figure, in survey order.</returns>
    public ImmutableArray<SetUpComparisonLine> CompareWithSurvey()
    {
        Truth concept = HasConcept.Test(static v => v), job = HasJobDescription.Test(static v => v);
        return
        [
            new(CooperationSurvey.Concept, concept),
            new(CooperationSurvey.JobDescription, job),
            new(CooperationSurvey.ConceptAndJobDescription, concept & job),
            new(CooperationSurvey.ConceptOnly, concept & !job),
            new(CooperationSurvey.JobDescriptionOnly, job & !concept),
            new(CooperationSurvey.StaffOver25Percent, StaffShare.Test(static b => b == ShareBand.Over25Percent)),
            new(CooperationSurvey.Staff11To25Percent, StaffShare.Test(static b => b == ShareBand.From11To25Percent)),
            new(CooperationSurvey.BudgetOver25Percent, BudgetShare.Test(static b => b == ShareBand.Over25Percent)),
            new(CooperationSurvey.Budget11To25Percent, BudgetShare.Test(static b => b == ShareBand.From11To25Percent)),
            new(CooperationSurvey.MunicipalMeetingRooms, RoomProvision.Test(static s => s.Contains(RoomForm.MunicipalMeetingRooms))),
            new(CooperationSurvey.SeveralRoomForms, RoomProvision.Test(static s => s.Count >= 2)),
            new(CooperationSurvey.NoRoomForm, RoomProvision.Test(static s => s.IsEmpty)),
            new(CooperationSurvey.AdviceAndQualification, QualificationOffers.Test(static s => !s.IsEmpty)),
        ];
    }
}
