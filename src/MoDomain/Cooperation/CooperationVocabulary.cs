using MoDomain.Vocabulary;

namespace MoDomain.Cooperation;

/// <summary>
/// The vocabulary data of the cooperation framework (DOMAIN.md §3.3 and §5): stable ids, German and English labels,
/// descriptions and source keys.
/// </summary>
/// <remarks>All members are immutable and built once; they are safe to share across threads.</remarks>
public static class CooperationVocabulary
{
    /// <summary>Gets the scheme of <see cref="CooperationRole"/> values (scheme <c>cooperation-roles</c>): the three
    /// overlapping roles of MOs as cooperation partners named by the Qualitätszirkel 2023.</summary>
    public static EnumScheme<CooperationRole> Roles { get; } = new(new ConceptScheme(
        "cooperation-roles",
        new LocalizedText("Roles of MOs as cooperation partners", "Rollen von MO als Kooperationspartnerinnen"),
        SourceKeys.Qualitaetszirkel2023,
        [
            new Concept("door-opener", new LocalizedText("Door-openers, bridge builders and multipliers", "Türöffnerinnen, Brückenbauerinnen und Multiplikatorinnen"), "MOs carry municipal and state services to groups of people with a history of immigration or flight, opening doors into their communities.", SourceKeys.Qualitaetszirkel2023),
            new Concept("expert", new LocalizedText("Experts", "Expertinnen"), "MOs know the living conditions, needs and potentials of these groups and advise on them.", SourceKeys.Qualitaetszirkel2023),
            new Concept("partner-critical-friend", new LocalizedText("Cooperation partners and critical friends of the administration", "Kooperationspartnerinnen und Critical Friends der Verwaltung"), "MOs plan and carry out measures for and with these groups together with the administration, and question its work constructively.", SourceKeys.Qualitaetszirkel2023),
        ]));
}
