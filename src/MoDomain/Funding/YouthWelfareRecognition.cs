using MoDomain.Internal;
using MoDomain.Rules;
using NodaTime;

namespace MoDomain.Funding;

/// <summary>Recognition as a free youth-welfare provider under § 75 SGB VIII (DOMAIN.md §4.1).</summary>
/// <remarks>
/// The three years count from <see cref="FundingCase.YouthWelfareStart"/>, never from the founding date (which no rule
/// here reads), and are counted with <see cref="FundingPeriods.FirstDayAfterYears"/> (a start on 29 February completes on
/// 1 March in a common year). Individuals are never recognisable. Churches, public-law religious communities and the
/// federal free-welfare associations are recognised by law; membership of the Paritätischer does not make an MO a
/// subdivision. Whether subdivisions share the status is the interpretive parameter <c>subdivisionsRecognisedByLaw</c>.
/// </remarks>
public static class YouthWelfareRecognition
{
    /// <summary>Assesses a subject.</summary>
    /// <param name="subject">The subject.</param>
    /// <param name="subdivisionsRecognisedByLaw">Whether Land and local subdivisions share the status; default unknown (disputed).</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="subject"/> is null.</exception>
    public static RecognitionAssessment Assess(FundingSubject subject, Truth subdivisionsRecognisedByLaw = default)
    {
        Guard.Against.Null(subject);
        var rules = YouthWelfareRules.For(subdivisionsRecognisedByLaw);
        LocalDate? date = subject.Case.YouthWelfareStart.TryGetValue(out var start) ? YouthWelfareRules.EntitlementDate(start) : null;
        return new RecognitionAssessment(rules.Status(subject), rules.ByLaw.Evaluate(subject), rules.Entitled.Evaluate(subject), rules.Recognisable.Evaluate(subject), date);
    }

    /// <summary>Assesses a case at a date.</summary>
    /// <param name="case">The case.</param>
    /// <param name="at">The date.</param>
    /// <param name="subdivisionsRecognisedByLaw">Whether subdivisions share the status.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="case"/> is null.</exception>
    public static RecognitionAssessment Assess(FundingCase @case, LocalDate at, Truth subdivisionsRecognisedByLaw = default) =>
        Assess(new FundingSubject(@case, at), subdivisionsRecognisedByLaw);
}
