using MoDomain.Definitions;
using MoDomain.Funding;
using MoDomain.Rules;
using MoDomain.Vocabulary;
using static MoDomain.Tests.Funding.Fixtures;

namespace MoDomain.Tests.Funding;

/// <summary>
/// The explanations of § 75 Abs. 1 Nr. 3 and Nr. 4 (professional and staffing prerequisites; work conducive to the
/// aims of the Basic Law) for each value of their fact, in both languages, and the outcome they give.
/// </summary>
public sealed class Section75CriterionTextTests
{
    [Theory]
    [InlineData("yes", "It meets the professional and staffing prerequisites.", "Sie erfüllt die fachlichen und personellen Voraussetzungen.")]
    [InlineData("no", "It does not meet the professional and staffing prerequisites.", "Sie erfüllt die fachlichen und personellen Voraussetzungen nicht.")]
    [InlineData("unknown", "'professional-prerequisites' is unknown.", "„professional-prerequisites“ ist unbekannt.")]
    public void Professional_and_staffing_prerequisites_explain_each_outcome(string value, string english, string german)
    {
        var c = Case(prerequisites: Value(value), basicLaw: true);
        var part = Part(c, "professional-and-staffing-prerequisites");
        Assert.Equal(Outcome(value), part.Outcome);
        Assert.Equal(new LocalizedText(english, german), part.Explanation);
        Assert.Equal(Outcome(value), Part(c, "section-75-abs-1").Outcome);
    }

    [Theory]
    [InlineData("yes", "It guarantees work conducive to the aims of the Basic Law.", "Sie bietet Gewähr für eine dem Grundgesetz förderliche Arbeit.")]
    [InlineData("no", "It does not guarantee work conducive to the aims of the Basic Law.", "Sie bietet keine Gewähr für eine dem Grundgesetz förderliche Arbeit.")]
    [InlineData("unknown", "'conducive-to-basic-law' is unknown.", "„conducive-to-basic-law“ ist unbekannt.")]
    public void Work_conducive_to_the_basic_law_explains_each_outcome(string value, string english, string german)
    {
        var c = Case(prerequisites: true, basicLaw: Value(value));
        var part = Part(c, "conducive-to-basic-law");
        Assert.Equal(Outcome(value), part.Outcome);
        Assert.Equal(new LocalizedText(english, german), part.Explanation);
        Assert.Equal(Outcome(value), Part(c, "section-75-abs-1").Outcome);
    }

    private static FundingCase Case(Fact<bool> prerequisites, Fact<bool> basicLaw) =>
        new(Profile(LegalForm.RegisteredAssociation, nonProfit: NonProfitStatus.Recognised), LegalPersonKind.Association,
            youthWelfareStart: YouthStart, professionalPrerequisites: prerequisites, conduciveToBasicLaw: basicLaw);

    private static Evaluation Part(FundingCase c, string id)
    {
        Assert.True(YouthWelfareRecognition.Assess(c, AsOf).Recognisable.TryFind(id, out var part), id);
        return part;
    }

    private static Fact<bool> Value(string value) => value switch { "yes" => true, "no" => false, _ => Fact<bool>.Unknown };

    private static Truth Outcome(string value) => value switch { "yes" => Truth.Yes, "no" => Truth.No, _ => Truth.Unknown };
}
