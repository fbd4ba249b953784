using System.Collections.Generic;

namespace MoDomain.Interop;

/// <summary>A document of funding policies.</summary>
internal sealed class FundingPolicyCollectionDto
{
    public int? SchemaVersion { get; set; }

    public List<FundingPolicyDto>? Policies { get; set; }
}
