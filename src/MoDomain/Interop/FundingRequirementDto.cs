using System.Collections.Generic;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace MoDomain.Interop;

/// <summary>The JSON shape of a funding requirement: a kind id and its parameters (custom requirements: the id alone).</summary>
internal sealed class FundingRequirementDto
{
    [Description("A built-in requirement kind id (legal-person, recognised-non-profit, paid-structures, offers-beyond-own-community, demonstrable-success, youth-welfare-recognition, intercultural-staff, trust-building, resources-provided) or the id of a custom requirement, which the reader resolves through the FundingRequirementRegistry it is given. Custom requirements take no parameters.")]
    [RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$")]
    [JsonSchemaRule(Required = true)]
    public string? Kind { get; set; }

    [JsonSchemaRule(Minimum = 0, Maximum = 200)]
    public int? MinimumYears { get; set; }

    [JsonSchemaRule(IdsOf = typeof(MoDomain.Funding.FundingVocabulary), IdsMember = nameof(MoDomain.Funding.FundingVocabulary.RecognitionStatuses))]
    public string? MinimumStatus { get; set; }

    [JsonSchemaRule(IdsOf = typeof(MoDomain.Funding.FundingVocabulary), IdsMember = nameof(MoDomain.Funding.FundingVocabulary.Funders))]
    public List<string?>? OnlyForFunders { get; set; }

    public string? SubdivisionsRecognisedByLaw { get; set; }
}
