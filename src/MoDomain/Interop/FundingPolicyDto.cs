using System.Collections.Generic;

namespace MoDomain.Interop;

/// <summary>The JSON shape of a funding policy (contract version 1).</summary>
internal sealed class FundingPolicyDto
{
    public int? SchemaVersion { get; set; }

    public string? Id { get; set; }

    public TextDto? Label { get; set; }

    public string? Source { get; set; }

    public List<FundingRequirementDto?>? Requirements { get; set; }
}
