namespace MoDomain.Definitions;

/// <summary>How an organisation is staffed.</summary>
/// <remarks>The stable JSON id of each value is given by <see cref="DefinitionsVocabulary"/>.</remarks>
public enum Staffing
{
    /// <summary>Volunteers only (ehrenamtlich).</summary>
    VolunteerOnly = 0,

    /// <summary>Volunteers and some paid staff.</summary>
    Mixed = 1,

    /// <summary>Mainly paid staff (hauptamtlich).</summary>
    MainlyPaid = 2,
}
