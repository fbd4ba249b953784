namespace MoDomain.Definitions;

/// <summary>The legal form of an organisation.</summary>
/// <remarks>The stable JSON id of each value is given by <see cref="DefinitionsVocabulary"/>.</remarks>
public enum LegalForm
{
    /// <summary>Registered association (eingetragener Verein, e.V.).</summary>
    RegisteredAssociation = 0,

    /// <summary>Association without registration (nicht eingetragener Verein).</summary>
    UnregisteredAssociation = 1,

    /// <summary>Non-profit limited company (gGmbH).</summary>
    NonProfitCompany = 2,

    /// <summary>Foundation (Stiftung).</summary>
    Foundation = 3,

    /// <summary>Informal initiative or group without legal form.</summary>
    InformalInitiative = 4,

    /// <summary>Another legal form.</summary>
    Other = 5,
}
