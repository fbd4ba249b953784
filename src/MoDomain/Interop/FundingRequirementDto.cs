using System.Collections.Generic;

namespace MoDomain.Interop;

/// <summary>The JSON shape of a funding requirement: a kind id and its parameters.</summary>
internal sealed class FundingRequirementDto
{
    public string? Kind { get; set; }

    public int? MinimumYears { get; set; }

    public string? MinimumStatus { get; set; }

    public List<string?>? OnlyForFunders { get; set; }

    public string? SubdivisionsRecognisedByLaw { get; set; }
}
