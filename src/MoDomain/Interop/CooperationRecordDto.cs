using System.Collections.Generic;
using NodaTime;

namespace MoDomain.Interop;

/// <summary>The JSON shape of a cooperation record (contract version 1). Null means "absent" (unknown for facts).</summary>
internal sealed class CooperationRecordDto
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public List<string?>? Mos { get; set; }

    public List<CooperationPartnerDto?>? Partners { get; set; }

    public string? Level { get; set; }

    public string? Form { get; set; }

    public List<string?>? Topics { get; set; }

    public string? Initiator { get; set; }

    public List<string?>? Roles { get; set; }

    public LocalDate? Date { get; set; }

    public LocalDate? Start { get; set; }

    public LocalDate? End { get; set; }
}
