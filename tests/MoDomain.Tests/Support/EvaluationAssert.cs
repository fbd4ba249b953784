using System.Linq;
using MoDomain.Rules;

namespace MoDomain.Tests.Support;

/// <summary>Structural equality of evaluation trees.</summary>
public static class EvaluationAssert
{
    /// <summary>Asserts that two evaluations are equal in every node: rule, outcome, explanations, facts read and missing facts.</summary>
    /// <param name="expected">The expected evaluation.</param>
    /// <param name="actual">The actual evaluation.</param>
    /// <param name="context">Text added to failure messages.</param>
    public static void Equal(Evaluation expected, Evaluation actual, string context = "")
    {
        string at = $"{expected.RuleId} {context}";
        Assert.Equal(expected.RuleId, actual.RuleId);
        Assert.True(expected.Outcome == actual.Outcome, $"outcome {expected.Outcome} vs {actual.Outcome} at {at}");
        Assert.True(expected.Explanation.Equals(actual.Explanation), $"explanation '{expected.Explanation.English}' vs '{actual.Explanation.English}' at {at}");
        Assert.True(expected.Label.Equals(actual.Label), $"label differs at {at}");
        Assert.True(expected.MissingFacts.SequenceEqual(actual.MissingFacts), $"missing [{string.Join(",", expected.MissingFacts)}] vs [{string.Join(",", actual.MissingFacts)}] at {at}");
        Assert.True(expected.FactsRead.SequenceEqual(actual.FactsRead), $"facts read [{string.Join(",", expected.FactsRead)}] vs [{string.Join(",", actual.FactsRead)}] at {at}");
        Assert.Equal(expected.Parts.Length, actual.Parts.Length);
        for (int i = 0; i < expected.Parts.Length; i++)
        {
            Equal(expected.Parts[i], actual.Parts[i], context);
        }
    }
}
