using System.Collections.Generic;
using System.Linq;
using MoDomain.Definitions;
using MoDomain.Rules;

namespace MoDomain.Tests.Support;

/// <summary>Helpers to reach every rule and every evaluation node of the built-in definitions.</summary>
public static class TestRules
{
    /// <summary>Gets the built-in definitions.</summary>
    public static IReadOnlyList<Definition> Definitions { get; } = [StandardDefinitions.Svr2020, StandardDefinitions.Bpb2013];

    /// <summary>Gets every rule of both definitions (the definitions, their criteria and sub-criteria) and the container term.</summary>
    public static IReadOnlyList<Rule<OrganisationProfile>> AllRules { get; } =
        [.. Definitions.SelectMany(d => Descendants(d.Rule)), StandardDefinitions.ContainerTerm];

    /// <summary>Returns the rule and all rules below it, depth first.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The rules.</returns>
    public static IEnumerable<Rule<OrganisationProfile>> Descendants(Rule<OrganisationProfile> rule)
    {
        yield return rule;
        foreach (var part in rule.Parts)
        {
            foreach (var r in Descendants(part))
            {
                yield return r;
            }
        }
    }

    /// <summary>Returns the evaluation and all evaluations below it, depth first.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The nodes.</returns>
    public static IEnumerable<Evaluation> Nodes(Evaluation evaluation)
    {
        yield return evaluation;
        foreach (var part in evaluation.Parts)
        {
            foreach (var e in Nodes(part))
            {
                yield return e;
            }
        }
    }

    /// <summary>Returns the rule with <paramref name="id"/> anywhere in the built-in definitions or the container term.</summary>
    /// <param name="id">The rule id.</param>
    /// <returns>The rule.</returns>
    public static Rule<OrganisationProfile> Rule(string id) => AllRules.Single(r => r.Id == id);

    /// <summary>Returns the evaluation node with <paramref name="ruleId"/> in <paramref name="evaluation"/>.</summary>
    /// <param name="evaluation">The evaluation tree.</param>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>The node.</returns>
    public static Evaluation Node(Evaluation evaluation, string ruleId)
    {
        Xunit.Assert.True(evaluation.TryFind(ruleId, out var node), $"No evaluation of '{ruleId}' in '{evaluation.RuleId}'.");
        return node;
    }
}
