namespace MoDomain.Interop;

/// <summary>The JSON shape of a cooperation partner: <c>{ "name": "…", "kind": "integration-department" }</c>.</summary>
internal sealed class CooperationPartnerDto
{
    public string? Name { get; set; }

    public string? Kind { get; set; }
}
