using MoDomain.Rules;

namespace MoDomain.Benchmarks;

/// <summary>Reads every detail of an evaluation tree, as a renderer would, so lazy details are paid for.</summary>
public static class ExplanationWalk
{
    /// <summary>Reads explanation (both languages), facts read and missing facts of every node.</summary>
    /// <param name="evaluation">The root.</param>
    /// <returns>A checksum (total text length) so the work cannot be optimised away.</returns>
    public static int Touch(Evaluation evaluation)
    {
        int length = evaluation.Explanation.English.Length + evaluation.Explanation.German.Length;
        foreach (var fact in evaluation.FactsRead)
        {
            length += fact.Value.IsKnown ? fact.Value.Value.Length : 0;
        }
        length += evaluation.MissingFacts.Length;
        foreach (var part in evaluation.Parts)
        {
            length += Touch(part);
        }
        return length;
    }
}
