namespace MoDomain.Coding;

/// <summary>The type of a free document variable.</summary>
public enum VariableKind
{
    /// <summary>Free text.</summary>
    Text = 0,

    /// <summary>A decimal number.</summary>
    Number = 1,

    /// <summary>True or false.</summary>
    Boolean = 2,

    /// <summary>A calendar date (NodaTime <see cref="NodaTime.LocalDate"/>).</summary>
    Date = 3,
}
