namespace MoDomain.Interop;

/// <summary>The JSON shape of one evidence item inside a function evidence document (contract version 1).</summary>
internal sealed class FunctionEvidenceItemDto
{
    public string? Function { get; set; }

    public string? Indicator { get; set; }

    public string? Perspective { get; set; }

    public string? AdministrativeRole { get; set; }

    public string? Stance { get; set; }

    public FunctionEvidenceReferenceDto? Reference { get; set; }
}
