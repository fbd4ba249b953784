using System;
using System.Collections.Immutable;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.SocialSecurity;

/// <summary>
/// The vocabulary data of the four social-security functions and three perspectives (MIKOSS 2022, DOMAIN.md
/// §3.1–3.2): functions, their indicators, perspectives, administrative roles, evidence stances, relation kinds and
/// the relations the source states, each with stable id, German and English label, description and source key.
/// </summary>
/// <remarks>
/// Data only; the analysis lives in <see cref="FunctionAssessment"/>. All members are immutable and built once; they
/// are safe to share across threads. Category names are quoted from the source; descriptions are the library's own words.
/// </remarks>
public static class SocialSecurityVocabulary
{
    // The function of each indicator, indexed by the enum value; the single place where indicators are grouped.
    private static readonly ImmutableArray<SocialSecurityFunction> FunctionByIndicator =
    [
        SocialSecurityFunction.Homemaking, // safe-space
        SocialSecurityFunction.Homemaking, // arriving-feeling-at-home
        SocialSecurityFunction.Homemaking, // informal-social-network
        SocialSecurityFunction.Service, // formal-offers
        SocialSecurityFunction.Service, // informal-to-formal-continuum
        SocialSecurityFunction.Service, // volunteer-to-professional
        SocialSecurityFunction.Service, // statutory-structures
        SocialSecurityFunction.Service, // welfare-association-membership
        SocialSecurityFunction.Hinge, // mediation-into-welfare-system
        SocialSecurityFunction.Hinge, // referral-and-access
        SocialSecurityFunction.Hinge, // support-using-services
        SocialSecurityFunction.Hinge, // tension-between-sides
        SocialSecurityFunction.Advocacy, // interest-representation
        SocialSecurityFunction.Advocacy, // making-needs-visible
        SocialSecurityFunction.Advocacy, // expert-for-policy
        SocialSecurityFunction.Advocacy, // demanding-intercultural-opening
    ];

    private static readonly ImmutableArray<ImmutableArray<FunctionIndicator>> IndicatorsByFunction = GroupByFunction();

    /// <summary>Gets the scheme of <see cref="SocialSecurityFunction"/> values (scheme <c>social-security-functions</c>):
    /// <c>homemaking</c>, <c>service</c>, <c>hinge</c>, <c>advocacy</c>.</summary>
    public static EnumScheme<SocialSecurityFunction> Functions { get; } = new(new ConceptScheme(
        "social-security-functions",
        new LocalizedText("Functions of migrant organisations for social security", "Funktionen von Migrantenorganisationen für soziale Sicherung"),
        SourceKeys.Mikoss2022,
        [
            new Concept("homemaking", new LocalizedText("Homemaking function", "Homemaking-Funktion"), "The MO gives people a place where they arrive, belong and trust each other, which in itself protects them and lets problems surface.", SourceKeys.Mikoss2022),
            new Concept("service", new LocalizedText("Service function", "Dienstleistungsfunktion"), "The MO provides help and offers of its own, from informal everyday support to formal, sometimes publicly funded services.", SourceKeys.Mikoss2022),
            new Concept("hinge", new LocalizedText("Hinge function", "Scharnierfunktion"), "The MO mediates between the state and migrants: it leads people into the welfare system and opens the way to them for public bodies.", SourceKeys.Mikoss2022),
            new Concept("advocacy", new LocalizedText("Advocacy function", "Anwaltschaft-Funktion"), "The MO speaks up for its target groups towards politics, administration and welfare institutions.", SourceKeys.Mikoss2022),
        ]));

    /// <summary>Gets the scheme of <see cref="FunctionIndicator"/> values (scheme <c>social-security-function-indicators</c>),
    /// in source order, grouped by function. Each concept's <see cref="Concept.Broader"/> is empty; the grouping is
    /// <see cref="FunctionOf"/>.</summary>
    public static EnumScheme<FunctionIndicator> Indicators { get; } = new(new ConceptScheme(
        "social-security-function-indicators",
        new LocalizedText("Indicators of the social-security functions", "Merkmale der Funktionen für soziale Sicherung"),
        SourceKeys.Mikoss2022,
        [
            new Concept("safe-space", new LocalizedText("Safe space of trust", "Ort des Vertrauens (Safe Space)"), "People can bring up what weighs on them in a trusted setting and work out solutions together.", SourceKeys.Mikoss2022),
            new Concept("arriving-feeling-at-home", new LocalizedText("Arriving and feeling at home", "Ankommen, sich zuhause fühlen, familiäre Atmosphäre"), "Newcomers find their feet and experience the organisation as a family-like community.", SourceKeys.Mikoss2022),
            new Concept("informal-social-network", new LocalizedText("Informal social networks", "Soziale Netzwerke als informelle Sicherungsressource"), "The relationships formed in the organisation act as an informal safety net.", SourceKeys.Mikoss2022),
            new Concept("formal-offers", new LocalizedText("Formal offers", "Formelle Angebote"), "The organisation runs structured offers that partly look like those of the established welfare associations.", SourceKeys.Mikoss2022),
            new Concept("informal-to-formal-continuum", new LocalizedText("Informal-to-formal continuum", "Fließender Übergang: informell – formell"), "Help shades gradually from spontaneous, informal support into formal provision.", SourceKeys.Mikoss2022),
            new Concept("volunteer-to-professional", new LocalizedText("From volunteer to professional work", "Zum Großteil ehrenamtlich, zunehmende Professionalisierung"), "The work rests mainly on volunteers but is becoming more professional.", SourceKeys.Mikoss2022),
            new Concept("statutory-structures", new LocalizedText("Offers in statutory structures (SGB)", "Angebote in staatlich finanzierten Regelstrukturen (SGB)"), "Some offers are delivered within the state-funded regular system governed by the social code.", SourceKeys.Mikoss2022),
            new Concept("welfare-association-membership", new LocalizedText("Welfare association membership", "Mitgliedschaft im Wohlfahrtsverband"), "The organisation belongs to a welfare association (often the Paritätischer), which opens doors but also puts it in competition for regular funding.", SourceKeys.Mikoss2022),
            new Concept("mediation-into-welfare-system", new LocalizedText("Mediation into the welfare system", "Vermittlung in formelles Wohlfahrtssystem"), "The organisation steers people towards the formal welfare system.", SourceKeys.Mikoss2022),
            new Concept("referral-and-access", new LocalizedText("Referral and access", "Verweis auf sozialstaatliche Möglichkeiten, Zugang zu Migrant:innen"), "It points people to what the welfare state offers and, in the other direction, lets public bodies reach migrants.", SourceKeys.Mikoss2022),
            new Concept("support-using-services", new LocalizedText("Support in using state services", "Unterstützung bei der Nutzung staatlicher Angebote"), "It accompanies people to offices, helps with forms and translates.", SourceKeys.Mikoss2022),
            new Concept("tension-between-sides", new LocalizedText("Tension between the sides", "Spannungsverhältnis zwischen staatlichen Akteuren und Migrant:innen"), "Standing between public bodies and migrants, the organisation has to satisfy both and is pulled both ways.", SourceKeys.Mikoss2022),
            new Concept("interest-representation", new LocalizedText("Representing interests", "Repräsentation der Interessen der Zielgruppen"), "It stands up for the interests of its target groups, including in matters of social security.", SourceKeys.Mikoss2022),
            new Concept("making-needs-visible", new LocalizedText("Making needs visible", "Bedarfe sichtbar machen"), "It brings needs that would otherwise be overlooked to public attention.", SourceKeys.Mikoss2022),
            new Concept("expert-for-policy", new LocalizedText("Contact and expert for policy", "Ansprechpartnerinnen und Expertinnen für Politik und Verwaltung"), "Politics and administration consult it as a knowledgeable partner, and it helps shape the city.", SourceKeys.Mikoss2022),
            new Concept("demanding-intercultural-opening", new LocalizedText("Demanding intercultural opening", "Interkulturelle Öffnung einfordern"), "It presses welfare institutions, for example in care, to open up to people of every background.", SourceKeys.Mikoss2022),
        ]));

    /// <summary>Gets the scheme of <see cref="Perspective"/> values (scheme <c>social-security-perspectives</c>):
    /// <c>migrant-organisation</c>, <c>welfare-association</c>, <c>public-administration</c>.</summary>
    public static EnumScheme<Perspective> Perspectives { get; } = new(new ConceptScheme(
        "social-security-perspectives",
        new LocalizedText("Perspectives on MOs and social security", "Perspektiven auf MO und soziale Sicherung"),
        SourceKeys.Mikoss2022,
        [
            new Concept("migrant-organisation", new LocalizedText("Migrant organisation", "(Selbst-)Wahrnehmung durch MO"), "How MOs see their own role; it depends on their size, professionalism and range of tasks. They provide security from the bottom up, are often the first port of call for any concern, and enjoy trust and closeness to their target group.", SourceKeys.Mikoss2022),
            new Concept("welfare-association", new LocalizedText("Welfare association", "Wahrnehmung durch Wohlfahrtsverbände"), "How welfare associations see the work of MOs; it depends on which organisations they count as MOs, involves interlocking roles and tasks, and has to be read against the changing welfare state.", SourceKeys.Mikoss2022),
            new Concept("public-administration", new LocalizedText("Public administration", "Wahrnehmung durch (kommunale und Landes-)Verwaltung"), "How municipal and Land administration see the work of MOs; it depends on the office and role of the viewer and is shaped by the integration discourse.", SourceKeys.Mikoss2022),
        ]));

    /// <summary>Gets the scheme of <see cref="AdministrativeRole"/> values (scheme <c>administrative-roles</c>):
    /// <c>integration-administration</c>, <c>employment-agency</c>, <c>youth-welfare-office</c>. Only meaningful
    /// with the <c>public-administration</c> perspective.</summary>
    public static EnumScheme<AdministrativeRole> AdministrativeRoles { get; } = new(new ConceptScheme(
        "administrative-roles",
        new LocalizedText("Roles within public administration", "Positionen/Rollen in der Verwaltung"),
        SourceKeys.Mikoss2022,
        [
            new Concept("integration-administration", new LocalizedText("Integration administration", "Integrationsverwaltung"), "Offices responsible for integration policy, which deal with MOs as partners in the integration field.", SourceKeys.Mikoss2022),
            new Concept("employment-agency", new LocalizedText("Employment agency / jobcenter", "Arbeitsagentur/Jobcenter"), "The employment agency or jobcenter, which meets MOs when they accompany or refer clients.", SourceKeys.Mikoss2022),
            new Concept("youth-welfare-office", new LocalizedText("Youth welfare office", "Jugendamt"), "The youth welfare office, which works with MOs in support for families.", SourceKeys.Mikoss2022),
        ]));

    /// <summary>Gets the scheme of <see cref="EvidenceStance"/> values (scheme <c>evidence-stances</c>):
    /// <c>supports</c>, <c>contradicts</c>.</summary>
    /// <remarks>A category of the library's evidence model, not of the source.</remarks>
    public static EnumScheme<EvidenceStance> EvidenceStances { get; } = new(new ConceptScheme(
        "evidence-stances",
        new LocalizedText("Stance of an evidence item", "Richtung eines Belegs"),
        SourceKeys.Model,
        [
            new Concept("supports", new LocalizedText("Supports", "Stützt"), "The observation shows the organisation fulfilling the indicator.", SourceKeys.Model),
            new Concept("contradicts", new LocalizedText("Contradicts", "Widerspricht"), "The observation explicitly denies that the organisation fulfils the indicator.", SourceKeys.Model),
        ]));

    /// <summary>Gets the scheme of <see cref="FunctionRelationKind"/> values (scheme <c>function-relation-kinds</c>):
    /// <c>favours</c>, <c>distinguishes</c>, <c>relevant-to-social-security</c>.</summary>
    public static EnumScheme<FunctionRelationKind> RelationKinds { get; } = new(new ConceptScheme(
        "function-relation-kinds",
        new LocalizedText("Kinds of relation between functions", "Arten von Beziehungen zwischen Funktionen"),
        SourceKeys.Mikoss2022,
        [
            new Concept("favours", new LocalizedText("Favours", "Begünstigt"), "Where the first function is present, the second tends to work better.", SourceKeys.Mikoss2022),
            new Concept("distinguishes", new LocalizedText("Distinguishes", "Unterscheidet"), "The function is what sets MO offers apart from those of other providers.", SourceKeys.Mikoss2022),
            new Concept("relevant-to-social-security", new LocalizedText("Directly relevant to social security", "Direkt relevant für soziale Sicherung"), "The function contributes to social security directly, not only as a by-product.", SourceKeys.Mikoss2022),
        ]));

    /// <summary>
    /// Gets the relations the source states between the functions, in source order: homemaking favours needs-based
    /// services (<c>homemaking favours service</c>); homemaking distinguishes MO offers from other providers
    /// (<c>homemaking distinguishes</c>); homemaking is directly relevant to social security, beyond arriving and
    /// feeling at home (<c>homemaking relevant-to-social-security</c>).
    /// </summary>
    /// <remarks>The remaining conclusions of the source (even highly formalised MO offers stand out by needs
    /// orientation and direct reach; MOs support the formal welfare system and are already part of it) are statements
    /// about MOs as a whole, not relations of one function, and are documented in docs/social-security-functions.md.</remarks>
    public static ImmutableArray<FunctionRelation> Relations { get; } =
    [
        new FunctionRelation(SocialSecurityFunction.Homemaking, FunctionRelationKind.Favours, SocialSecurityFunction.Service,
            "Feeling at home and trusted in the MO makes it easier to shape services around what people actually need.", SourceKeys.Mikoss2022),
        new FunctionRelation(SocialSecurityFunction.Homemaking, FunctionRelationKind.Distinguishes, null,
            "Homemaking is what sets the offers of MOs apart from those of other providers.", SourceKeys.Mikoss2022),
        new FunctionRelation(SocialSecurityFunction.Homemaking, FunctionRelationKind.RelevantToSocialSecurity, null,
            "Beyond helping people arrive and feel at home, homemaking contributes to social security directly.", SourceKeys.Mikoss2022),
    ];

    /// <summary>Gets the function an indicator belongs to.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The function.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="indicator"/> is not a defined value.</exception>
    public static SocialSecurityFunction FunctionOf(FunctionIndicator indicator) =>
        (uint)indicator < (uint)FunctionByIndicator.Length
            ? FunctionByIndicator[(int)indicator]
            : throw new ArgumentOutOfRangeException(nameof(indicator), indicator, "Not a defined FunctionIndicator.");

    /// <summary>Gets the indicators of a function, in source order.</summary>
    /// <param name="function">The function.</param>
    /// <returns>The indicators.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="function"/> is not a defined value.</exception>
    public static ImmutableArray<FunctionIndicator> IndicatorsOf(SocialSecurityFunction function)
    {
        Guard.Against.UndefinedValue(function);
        return IndicatorsByFunction[(int)function];
    }

    /// <summary>Gets the stated relations that start at a function, in source order.</summary>
    /// <param name="function">The function.</param>
    /// <returns>The relations (possibly empty).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="function"/> is not a defined value.</exception>
    public static ImmutableArray<FunctionRelation> RelationsFrom(SocialSecurityFunction function)
    {
        Guard.Against.UndefinedValue(function);
        var builder = ImmutableArray.CreateBuilder<FunctionRelation>();
        foreach (var relation in Relations)
        {
            if (relation.From == function)
            {
                builder.Add(relation);
            }
        }
        return builder.ToImmutable();
    }

    private static ImmutableArray<ImmutableArray<FunctionIndicator>> GroupByFunction()
    {
        var functions = Enum.GetValues<SocialSecurityFunction>();
        var builders = new ImmutableArray<FunctionIndicator>.Builder[functions.Length];
        for (int f = 0; f < functions.Length; f++)
        {
            builders[f] = ImmutableArray.CreateBuilder<FunctionIndicator>();
        }
        foreach (var indicator in Enum.GetValues<FunctionIndicator>())
        {
            builders[(int)FunctionByIndicator[(int)indicator]].Add(indicator);
        }
        var result = ImmutableArray.CreateBuilder<ImmutableArray<FunctionIndicator>>(functions.Length);
        foreach (var b in builders)
        {
            result.Add(b.ToImmutable());
        }
        return result.MoveToImmutable();
    }
}
