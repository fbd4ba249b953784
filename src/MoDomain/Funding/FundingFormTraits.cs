using MoDomain.Rules;
using MoDomain.Vocabulary;

namespace MoDomain.Funding;

/// <summary>What the sources say about one funding form: whether it is time-limited and what it enables.</summary>
/// <remarks>Each trait is a <see cref="Truth"/>: <see cref="Truth.Unknown"/> where the sources say nothing, so no trait is
/// invented. Get the traits of a form with <see cref="FundingVocabulary.TraitsOf"/>.</remarks>
public sealed class FundingFormTraits
{
    internal FundingFormTraits(FundingForm form, Truth timeLimited, Truth enablesPaidStaff, Truth enablesRentingRooms, string source)
    {
        Form = form;
        TimeLimited = timeLimited;
        EnablesPaidStaff = enablesPaidStaff;
        EnablesRentingRooms = enablesRentingRooms;
        Source = source;
    }

    /// <summary>Gets the form.</summary>
    public FundingForm Form { get; }

    /// <summary>Gets whether awards of this form are time-limited (befristet).</summary>
    public Truth TimeLimited { get; }

    /// <summary>Gets whether the form typically enables paid staff (Schritt zur Hauptamtlichkeit).</summary>
    public Truth EnablesPaidStaff { get; }

    /// <summary>Gets whether the form typically enables renting rooms.</summary>
    public Truth EnablesRentingRooms { get; }

    /// <summary>Gets the source key of the traits (<see cref="SourceKeys"/>).</summary>
    public string Source { get; }
}
