namespace MoDomain.Definitions;

/// <summary>The kind of migration reference central to an organisation's self-understanding, goals and activities (SVR 2020 criterion 3).</summary>
/// <remarks>The stable JSON id of each value is given by <see cref="DefinitionsVocabulary"/>.</remarks>
public enum MigrationReference
{
    /// <summary>A common country or region of origin.</summary>
    OriginCountryOrRegion = 0,

    /// <summary>The migration-related situation of its people.</summary>
    MigrationSituation = 1,

    /// <summary>Living together in the immigration country.</summary>
    LivingTogether = 2,
}
