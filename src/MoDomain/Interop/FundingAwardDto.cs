using NodaTime;

namespace MoDomain.Interop;

/// <summary>The JSON shape of a funding award.</summary>
internal sealed class FundingAwardDto
{
    public string? Form { get; set; }

    public string? Funder { get; set; }

    public LocalDate? Start { get; set; }

    public LocalDate? End { get; set; }

    public decimal? Amount { get; set; }

    public string? Currency { get; set; }
}
