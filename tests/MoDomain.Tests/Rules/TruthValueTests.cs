using System;
using MoDomain.Rules;
using Xunit;

namespace MoDomain.Tests.Rules;

/// <summary>
/// <see cref="Truth.Value"/> / <see cref="Truth.FromValue"/>: the enum view of a truth value for switch statements, and the
/// labels of <see cref="TruthVocabulary.Values"/>.
/// </summary>
public sealed class TruthValueTests
{
    private static string Describe(Truth outcome) => outcome.Value switch
    {
        TruthValue.Yes => "met",
        TruthValue.No => "not met",
        TruthValue.Unknown => "open",
        _ => throw new InvalidOperationException("not a TruthValue"),
    };

    [Fact]
    public void A_switch_on_Value_distinguishes_the_three_values()
    {
        Assert.Equal("met", Describe(Truth.Yes));
        Assert.Equal("not met", Describe(Truth.No));
        Assert.Equal("open", Describe(Truth.Unknown));
        Assert.Equal("open", Describe(default));
    }

    [Fact]
    public void The_enum_is_numbered_like_the_vocabularies_and_defaults_to_unknown()
    {
        Assert.Equal(TruthValue.Unknown, default(TruthValue));
        Assert.Equal(0, (int)TruthValue.Unknown);
        Assert.Equal(1, (int)TruthValue.Yes);
        Assert.Equal(2, (int)TruthValue.No);
        Assert.Equal(TruthValue.Unknown, default(Truth).Value);
    }

    [FsCheck.Xunit.Property]
    public bool FromValue_inverts_Value(bool? answer)
    {
        var truth = answer is null ? Truth.Unknown : Truth.FromBoolean(answer.Value);
        return Truth.FromValue(truth.Value) == truth
            && truth.Value == (answer is null ? TruthValue.Unknown : answer.Value ? TruthValue.Yes : TruthValue.No);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void FromValue_rejects_an_undefined_number_naming_the_parameter(int number)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Truth.FromValue((TruthValue)number));
        Assert.Equal("value", ex.ParamName);
    }

    [Fact]
    public void The_vocabulary_ids_are_the_truth_ids_with_english_and_german_labels()
    {
        foreach (var truth in new[] { Truth.Yes, Truth.No, Truth.Unknown })
        {
            Assert.Equal(truth.Id, TruthVocabulary.Values.IdOf(truth.Value));
            Assert.True(TruthVocabulary.Values.TryParse(truth.Id, out var parsed));
            Assert.Equal(truth.Value, parsed);
        }
        Assert.Equal("truth-values", TruthVocabulary.Values.Scheme.Id);
        Assert.Equal("Ja", TruthVocabulary.Values.ConceptOf(TruthValue.Yes).Label.German);
        Assert.Equal("No", TruthVocabulary.Values.ConceptOf(TruthValue.No).Label.English);
        Assert.Equal("Unbekannt", TruthVocabulary.Values.ConceptOf(TruthValue.Unknown).Label.German);
    }

    [Fact]
    public void Every_domain_reading_of_yes_no_unknown_keeps_its_ids()
    {
        Assert.Equal(["undetermined", "eligible", "not-eligible"], Ids(MoDomain.Funding.FundingVocabulary.EligibilityOutcomes));
        Assert.Equal(["undetermined", "clear", "concern"], Ids(MoDomain.Cooperation.CooperationVocabulary.DueDiligenceOutcomes));
        Assert.Equal(["unknown", "present", "absent"], Ids(MoDomain.Cooperation.CooperationVocabulary.FactorPresences));
    }

    private static string[] Ids(MoDomain.Vocabulary.EnumScheme<TruthValue> scheme) =>
        [scheme.IdOf(TruthValue.Unknown), scheme.IdOf(TruthValue.Yes), scheme.IdOf(TruthValue.No)];
}
