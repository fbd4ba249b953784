using System.Collections.Immutable;
using System.Linq;
using MoDomain.Rules;
using MoDomain.Vocabulary;

namespace MoDomain.Cooperation;

/// <summary>The due-diligence result for one candidate: clear, concern or undetermined, with the reasons and the full evaluation.</summary>
/// <remarks>Immutable. The outcome follows the evaluation: yes → clear, no → concern, unknown → undetermined.</remarks>
public sealed class DueDiligenceResult
{
    internal DueDiligenceResult(string candidate, Evaluation evaluation)
    {
        Candidate = candidate;
        Evaluation = evaluation;
    }

    /// <summary>Gets the candidate's name.</summary>
    public string Candidate { get; }

    /// <summary>Gets the outcome: yes = clear (every check passed), no = concern, unknown = undetermined; ids and labels in
    /// <see cref="CooperationVocabulary.DueDiligenceOutcomes"/> (<c>clear</c>, <c>concern</c>, <c>undetermined</c>).</summary>
    public Truth Outcome => Evaluation.Outcome;

    /// <summary>Gets the evaluation of the due-diligence rule (an all-of of its checks), with facts read and missing facts.</summary>
    public Evaluation Evaluation { get; }

    /// <summary>Gets the reasons: the explanation of every check, in rule order.</summary>
    public ImmutableArray<LocalizedText> Reasons => [.. Evaluation.Parts.Select(static p => p.Explanation)];

    /// <summary>Returns the candidate and the outcome id, e.g. <c>Elternnetzwerk e.V.: clear</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Candidate}: {CooperationVocabulary.DueDiligenceOutcomes.IdOf(Outcome.Value)}";
}
