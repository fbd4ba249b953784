using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.Cooperation;

/// <summary>
/// The success factors and obstacles of cooperation (DOMAIN.md §5.4) as vocabulary data: the Qualitätszirkel 2023
/// lists and the BAMF 2011 study as reported by the Kita-Einstieg guide (2018), each with the side it concerns.
/// </summary>
/// <remarks>
/// <para>The sources give lists, no weights; nothing here ranks the factors. Which side a factor concerns follows
/// the heading the source lists it under; for the Qualitätszirkel's "further points" (weitere Punkte) the side is the
/// library's reading (docs/cooperation.md).</para>
/// <para>All members are immutable and built once; they are safe to share across threads. Callers with other lists
/// build their own <see cref="CooperationFactor"/> sequences and pass them to <see cref="CooperationAssessment"/>.</para>
/// </remarks>
public static class CooperationFactors
{
    /// <summary>Gets the success factors (scheme <c>cooperation-success-factors</c>), in source order.</summary>
    public static ImmutableArray<CooperationFactor> SuccessFactors { get; } =
        [
            Factor("mutual-appreciation", "Mutual appreciation", "Gegenseitige Wertschätzung", "Each partner values the other, including its expert knowledge and achievements.", FactorKind.SuccessFactor, FactorSide.Both, SourceKeys.Qualitaetszirkel2023),
            Factor("transparency-and-role-clarity", "Transparency and clear roles", "Transparenz, klare Absprachen und geklärtes Rollenverständnis", "Clear agreements and settled roles, with each actor reflecting on its own part.", FactorKind.SuccessFactor, FactorSide.Both, SourceKeys.Qualitaetszirkel2023),
            Factor("reliability", "Reliability", "Hohe Verbindlichkeit und verlässliche Vereinbarungen", "Agreements are binding and kept.", FactorKind.SuccessFactor, FactorSide.Both, SourceKeys.Qualitaetszirkel2023),
            Factor("personnel-continuity", "Continuity of people", "Personelle Kontinuität", "The same contact persons stay in charge over time.", FactorKind.SuccessFactor, FactorSide.Both, SourceKeys.Qualitaetszirkel2023),
            Factor("regular-trusting-exchange", "Regular, trusting exchange", "Regelmäßiger und vertrauensvoller Austausch", "The partners talk regularly and in confidence.", FactorKind.SuccessFactor, FactorSide.Both, SourceKeys.Qualitaetszirkel2023),
            Factor("resources-provided", "Resources provided", "Bereitstellung von Ressourcen", "Both contribute: the MO its expertise and engagement, the municipality advice, money and rooms.", FactorKind.SuccessFactor, FactorSide.Both, SourceKeys.Qualitaetszirkel2023),
            Factor("shared-goals-and-successes", "Shared goals and successes", "Gemeinsame Ziele und gemeinsam erzielte Erfolge", "The partners pursue common goals and achieve results together.", FactorKind.SuccessFactor, FactorSide.Both, SourceKeys.Qualitaetszirkel2023),
            Factor("visible-recognition", "Visible recognition", "Anerkennung durch Sichtbarmachung der Erfolge", "Successes are made visible through public relations.", FactorKind.SuccessFactor, FactorSide.Both, SourceKeys.Qualitaetszirkel2023),
            Factor("intrinsic-motivation", "Intrinsic motivation of the MO", "Intrinsische Motivation", "The MO acts out of its own motivation.", FactorKind.SuccessFactor, FactorSide.Mo, SourceKeys.Qualitaetszirkel2023),
            Factor("mo-professionalisation", "Professionalisation of the MO", "Professionalisierung", "The MO works professionally, e.g. with reliable agreements and steady contacts.", FactorKind.SuccessFactor, FactorSide.Mo, SourceKeys.Qualitaetszirkel2023),
            Factor("administrative-flexibility", "Flexibility of the administration", "Flexibilität in der Verwaltung", "The administration adapts its ways of working, e.g. to evening and weekend dates.", FactorKind.SuccessFactor, FactorSide.Administration, SourceKeys.Qualitaetszirkel2023),
            Factor("administrative-empathy", "Empathy of the administration", "Empathie in der Verwaltung", "Administrative staff put themselves in the MO's position.", FactorKind.SuccessFactor, FactorSide.Administration, SourceKeys.Qualitaetszirkel2023),
            Factor("recognising-mo-competences", "Recognising MOs' competences", "Erkennen und Anerkennen der Kompetenzen der MO", "The administration sees and acknowledges what MOs can do.", FactorKind.SuccessFactor, FactorSide.Administration, SourceKeys.Qualitaetszirkel2023),
            Factor("motivation-of-both-partners", "Motivation of both partners", "Motivation beider Kooperationspartner", "Both partners are motivated, especially when projects are developed jointly; the BAMF 2011 study calls it the key.", FactorKind.SuccessFactor, FactorSide.Both, SourceKeys.KitaEinstieg2018),
            Factor("partnership-at-eye-level", "Equal partnership at eye level", "Gleichberechtigte Partnerschaft auf Augenhöhe", "The partners meet as equals.", FactorKind.SuccessFactor, FactorSide.Both, SourceKeys.KitaEinstieg2018),
            Factor("mutual-interest", "Mutual interest", "Gegenseitiges Interesse", "Each partner is interested in the other.", FactorKind.SuccessFactor, FactorSide.Both, SourceKeys.KitaEinstieg2018),
            Factor("open-transparent-communication", "Open, transparent communication", "Offene und transparente Kommunikation", "The partners communicate openly and transparently.", FactorKind.SuccessFactor, FactorSide.Both, SourceKeys.KitaEinstieg2018),
            Factor("trust", "Trust", "Vertrauen", "The partners trust each other; the BAMF 2011 study found trust to have a particularly large influence.", FactorKind.SuccessFactor, FactorSide.Both, SourceKeys.KitaEinstieg2018),
        ];

    /// <summary>Gets the obstacles (scheme <c>cooperation-obstacles</c>), in source order.</summary>
    public static ImmutableArray<CooperationFactor> Obstacles { get; } =
        [
            Factor("power-asymmetry", "Power asymmetry", "Asymmetrie der beiden Akteurinnen", "Paid staff meet volunteers; bodies meet during working hours, so volunteer MOs can hardly take part everywhere.", FactorKind.Obstacle, FactorSide.Both, SourceKeys.Qualitaetszirkel2023),
            Factor("internal-structural-problems", "Internal structural problems", "Innere strukturelle Probleme", "Depending on its degree of organisation, contacts are hard to reach and there is no office with set hours.", FactorKind.Obstacle, FactorSide.Mo, SourceKeys.Qualitaetszirkel2023),
            Factor("dependence-on-key-volunteers", "Dependence on a few key volunteers", "Abhängigkeit von einzelnen Schlüsselpersonen", "The work rests on the voluntary engagement of a few key people.", FactorKind.Obstacle, FactorSide.Mo, SourceKeys.Qualitaetszirkel2023),
            Factor("little-experience-with-authorities", "Little experience with authorities", "Mangelnde Erfahrung mit Behörden", "Key people have little experience in dealing with municipal or state offices.", FactorKind.Obstacle, FactorSide.Mo, SourceKeys.Qualitaetszirkel2023),
            Factor("unrealistic-expectations", "Unrealistic expectations", "Unrealistische Erwartungen", "Expectations of municipal support for the association are too high.", FactorKind.Obstacle, FactorSide.Mo, SourceKeys.Qualitaetszirkel2023),
            Factor("unfamiliar-with-responsibilities-and-funding", "Not knowing responsibilities and funding options", "Unkenntnis von Zuständigkeiten und Fördermöglichkeiten", "The MO does not know who is responsible in a complex administration or what support exists.", FactorKind.Obstacle, FactorSide.Mo, SourceKeys.Qualitaetszirkel2023),
            Factor("inexperience-with-applications", "Inexperience with applications", "Unerfahrenheit mit Anträgen", "Applications and other formalities are unfamiliar.", FactorKind.Obstacle, FactorSide.Mo, SourceKeys.Qualitaetszirkel2023),
            Factor("limited-long-term-capacity", "Limited long-term capacity", "Eingeschränkte Möglichkeiten, sich langfristig einzubringen", "The MO cannot commit to bodies or processes for long.", FactorKind.Obstacle, FactorSide.Mo, SourceKeys.Qualitaetszirkel2023),
            Factor("language-barriers", "Language barriers", "Sprachliche Hürden", "Language barriers and misunderstandings in communication.", FactorKind.Obstacle, FactorSide.Both, SourceKeys.Qualitaetszirkel2023),
            Factor("communities-not-organised", "Not all communities organised", "Organisationsgrad", "Not every community has associations and not every MO supports an umbrella.", FactorKind.Obstacle, FactorSide.Mo, SourceKeys.Qualitaetszirkel2023),
            Factor("conflicts-between-mos", "Conflicts between MOs", "Unstimmigkeiten und Konflikte zwischen MO", "Disagreements and conflicts among MOs.", FactorKind.Obstacle, FactorSide.Mo, SourceKeys.Qualitaetszirkel2023),
            Factor("outside-influence", "Outside influence", "Externe Einflussfaktoren", "Politics and events abroad or at home influence MOs from outside.", FactorKind.Obstacle, FactorSide.Mo, SourceKeys.Qualitaetszirkel2023),
            Factor("reservations-against-authorities", "Reservations against authorities", "Vorbehalte gegen Kooperationen mit einem Amt", "Lack of empathy and reservations about cooperating with an office.", FactorKind.Obstacle, FactorSide.Mo, SourceKeys.Qualitaetszirkel2023),
            Factor("persisting-in-disadvantaged-stance", "Persisting in a stance of disadvantage", "Verharren in Benachteiligtenhaltung", "Remaining in the position of the disadvantaged party.", FactorKind.Obstacle, FactorSide.Mo, SourceKeys.Qualitaetszirkel2023),
            Factor("frustration-with-informal-participation", "Frustration with informal participation", "Frustration über informelle Beteiligung", "Frustration when informal participation does not show in the results.", FactorKind.Obstacle, FactorSide.Mo, SourceKeys.Qualitaetszirkel2023),
            Factor("dependence-on-funders", "Dependence on funders", "Abhängigkeit von Fördergebern", "The MO depends on those who fund it.", FactorKind.Obstacle, FactorSide.Mo, SourceKeys.Qualitaetszirkel2023),
            Factor("self-will-of-mos-and-providers", "Self-will of MOs and providers", "Eigensinn von Migrantenorganisationen und Trägern", "MOs and providers insist on their own ways.", FactorKind.Obstacle, FactorSide.Both, SourceKeys.Qualitaetszirkel2023),
            Factor("unclear-cooperation-interests", "Unclear interests in the cooperation", "Ungeklärte Kooperationsinteressen", "What each partner wants from the cooperation is not settled.", FactorKind.Obstacle, FactorSide.Both, SourceKeys.Qualitaetszirkel2023),
            Factor("lack-of-commitment-and-clarity", "Lack of commitment and clarity", "Mangel an Verbindlichkeit und Klarheit", "Agreements are neither binding nor clear.", FactorKind.Obstacle, FactorSide.Both, SourceKeys.Qualitaetszirkel2023),
            Factor("lacking-intercultural-competence", "Lacking empathy and intercultural competence", "Fehlende Empathie und interkulturelle Kompetenz", "Empathy and intercultural competence are missing on both sides.", FactorKind.Obstacle, FactorSide.Both, SourceKeys.Qualitaetszirkel2023),
            Factor("long-municipal-processes", "Long municipal processes", "Langfristigkeit städtischer Prozesse", "Slow processes make it hard to keep volunteers on board.", FactorKind.Obstacle, FactorSide.Administration, SourceKeys.Qualitaetszirkel2023),
            Factor("lacking-intercultural-sensitivity", "Staff lacking intercultural sensitivity", "Fehlende interkulturelle Sensibilität einzelner Mitarbeitender", "Individual staff in the offices lack intercultural sensitivity and attitude.", FactorKind.Obstacle, FactorSide.Administration, SourceKeys.Qualitaetszirkel2023),
            Factor("little-diversity-awareness", "Too little diversity awareness", "Zu wenig Diversitätsbewusstsein", "Too little awareness of diversity in authorities causes misunderstandings.", FactorKind.Obstacle, FactorSide.Administration, SourceKeys.Qualitaetszirkel2023),
            Factor("explaining-procedures-time-consuming", "Explaining procedures takes time", "Erklären von Verwaltungshandeln ist zeitintensiv", "Explaining administrative procedures, especially first applications, takes much time.", FactorKind.Obstacle, FactorSide.Administration, SourceKeys.Qualitaetszirkel2023),
            Factor("recognition-long-neglected", "Recognition long neglected", "Anerkennung lange versäumt", "Recognition and professionalisation of MOs were neglected for a long time.", FactorKind.Obstacle, FactorSide.Administration, SourceKeys.Qualitaetszirkel2023),
            Factor("mos-seen-as-competitors", "MOs seen as competitors", "MO als Konkurrenz", "MOs are seen as competitors of established associations for resources.", FactorKind.Obstacle, FactorSide.Administration, SourceKeys.Qualitaetszirkel2023),
            Factor("reduction-to-folklore", "Reducing MOs to folklore", "Reduzierung auf Folklore", "MOs are reduced to one role such as keeping up traditional culture; cultural stereotyping.", FactorKind.Obstacle, FactorSide.Administration, SourceKeys.Qualitaetszirkel2023),
            Factor("over-and-underestimation", "Over- and underestimating MOs", "Über- und Unterschätzung von MO", "MOs are over- or underestimated.", FactorKind.Obstacle, FactorSide.Administration, SourceKeys.Qualitaetszirkel2023),
            Factor("unequal-resources", "Unequal resources and funding", "Unterschiedliche Ausstattung mit Ressourcen", "The partners differ in resources and funding options.", FactorKind.Obstacle, FactorSide.Both, SourceKeys.KitaEinstieg2018),
            Factor("different-professionalisation", "Different degrees of professionalisation", "Unterschiedlicher Professionalisierungsgrad", "MSOs differ in professionalisation; many work on a voluntary basis.", FactorKind.Obstacle, FactorSide.Both, SourceKeys.KitaEinstieg2018),
            Factor("prejudice-on-both-sides", "Prejudice on both sides", "Vorurteile auf beiden Seiten", "Prejudices held by either partner.", FactorKind.Obstacle, FactorSide.Both, SourceKeys.KitaEinstieg2018),
            Factor("differing-motives", "Differing motives", "Unterschiedliche Motivationen", "Partners cooperate for different reasons; MSOs used only for access to their target group felt exploited.", FactorKind.Obstacle, FactorSide.Both, SourceKeys.KitaEinstieg2018),
        ];

    /// <summary>Gets every factor: <see cref="SuccessFactors"/> then <see cref="Obstacles"/>.</summary>
    public static ImmutableArray<CooperationFactor> All { get; } = [.. SuccessFactors, .. Obstacles];

    /// <summary>Gets the success factors as a concept scheme (<c>cooperation-success-factors</c>).</summary>
    public static ConceptScheme SuccessFactorScheme { get; } = new(
        "cooperation-success-factors",
        new LocalizedText("Success factors of cooperation", "Gelingensfaktoren der Zusammenarbeit"),
        SourceKeys.Qualitaetszirkel2023,
        SuccessFactors.Select(static f => f.Concept));

    /// <summary>Gets the obstacles as a concept scheme (<c>cooperation-obstacles</c>).</summary>
    public static ConceptScheme ObstacleScheme { get; } = new(
        "cooperation-obstacles",
        new LocalizedText("Obstacles to cooperation", "Schwierigkeiten und Hindernisse der Zusammenarbeit"),
        SourceKeys.Qualitaetszirkel2023,
        Obstacles.Select(static f => f.Concept));

    /// <summary>Looks up a factor of <see cref="All"/> by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="factor">The factor, when found.</param>
    /// <returns>Whether the id is known.</returns>
    public static bool TryGet(string? id, [NotNullWhen(true)] out CooperationFactor? factor)
    {
        factor = All.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.Ordinal));
        return factor is not null;
    }

    /// <summary>Gets a factor of <see cref="All"/> by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The factor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No factor has that id; the message suggests close ids.</exception>
    public static CooperationFactor Get(string id)
    {
        Guard.Against.Null(id);
        if (TryGet(id, out var factor))
        {
            return factor;
        }
        throw new KeyNotFoundException($"No cooperation factor has the id '{id}'; {IdSuggestions.Text(IdSuggestions.Suggest(id, All.Select(static f => f.Id)))}");
    }

    private static CooperationFactor Factor(string id, string english, string german, string description, FactorKind kind, FactorSide side, string source) =>
        new(new Concept(id, new LocalizedText(english, german), description, source), kind, side);
}
