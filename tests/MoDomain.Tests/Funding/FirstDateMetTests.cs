using MoDomain.Definitions;
using MoDomain.Funding;
using static MoDomain.Tests.Funding.Fixtures;

namespace MoDomain.Tests.Funding;

/// <summary>
/// <see cref="FundingGapAnalysis.FirstDateMet"/> names a date only when the requirement is met on it: a candidate date
/// (here the end of the three § 75 years) on which another precondition still fails gives no date.
/// </summary>
public sealed class FirstDateMetTests
{
    [Fact]
    public void No_date_when_the_requirement_is_still_not_met_on_the_candidate_date()
    {
        var entitled = FundingRequirement.YouthWelfareRecognition(RecognitionStatus.Entitled);
        var notNonProfit = new FundingCase(
            Profile(LegalForm.RegisteredAssociation, nonProfit: NonProfitStatus.NotRecognised), LegalPersonKind.Association,
            youthWelfareStart: YouthStart, professionalPrerequisites: true, conduciveToBasicLaw: true);
        var subject = Subject(notNonProfit, YouthStart.PlusYears(1));
        Assert.True(entitled.IsTimeBased);
        Assert.False(entitled.Rule.Decide(subject.WithDate(EntitledOn)).IsYes);
        Assert.Null(FundingGapAnalysis.FirstDateMet(entitled, subject));

        // The same case with recognised non-profit status becomes entitled exactly on that date.
        var nonProfit = Youth(LegalPersonKind.Association, start: YouthStart);
        Assert.Equal(EntitledOn, FundingGapAnalysis.FirstDateMet(entitled, Subject(nonProfit, YouthStart.PlusYears(1))));
    }
}
