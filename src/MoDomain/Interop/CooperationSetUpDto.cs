using System.Collections.Generic;

namespace MoDomain.Interop;

/// <summary>The JSON shape of a municipal set-up. Every property is optional; absent means unknown.</summary>
internal sealed class CooperationSetUpDto
{
    public bool? HasConcept { get; set; }

    public bool? HasJobDescription { get; set; }

    public string? StaffShare { get; set; }

    public string? BudgetShare { get; set; }

    public List<string?>? RoomProvision { get; set; }

    public List<string?>? QualificationOffers { get; set; }
}
