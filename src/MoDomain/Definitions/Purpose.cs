namespace MoDomain.Definitions;

/// <summary>What an organisation's goals and purposes concern (BpB 2013 criterion 1).</summary>
/// <remarks>The stable JSON id of each value is given by <see cref="DefinitionsVocabulary"/>.</remarks>
public enum Purpose
{
    /// <summary>The migration process itself.</summary>
    MigrationProcess = 0,

    /// <summary>Participation questions in the region of arrival.</summary>
    ParticipationInArrivalRegion = 1,

    /// <summary>Participation questions in the region of origin.</summary>
    ParticipationInOriginRegion = 2,

    /// <summary>Purposes unrelated to migration.</summary>
    Other = 3,
}
