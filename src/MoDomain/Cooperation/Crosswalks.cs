using MoDomain.SocialSecurity;
using MoDomain.Vocabulary;

namespace MoDomain.Cooperation;

/// <summary>
/// The crosswalks the library ships. <see cref="Default"/> relates the four social-security functions (MIKOSS 2022),
/// the IQ Fach-AG MO 2013 functions and professionalisation roles, the MIKOSS 2022 starting functions and the
/// Qualitätszirkel 2023 cooperation roles.
/// </summary>
/// <remarks>
/// <para>The sources never map their typologies onto each other: every mapping here is the library's reading, marked
/// <see cref="SourceKeys.Interpretive"/> and given a one-line rationale (docs/typologies.md lists them all). Callers who
/// read the typologies differently build their own <see cref="Crosswalk"/>.</para>
/// <para>The class lives in <c>MoDomain.Cooperation</c> rather than <c>MoDomain.Vocabulary</c> because it depends on
/// the social-security and cooperation vocabularies, and <c>MoDomain.Vocabulary</c> depends on nothing but internals.</para>
/// <para>All members are immutable and built once; they are safe to share across threads.</para>
/// </remarks>
public static class Crosswalks
{
    private const string SocialSecurity = "social-security-functions";
    private const string Iq2013 = "iq-2013-functions";
    private const string Mikoss = "mikoss-2022-starting-functions";
    private const string Roles = "iq-2013-professionalisation-roles";
    private const string Cooperation = "cooperation-roles";

    /// <summary>Gets the default crosswalk (id <c>default</c>) between the five function and role typologies.</summary>
    public static Crosswalk Default { get; } = new(
        "default",
        new LocalizedText("Crosswalk of MO function and role typologies (interpretive)", "Zuordnung der Funktions- und Rollentypologien von MO (interpretativ)"),
        [
            SocialSecurityVocabulary.Functions.Scheme,
            FunctionTypologies.Iq2013Functions,
            FunctionTypologies.MikossStartingFunctions,
            FunctionTypologies.Iq2013ProfessionalisationRoles,
            CooperationVocabulary.Roles.Scheme,
        ],
        [
            // homemaking
            Map(SocialSecurity, "homemaking", MappingRelation.CloseMatch, Iq2013, "protection", "Both describe the MO as a sheltered place of trust where members are safe and feel at home."),
            Map(SocialSecurity, "homemaking", MappingRelation.RelatedMatch, Iq2013, "socialisation", "Arriving and feeling at home in a family-like community is where the socialisation the 2013 guide names happens."),
            Map(SocialSecurity, "homemaking", MappingRelation.RelatedMatch, Mikoss, "networker", "Homemaking includes the informal social networks that form in the MO, which networking also builds."),

            // service
            Map(SocialSecurity, "service", MappingRelation.CloseMatch, Iq2013, "service", "Both name the MO's own help and offers (Dienstleistungsfunktion); MIKOSS narrows it to social security."),
            Map(SocialSecurity, "service", MappingRelation.NarrowMatch, Roles, "independent-project-provider", "Running projects of its own is one specific form of the formal offers the service function covers."),

            // hinge
            Map(SocialSecurity, "hinge", MappingRelation.CloseMatch, Iq2013, "bridge", "Both describe the MO mediating between migrants and state or mainstream institutions."),
            Map(SocialSecurity, "hinge", MappingRelation.CloseMatch, Mikoss, "bridge-builder", "MIKOSS condensed the bridge-builder role into the hinge function: mediation into the welfare system and back."),
            Map(SocialSecurity, "hinge", MappingRelation.CloseMatch, Cooperation, "door-opener", "Door-openers carry state services to migrant groups and open access to them, the hinge's two directions."),
            Map(SocialSecurity, "hinge", MappingRelation.RelatedMatch, Mikoss, "integration-partner", "Integration partners work with the state on integration, which the hinge does case by case in the welfare system."),
            Map(SocialSecurity, "hinge", MappingRelation.RelatedMatch, Roles, "information-broker", "Passing on information about services and rights is part of pointing migrants to welfare-state options."),

            // advocacy
            Map(SocialSecurity, "advocacy", MappingRelation.CloseMatch, Mikoss, "political-interest-representation", "Advocacy is the representation of the target groups' interests, applied to social-security matters."),
            Map(SocialSecurity, "advocacy", MappingRelation.CloseMatch, Roles, "interest-representative", "Both speak for the interests of particular migrant groups towards politics and institutions."),
            Map(SocialSecurity, "advocacy", MappingRelation.RelatedMatch, Cooperation, "expert", "Advocacy includes acting as contact and expert for politics and administration, which the expert role describes."),
            Map(SocialSecurity, "advocacy", MappingRelation.RelatedMatch, Cooperation, "partner-critical-friend", "Critical friends make needs visible and push for change, as advocacy does, but inside joint planning."),

            // between the other typologies
            Map(Iq2013, "bridge", MappingRelation.CloseMatch, Mikoss, "bridge-builder", "The 2013 bridge function and the 2022 bridge-builder use the same image of linking community and society."),
            Map(Iq2013, "bridge", MappingRelation.CloseMatch, Cooperation, "door-opener", "The door-opener role explicitly includes bridge builders (Brückenbauerinnen) into the communities."),
            Map(Mikoss, "bridge-builder", MappingRelation.CloseMatch, Cooperation, "door-opener", "The Qualitätszirkel names bridge builders (Brückenbauerinnen) as part of the door-opener role."),
            Map(Mikoss, "political-interest-representation", MappingRelation.CloseMatch, Roles, "interest-representative", "Both name the MO speaking for the interests of the groups it represents."),
            Map(Mikoss, "integration-partner", MappingRelation.CloseMatch, Cooperation, "partner-critical-friend", "Both describe the MO as a partner of the administration in integration work."),
            Map(Roles, "cooperation-partner", MappingRelation.CloseMatch, Cooperation, "partner-critical-friend", "Both describe the MO working with institutions on joint measures for its target group."),
            Map(Roles, "expert-panel-target-group", MappingRelation.CloseMatch, Cooperation, "expert", "Both describe the MO as an expert on the situation and needs of its target group."),
            Map(Roles, "information-broker", MappingRelation.RelatedMatch, Cooperation, "door-opener", "Door-openers and multipliers pass information on into communities, as information brokers do."),
        ]);

    private static ConceptMapping Map(string sourceScheme, string sourceConcept, MappingRelation relation, string targetScheme, string targetConcept, string rationale) =>
        new(sourceScheme, sourceConcept, relation, targetScheme, targetConcept, rationale, SourceKeys.Interpretive);
}
