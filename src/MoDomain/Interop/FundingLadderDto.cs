using System.Collections.Generic;

namespace MoDomain.Interop;

/// <summary>The JSON shape of a funding ladder: rungs lowest first.</summary>
internal sealed class FundingLadderDto
{
    public int? SchemaVersion { get; set; }

    public string? Id { get; set; }

    public TextDto? Label { get; set; }

    public List<FundingRungDto?>? Rungs { get; set; }
}
