namespace MoDomain.Vocabulary;

/// <summary>
/// The short keys of the source documents the library models. Every concept, rule and figure cites one of them.
/// </summary>
/// <remarks>The keys are part of the JSON contract: they never change.</remarks>
public static class SourceKeys
{
    /// <summary>MIKOSS final conference slides, "4 Funktionen, 3 Perspektiven", Dortmund 2022.</summary>
    public const string Mikoss2022 = "MIKOSS 2022";

    /// <summary>Kommunaler Qualitätszirkel zur Integrationspolitik, recommendations on cooperation with MOs, July 2023 (survey 2020).</summary>
    public const string Qualitaetszirkel2023 = "Qualitätszirkel 2023";

    /// <summary>IQ Fach-AG Migrantenorganisationen, guide on resources and professionalisation, December 2013.</summary>
    public const string IqFachAgMo2013 = "IQ Fach-AG MO 2013";

    /// <summary>BMFSFJ federal programme Kita-Einstieg, guide on cooperation with MSOs, February 2018.</summary>
    public const string KitaEinstieg2018 = "BMFSFJ Kita-Einstieg 2018";

    /// <summary>Paritätischer Gesamtverband, project page "Gemeinsam aktiv".</summary>
    public const string ParitaetischerGemeinsamAktiv = "Paritätischer Gemeinsam aktiv";

    /// <summary>A structural category of the MoDomain model that the sources do not name (for example the legal form gGmbH).</summary>
    public const string Model = "MoDomain model";

    /// <summary>This library's own interpretive choice, documented in docs/ and overridable by the caller.</summary>
    public const string Interpretive = "MoDomain (interpretive)";
}
