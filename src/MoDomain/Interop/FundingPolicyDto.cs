using System.Collections.Generic;

namespace MoDomain.Interop;

/// <summary>The JSON shape of a funding policy (contract version 1).</summary>
internal sealed class FundingPolicyDto
{
    public int? SchemaVersion { get; set; }

    [JsonSchemaRule(Required = true)]
    [System.ComponentModel.DataAnnotations.RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public string? Id { get; set; }

    [JsonSchemaRule(Required = true)]
    public TextDto? Label { get; set; }

    [JsonSchemaRule(Required = true, NotBlank = true)]
    public string? Source { get; set; }

    [JsonSchemaRule(Required = true)]
    public List<FundingRequirementDto?>? Requirements { get; set; }
}
