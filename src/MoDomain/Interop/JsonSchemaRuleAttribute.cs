using System;

namespace MoDomain.Interop;

/// <summary>
/// Declares on a DTO property what its reader demands, so the schema exporter (<c>modomain schema</c>) can state the
/// same rule in the JSON Schema: required and not null, ids of a vocabulary, a numeric range, list items not blank.
/// </summary>
/// <remarks>
/// The attribute only describes; the mapper enforces. The schema ⇔ reader property test
/// (tests/MoDomain.Tests/Api/SchemaReaderAgreementProperties.cs) fails when the two disagree.
/// </remarks>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
internal sealed class JsonSchemaRuleAttribute : Attribute
{
    /// <summary>Gets or sets whether the property must be present and not null.</summary>
    public bool Required { get; set; }

    /// <summary>
    /// Gets or sets the type holding the vocabulary (a static property or field of type <c>EnumScheme&lt;T&gt;</c>
    /// named by <see cref="IdsMember"/>) whose ids the property (a string or a list of strings) takes.
    /// </summary>
    public Type? IdsOf { get; set; }

    /// <summary>Gets or sets the name of the static member of <see cref="IdsOf"/> holding the vocabulary.</summary>
    public string? IdsMember { get; set; }

    /// <summary>Gets or sets the inclusive minimum of a number; <see cref="double.NaN"/> means none.</summary>
    public double Minimum { get; set; } = double.NaN;

    /// <summary>Gets or sets the inclusive maximum of a number; <see cref="double.NaN"/> means none.</summary>
    public double Maximum { get; set; } = double.NaN;

    /// <summary>Gets or sets whether the items of a list must be strings that are not null, empty or white space.</summary>
    public bool NotBlankItems { get; set; }

    /// <summary>Gets or sets whether the value, when a string, must not be empty or white space.</summary>
    public bool NotBlank { get; set; }
}
