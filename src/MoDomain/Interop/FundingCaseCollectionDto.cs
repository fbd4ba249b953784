using System.Collections.Generic;

namespace MoDomain.Interop;

/// <summary>A document of funding cases.</summary>
internal sealed class FundingCaseCollectionDto
{
    public int? SchemaVersion { get; set; }

    public List<FundingCaseDto>? FundingCases { get; set; }
}
