using System;
using System.Collections.Generic;
using MoDomain.Cooperation;
using MoDomain.Definitions;
using MoDomain.Internal;
using MoDomain.Objectives;
using MoDomain.Rules;
using MoDomain.SocialSecurity;
using MoDomain.Vocabulary;

namespace MoDomain.Coding;

/// <summary>
/// The ids of the codes the library's frameworks contribute to <see cref="Codebook.Standard"/>, and the mapping back
/// from a code to its social-security function.
/// </summary>
/// <remarks>
/// <para>Layout (top-level grouping codes are not codable):</para>
/// <list type="bullet">
/// <item><c>functions</c> → <c>function:&lt;function id&gt;</c> → <c>indicator:&lt;indicator id&gt;</c> (MIKOSS 2022);</item>
/// <item><c>perspectives</c> → <c>perspective:&lt;id&gt;</c>; the administrative roles sit below
/// <c>perspective:public-administration</c> as <c>administrative-role:&lt;id&gt;</c>;</item>
/// <item><c>objectives</c> → <c>objective-cell:&lt;cell id&gt;</c> → <c>objective:&lt;objective id&gt;</c> (Preißler);</item>
/// <item><c>cooperation-roles</c> → <c>cooperation-role:&lt;id&gt;</c>;</item>
/// <item><c>definition-criteria</c> → <c>definition:&lt;definition id&gt;</c> → <c>criterion:&lt;rule id&gt;</c> (the parts
/// of each definition of <see cref="DefinitionSet.Default"/>, nested as the rules nest), plus
/// <c>criterion:container-term</c>.</item>
/// </list>
/// <para>The concept ids after the colon are the stable ids of DOMAIN.md, so the code ids are stable too.</para>
/// </remarks>
public static class StandardCodes
{
    /// <summary>The grouping code of the social-security functions.</summary>
    public const string Functions = "functions";

    /// <summary>The grouping code of the perspectives.</summary>
    public const string Perspectives = "perspectives";

    /// <summary>The grouping code of Preißler's objectives.</summary>
    public const string Objectives = "objectives";

    /// <summary>The grouping code of the cooperation roles.</summary>
    public const string CooperationRoles = "cooperation-roles";

    /// <summary>The grouping code of the definition criteria.</summary>
    public const string DefinitionCriteria = "definition-criteria";

    private static readonly string[] FunctionColours = ["#E69F00", "#56B4E9", "#009E73", "#CC79A7"];
    private static readonly string[] PerspectiveColours = ["#D55E00", "#0072B2", "#F0E442"];

    /// <summary>Returns the code id of a function, for example <c>function:homemaking</c>.</summary>
    /// <param name="function">The function.</param>
    /// <returns>The code id.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Function(SocialSecurityFunction function) => "function:" + SocialSecurityVocabulary.Functions.IdOf(function);

    /// <summary>Returns the code id of an indicator, for example <c>indicator:safe-space</c>.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The code id.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Indicator(FunctionIndicator indicator) => "indicator:" + SocialSecurityVocabulary.Indicators.IdOf(indicator);

    /// <summary>Returns the code id of a perspective, for example <c>perspective:welfare-association</c>.</summary>
    /// <param name="perspective">The perspective.</param>
    /// <returns>The code id.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Perspective(Perspective perspective) => "perspective:" + SocialSecurityVocabulary.Perspectives.IdOf(perspective);

    /// <summary>Returns the code id of an objective, for example <c>objective:first-orientation</c>.</summary>
    /// <param name="objective">The objective.</param>
    /// <returns>The code id.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string Objective(Objective objective) => "objective:" + ObjectivesVocabulary.Objectives.IdOf(objective);

    /// <summary>Returns the code id of a cooperation role, for example <c>cooperation-role:expert</c>.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The code id.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string CooperationRole(CooperationRole role) => "cooperation-role:" + CooperationVocabulary.Roles.IdOf(role);

    /// <summary>
    /// Finds the social-security function a code stands for: the code itself or its nearest ancestor of the form
    /// <c>function:&lt;id&gt;</c> (so indicator codes and researcher sub-codes count for their function).
    /// </summary>
    /// <param name="codebook">The codebook that holds the code.</param>
    /// <param name="codeId">The code id.</param>
    /// <param name="function">The function when found.</param>
    /// <returns>True when the code lies within a function code.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool TryGetFunction(Codebook codebook, string codeId, out SocialSecurityFunction function)
    {
        Guard.Against.Null(codebook);
        Guard.Against.Null(codeId);
        string? current = codeId;
        while (current is not null && codebook.TryGet(current, out var code))
        {
            if (current.StartsWith("function:", StringComparison.Ordinal)
                && SocialSecurityVocabulary.Functions.TryParse(current["function:".Length..], out function))
            {
                return true;
            }
            current = code.ParentId;
        }
        function = default;
        return false;
    }

    internal static Codebook Build()
    {
        var codes = new List<Code>();
        codes.Add(Group(Functions, "Social-security functions (MIKOSS)", "Funktionen für soziale Sicherung (MIKOSS)", "The four functions of migrant organisations for social security; indicators are their sub-codes.", SourceKeys.Mikoss2022));
        foreach (SocialSecurityFunction function in Enum.GetValues<SocialSecurityFunction>())
        {
            var concept = SocialSecurityVocabulary.Functions.ConceptOf(function);
            codes.Add(new Code(Function(function), concept.Label, concept.Description, Functions, FunctionColours[(int)function], concept.Source));
            foreach (var indicator in SocialSecurityVocabulary.IndicatorsOf(function))
            {
                var ic = SocialSecurityVocabulary.Indicators.ConceptOf(indicator);
                codes.Add(new Code(Indicator(indicator), ic.Label, ic.Description, Function(function), null, ic.Source));
            }
        }

        codes.Add(Group(Perspectives, "Perspectives (MIKOSS)", "Perspektiven (MIKOSS)", "The three perspectives from which interviews look at migrant organisations.", SourceKeys.Mikoss2022));
        foreach (SocialSecurity.Perspective perspective in Enum.GetValues<SocialSecurity.Perspective>())
        {
            var concept = SocialSecurityVocabulary.Perspectives.ConceptOf(perspective);
            codes.Add(new Code(Perspective(perspective), concept.Label, concept.Description, Perspectives, PerspectiveColours[(int)perspective], concept.Source));
        }
        foreach (var concept in SocialSecurityVocabulary.AdministrativeRoles.Scheme.Concepts)
        {
            codes.Add(new Code("administrative-role:" + concept.Id, concept.Label, concept.Description, Perspective(SocialSecurity.Perspective.PublicAdministration), null, concept.Source));
        }

        codes.Add(Group(Objectives, "Objectives of MOs (Preißler)", "Zielsetzungen von MSO (Preißler)", "Preißler's objectives matrix: four cells with their objectives as sub-codes.", SourceKeys.Qualitaetszirkel2023));
        foreach (ObjectiveCell cell in Enum.GetValues<ObjectiveCell>())
        {
            var concept = ObjectivesVocabulary.Cells.ConceptOf(cell);
            string cellId = "objective-cell:" + concept.Id;
            codes.Add(new Code(cellId, concept.Label, concept.Description, Objectives, null, concept.Source));
            foreach (var objective in ObjectivesVocabulary.ObjectivesIn(cell))
            {
                var oc = ObjectivesVocabulary.Objectives.ConceptOf(objective);
                codes.Add(new Code(Objective(objective), oc.Label, oc.Description, cellId, null, oc.Source));
            }
        }

        codes.Add(Group(CooperationRoles, "Cooperation roles of MOs", "Kooperationsrollen von MO", "The roles of migrant organisations as cooperation partners of the administration.", SourceKeys.Qualitaetszirkel2023));
        foreach (var concept in CooperationVocabulary.Roles.Scheme.Concepts)
        {
            codes.Add(new Code("cooperation-role:" + concept.Id, concept.Label, concept.Description, CooperationRoles, null, concept.Source));
        }

        codes.Add(Group(DefinitionCriteria, "Definition criteria", "Definitionskriterien", "The criteria of the definitions of a migrant organisation, nested as the definitions combine them.", SourceKeys.Model));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in DefinitionSet.Default.Definitions)
        {
            string definitionCode = "definition:" + definition.Id;
            codes.Add(new Code(definitionCode, definition.Label, definition.Description, DefinitionCriteria, null, definition.Source));
            foreach (var part in definition.Criteria)
            {
                AddCriterion(codes, seen, part, definitionCode);
            }
        }
        AddCriterion(codes, seen, DefinitionSet.Default.ContainerTerm, DefinitionCriteria);
        return Codebook.Of(codes);
    }

    private static void AddCriterion(List<Code> codes, HashSet<string> seen, Rule<OrganisationProfile> rule, string parent)
    {
        string id = "criterion:" + rule.Id;
        if (!seen.Add(id))
        {
            return;
        }
        codes.Add(new Code(id, rule.Label, null, parent, null, rule.Source));
        foreach (var part in rule.Parts)
        {
            AddCriterion(codes, seen, part, id);
        }
    }

    private static Code Group(string id, string english, string german, string description, string source) =>
        new(id, new LocalizedText(english, german), description, null, null, source, isCodable: false);
}
