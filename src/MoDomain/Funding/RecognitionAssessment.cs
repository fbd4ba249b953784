using MoDomain.Rules;
using NodaTime;

namespace MoDomain.Funding;

/// <summary>The § 75 SGB VIII assessment of a subject: the five-valued status and the three tri-state tiers it comes from.</summary>
/// <remarks>Mapping onto the tri-state mechanism: <see cref="RecognisedByLaw"/> (Abs. 3) ⊆ <see cref="Entitled"/> (Abs. 3 or
/// Abs. 1 + three years) ⊆ <see cref="Recognisable"/> (Abs. 3 or Abs. 1). The status is recognised-by-law when the first is
/// yes and undetermined while it is unknown (the kind of legal person could still make it recognised by law); once it is no:
/// entitled when the second is yes; not-recognisable when the third is no; may-be-recognised when the third is yes and the
/// second no; otherwise undetermined. So learning a fact never changes a status other than undetermined.</remarks>
public sealed class RecognitionAssessment
{
    internal RecognitionAssessment(RecognitionStatus status, Evaluation recognisedByLaw, Evaluation entitled, Evaluation recognisable, LocalDate? entitlementDate)
    {
        Status = status;
        RecognisedByLaw = recognisedByLaw;
        Entitled = entitled;
        Recognisable = recognisable;
        EntitlementDate = entitlementDate;
    }

    /// <summary>Gets the five-valued status.</summary>
    public RecognitionStatus Status { get; }

    /// <summary>Gets whether it is recognised by law (Abs. 3).</summary>
    public Evaluation RecognisedByLaw { get; }

    /// <summary>Gets whether it is entitled to recognition or recognised by law.</summary>
    public Evaluation Entitled { get; }

    /// <summary>Gets whether it may be recognised at all.</summary>
    public Evaluation Recognisable { get; }

    /// <summary>Gets the first day on which three years of youth-welfare work are complete (<see cref="FundingPeriods"/>), or
    /// <see langword="null"/> when the start is unknown. It never precedes three years after the start.</summary>
    public LocalDate? EntitlementDate { get; }

    /// <summary>Returns the status id and, when known, the entitlement date, e.g. <c>may-be-recognised, entitled from 2027-03-01</c>.</summary>
    /// <returns>The text (ids and ISO dates).</returns>
    public override string ToString() => EntitlementDate is { } date
        ? $"{FundingVocabulary.RecognitionStatuses.IdOf(Status)}, entitled from {NodaTime.Text.LocalDatePattern.Iso.Format(date)}"
        : FundingVocabulary.RecognitionStatuses.IdOf(Status);
}
