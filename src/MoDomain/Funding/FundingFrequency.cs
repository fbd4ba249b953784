using System.Collections.Immutable;
using MoDomain.Vocabulary;

namespace MoDomain.Funding;

/// <summary>
/// The survey's frequency order of financial funding forms, a citable fact separate from the <see cref="FundingLadder"/>:
/// funding guidelines most often, a flexible budget second, institutional funding third — in integration departments
/// and likewise in others; integration departments fund MOs more often than other departments.
/// </summary>
public static class FundingFrequency
{
    /// <summary>Gets the forms from most to least frequent.</summary>
    public static ImmutableArray<FundingForm> MostFrequentFirst { get; } =
        [FundingForm.FundingGuidelines, FundingForm.FlexibleBudget, FundingForm.InstitutionalFunding];

    /// <summary>Gets the number of surveyed municipalities (n).</summary>
    public const int Respondents = 32;

    /// <summary>Gets the year of the survey.</summary>
    public const int SurveyYear = 2020;

    /// <summary>Gets the year of publication.</summary>
    public const int PublicationYear = 2023;

    /// <summary>Gets the source key.</summary>
    public const string Source = SourceKeys.Qualitaetszirkel2023;
}
