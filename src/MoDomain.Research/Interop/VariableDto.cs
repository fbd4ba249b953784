namespace MoDomain.Interop;

/// <summary>The JSON shape of a free variable: name, kind (text, number, boolean, date) and invariant value text.</summary>
internal sealed class VariableDto
{
    public string? Name { get; set; }

    public string? Kind { get; set; }

    public string? Value { get; set; }
}
