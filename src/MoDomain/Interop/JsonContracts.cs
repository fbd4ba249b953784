using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.Interop;

/// <summary>
/// The catalogue of MoDomain's top-level JSON contracts. Every document the library reads or writes has exactly one
/// entry here; the JSON Schemas in <c>docs/schema/</c> are generated from these entries and checked against the code.
/// </summary>
/// <remarks>
/// Readers also accept a bare array of the items in place of the collection document; the schema describes the
/// collection document, which is what the library writes. All members are immutable and thread-safe.
/// </remarks>
public static class JsonContracts
{
    /// <summary>Gets every contract, in a stable order.</summary>
    public static ImmutableArray<JsonContract> All { get; } =
    [
        new("profiles", new LocalizedText("Organisation profiles (the facts the definitions read).", "Organisationsprofile (die Fakten, die die Definitionen lesen)."), MoDomainJsonContext.Default.ProfileCollectionDto),
        new("profile", new LocalizedText("One organisation profile as a document of its own.", "Ein einzelnes Organisationsprofil als eigenes Dokument."), MoDomainJsonContext.Default.ProfileDto),
        new("classification-reports", new LocalizedText("Classification reports: every definition's verdict with its explanation.", "Klassifikationsberichte: das Urteil jeder Definition mit Begründung."), MoDomainJsonContext.Default.ReportCollectionDto),
        new("objective-profiles", new LocalizedText("Objective profiles under Preißler's matrix.", "Zielprofile nach Preißlers Matrix."), ObjectivesJsonContext.Default.ObjectiveProfileCollectionDto),
        new("objective-profile", new LocalizedText("One objective profile as a document of its own.", "Ein einzelnes Zielprofil als eigenes Dokument."), ObjectivesJsonContext.Default.ObjectiveProfileDto),
        new("function-evidence", new LocalizedText("Evidence of the four social-security functions from the three perspectives.", "Belege der vier Funktionen sozialer Sicherung aus den drei Perspektiven."), FunctionEvidenceJsonContext.Default.FunctionEvidenceProfileCollectionDto),
        new("function-evidence-profile", new LocalizedText("The function evidence of one organisation as a document of its own.", "Die Funktionsbelege einer Organisation als eigenes Dokument."), FunctionEvidenceJsonContext.Default.FunctionEvidenceProfileDto),
        new("cooperation", new LocalizedText("A municipality's cooperation with MOs: its set-up and its cooperation records.", "Die Zusammenarbeit einer Kommune mit MO: Aufstellung und Kooperationen."), CooperationJsonContext.Default.CooperationMunicipalityDto),
        new("cooperation-records", new LocalizedText("Cooperation records (partners, level, form, topics, initiator, roles, period).", "Kooperationen (Partner, Ebene, Form, Themen, Impulsgeber, Rollen, Zeitraum)."), CooperationJsonContext.Default.CooperationRecordCollectionDto),
        new("funding-policies", new LocalizedText("Funding policies: named requirements with parameters (a municipality's guideline as data).", "Förderrichtlinien: benannte Voraussetzungen mit Parametern (die Richtlinie einer Kommune als Daten)."), FundingJsonContext.Default.FundingPolicyCollectionDto),
        new("funding-policy", new LocalizedText("One funding policy as a document of its own (what 'eligibility --policy' reads).", "Eine einzelne Förderrichtlinie als eigenes Dokument (was 'eligibility --policy' liest)."), FundingJsonContext.Default.FundingPolicyDto),
        new("funding-ladder", new LocalizedText("A funding ladder: funding forms as rungs in a strict order, lowest first.", "Eine Förderleiter: Förderformen als Stufen in strenger Ordnung, unterste zuerst."), FundingJsonContext.Default.FundingLadderDto),
        new("funding-cases", new LocalizedText("Funding cases: an organisation profile with its funding facts and award history.", "Förderfälle: ein Organisationsprofil mit Förderfakten und Förderhistorie."), FundingJsonContext.Default.FundingCaseCollectionDto),
        new("vocabulary", new LocalizedText("One vocabulary (concept scheme) with its concepts, labels and sources.", "Ein Vokabular (Begriffsschema) mit seinen Begriffen, Bezeichnungen und Quellen."), VocabularyJsonContext.Default.VocabularyDocumentDto),
    ];

    /// <summary>Tries to get the contract with the given name.</summary>
    /// <param name="name">The contract name (ordinal); <see langword="null"/> finds nothing.</param>
    /// <param name="contract">The contract, when found.</param>
    /// <returns>Whether a contract has this name.</returns>
    public static bool TryGet(string? name, [NotNullWhen(true)] out JsonContract? contract)
    {
        contract = name is null ? null : All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
        return contract is not null;
    }

    /// <summary>Gets the contract with the given name.</summary>
    /// <param name="name">The contract name.</param>
    /// <returns>The contract.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No contract has this name; the message suggests the nearest names.</exception>
    public static JsonContract Get(string name)
    {
        Guard.Against.Null(name);
        JsonContract? contract = All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
        if (contract is not null)
        {
            return contract;
        }

        ImmutableArray<string> suggestions = IdSuggestions.Suggest(name, All.Select(c => c.Name));
        throw new KeyNotFoundException($"No JSON contract is named '{name}'{IdSuggestions.Text(suggestions)}. Known contracts: {string.Join(", ", All.Select(c => c.Name))}.");
    }
}
