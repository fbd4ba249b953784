using System.Collections.Immutable;
using MoDomain.Vocabulary;

namespace MoDomain.SocialSecurity;

/// <summary>
/// The other function typologies of migrant organisations found in the sources (DOMAIN.md §3.3), as concept
/// schemes: the IQ Fach-AG MO 2013 four functions, the MIKOSS 2022 starting functions and the IQ Fach-AG MO 2013
/// professionalisation roles. The Qualitätszirkel 2023 cooperation roles are
/// <see cref="MoDomain.Cooperation.CooperationVocabulary.Roles"/>.
/// </summary>
/// <remarks>
/// Category names are quoted from the sources; descriptions are the library's own words. How these typologies relate
/// to the four social-security functions is an interpretive crosswalk, see
/// <see cref="MoDomain.Cooperation.Crosswalks.Default"/> and docs/typologies.md. All members are immutable and built
/// once; they are safe to share across threads.
/// </remarks>
public static class FunctionTypologies
{
    /// <summary>Gets the IQ Fach-AG MO 2013 four functions (scheme <c>iq-2013-functions</c>): <c>socialisation</c>,
    /// <c>bridge</c>, <c>service</c>, <c>protection</c>.</summary>
    /// <remarks>The guide only names the four functions ("Sozialisations-, Brücken-, Dienstleistungs- und
    /// Schutzfunktion") in a retrospective on the 1980s and 1990s; the descriptions are a short reading of each name.</remarks>
    public static ConceptScheme Iq2013Functions { get; } = new(
        "iq-2013-functions",
        new LocalizedText("IQ Fach-AG MO 2013: functions of migrant organisations", "IQ Fach-AG MO 2013: Funktionen von Migrantenorganisationen"),
        SourceKeys.IqFachAgMo2013,
        [
            new Concept("socialisation", new LocalizedText("Socialisation function", "Sozialisationsfunktion"), "The MO is a community in which members, and their children, grow into shared ways of living and find their footing.", SourceKeys.IqFachAgMo2013),
            new Concept("bridge", new LocalizedText("Bridge function", "Brückenfunktion"), "The MO links its community with the surrounding society and its institutions.", SourceKeys.IqFachAgMo2013),
            new Concept("service", new LocalizedText("Service function", "Dienstleistungsfunktion"), "The MO offers practical help, advice and other services to its members and community.", SourceKeys.IqFachAgMo2013),
            new Concept("protection", new LocalizedText("Protection function", "Schutzfunktion"), "The MO is a sheltered space that gives its members security and support in an unfamiliar or hostile environment.", SourceKeys.IqFachAgMo2013),
        ]);

    /// <summary>Gets the MIKOSS 2022 starting functions (scheme <c>mikoss-2022-starting-functions</c>):
    /// <c>political-interest-representation</c>, <c>integration-partner</c>, <c>bridge-builder</c>, <c>networker</c>.</summary>
    /// <remarks>The societal functions from the literature that the MIKOSS project started from before condensing its
    /// interviews into the four social-security functions.</remarks>
    public static ConceptScheme MikossStartingFunctions { get; } = new(
        "mikoss-2022-starting-functions",
        new LocalizedText("MIKOSS 2022: societal functions of MOs (starting point)", "MIKOSS 2022: gesellschaftliche Funktionen von MO (Ausgangspunkt)"),
        SourceKeys.Mikoss2022,
        [
            new Concept("political-interest-representation", new LocalizedText("Representation of political interests", "Repräsentation politischer Interessen"), "The MO speaks for the political interests of the people it represents.", SourceKeys.Mikoss2022),
            new Concept("integration-partner", new LocalizedText("Integration partner", "Integrationspartner"), "The MO works alongside state and civil-society actors on integration.", SourceKeys.Mikoss2022),
            new Concept("bridge-builder", new LocalizedText("Bridge builder", "Brückenbauer"), "The MO connects migrants with institutions and the wider society, and the other way round.", SourceKeys.Mikoss2022),
            new Concept("networker", new LocalizedText("Networker", "Netzwerker"), "The MO builds and maintains ties between people and organisations.", SourceKeys.Mikoss2022),
        ]);

    /// <summary>Gets the IQ Fach-AG MO 2013 roles that professionalisation should enable in labour-market integration
    /// (scheme <c>iq-2013-professionalisation-roles</c>): <c>information-broker</c>, <c>interest-representative</c>,
    /// <c>cooperation-partner</c>, <c>independent-project-provider</c>, <c>expert-panel-target-group</c>,
    /// <c>expert-panel-subject-matter</c>.</summary>
    public static ConceptScheme Iq2013ProfessionalisationRoles { get; } = new(
        "iq-2013-professionalisation-roles",
        new LocalizedText("IQ Fach-AG MO 2013: roles professionalisation should enable", "IQ Fach-AG MO 2013: Rollen, die Professionalisierung ermöglichen soll"),
        SourceKeys.IqFachAgMo2013,
        [
            new Concept("information-broker", new LocalizedText("Information broker", "Informationsvermittler"), "Passes on information to the community, for instance about the recognition of foreign qualifications, counselling services or what the employment agency offers.", SourceKeys.IqFachAgMo2013),
            new Concept("interest-representative", new LocalizedText("Interest representative", "Interessenvertreter"), "Speaks up for particular groups, such as certain groups of new immigrants or people from certain countries of origin.", SourceKeys.IqFachAgMo2013),
            new Concept("cooperation-partner", new LocalizedText("Cooperation partner", "Kooperationspartner"), "Works together with mainstream institutions, for example in holistic first counselling.", SourceKeys.IqFachAgMo2013),
            new Concept("independent-project-provider", new LocalizedText("Independent project provider", "Eigenständiger Projektträger"), "Runs projects of its own, such as guide and mentoring programmes or target-group courses on training and work.", SourceKeys.IqFachAgMo2013),
            new Concept("expert-panel-target-group", new LocalizedText("Expert panel for the target group", "Expertengremium für die Zielgruppe"), "Is consulted for its knowledge of the situation and needs of its target group.", SourceKeys.IqFachAgMo2013),
            new Concept("expert-panel-subject-matter", new LocalizedText("Expert panel for specific subject matters", "Expertengremium für spezifische fachliche Themen"), "Is consulted for its expertise on particular specialist topics.", SourceKeys.IqFachAgMo2013),
        ]);

    /// <summary>Gets the three schemes of this class, in the order of DOMAIN.md §3.3.</summary>
    public static ImmutableArray<ConceptScheme> All { get; } = [Iq2013Functions, MikossStartingFunctions, Iq2013ProfessionalisationRoles];
}
