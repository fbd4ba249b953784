using System;
using System.Collections.Immutable;
using System.Linq;
using MoDomain.Internal;

namespace MoDomain.Cooperation;

/// <summary>
/// Starting a cooperation (Kita-Einstieg 2018, DOMAIN.md §5.5) as a small immutable state machine:
/// <c>define-goals</c> → <c>find-mso</c> → <c>first-contact</c>. Each step returns a new state recording what the step
/// produced; a step out of order is refused.
/// </summary>
/// <remarks>
/// <para>Due diligence runs on every candidate when <c>find-mso</c> is recorded (<see cref="DueDiligenceResults"/>).
/// A concern does not block the first contact — the guide says to check, not what to do — but the result stays on
/// record next to the contact.</para>
/// <para>Immutable and thread-safe; every transition returns a new instance.</para>
/// </remarks>
public sealed class CooperationStart
{
    private CooperationStart(string purpose, DueDiligenceParameters parameters, GoalsDefinition? goals, MsoSearch? search, ImmutableArray<DueDiligenceResult> dueDiligence, FirstContactRecord? contact)
    {
        Purpose = purpose;
        Parameters = parameters;
        Goals = goals;
        Search = search;
        DueDiligenceResults = dueDiligence;
        FirstContact = contact;
    }

    /// <summary>Gets what the cooperation is sought for, in words.</summary>
    public string Purpose { get; }

    /// <summary>Gets the due-diligence parameters.</summary>
    public DueDiligenceParameters Parameters { get; }

    /// <summary>Gets what <c>define-goals</c> produced, or null before that step.</summary>
    public GoalsDefinition? Goals { get; }

    /// <summary>Gets what <c>find-mso</c> produced, or null before that step.</summary>
    public MsoSearch? Search { get; }

    /// <summary>Gets the due-diligence result of every candidate (empty before <c>find-mso</c>).</summary>
    public ImmutableArray<DueDiligenceResult> DueDiligenceResults { get; }

    /// <summary>Gets what <c>first-contact</c> produced, or null before that step.</summary>
    public FirstContactRecord? FirstContact { get; }

    /// <summary>Gets the steps done, in order.</summary>
    public ImmutableArray<StartStep> CompletedSteps =>
        [.. new[] { (Goals is not null, StartStep.DefineGoals), (Search is not null, StartStep.FindMso), (FirstContact is not null, StartStep.FirstContact) }.Where(static s => s.Item1).Select(static s => s.Item2)];

    /// <summary>Gets the next step, or null when all three are done.</summary>
    public StartStep? NextStep => Goals is null ? StartStep.DefineGoals : Search is null ? StartStep.FindMso : FirstContact is null ? StartStep.FirstContact : null;

    /// <summary>Gets whether all three steps are done.</summary>
    public bool IsComplete => NextStep is null;

    /// <summary>Begins a start process with <see cref="DueDiligenceParameters.Default"/>.</summary>
    /// <param name="purpose">What the cooperation is sought for.</param>
    /// <returns>The initial state (next step: <c>define-goals</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="purpose"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="purpose"/> is blank.</exception>
    public static CooperationStart Begin(string purpose) => Begin(purpose, DueDiligenceParameters.Default);

    /// <summary>Begins a start process.</summary>
    /// <param name="purpose">What the cooperation is sought for.</param>
    /// <param name="parameters">The due-diligence parameters.</param>
    /// <returns>The initial state (next step: <c>define-goals</c>).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="purpose"/> is blank.</exception>
    public static CooperationStart Begin(string purpose, DueDiligenceParameters parameters) =>
        new(Guard.Against.Blank(purpose), Guard.Against.Null(parameters), null, null, [], null);

    /// <summary>Records the <c>define-goals</c> step.</summary>
    /// <param name="goals">What the step produced.</param>
    /// <returns>The new state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="goals"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The step was already recorded.</exception>
    public CooperationStart DefineGoals(GoalsDefinition goals)
    {
        Guard.Against.Null(goals);
        Expect(StartStep.DefineGoals);
        return new(Purpose, Parameters, goals, null, [], null);
    }

    /// <summary>Records the <c>find-mso</c> step and runs due diligence on every candidate.</summary>
    /// <param name="search">What the step produced.</param>
    /// <returns>The new state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="search"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The goals are not defined yet, or the step was already recorded.</exception>
    public CooperationStart FindMso(MsoSearch search)
    {
        Guard.Against.Null(search);
        Expect(StartStep.FindMso);
        return new(Purpose, Parameters, Goals, search, [.. search.Candidates.Select(c => DueDiligence.Check(c, Parameters))], null);
    }

    /// <summary>Records the <c>first-contact</c> step.</summary>
    /// <param name="contact">What the step produced; its candidate must be one of the search's.</param>
    /// <returns>The new (complete) state.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contact"/> is null.</exception>
    /// <exception cref="InvalidOperationException">An earlier step is missing, or the step was already recorded.</exception>
    /// <exception cref="ArgumentException">The contacted candidate was not found in the <c>find-mso</c> step.</exception>
    public CooperationStart MakeFirstContact(FirstContactRecord contact)
    {
        Guard.Against.Null(contact);
        Expect(StartStep.FirstContact);
        Guard.Against.Unsatisfied(
            Search!.Candidates.Any(c => string.Equals(c.Name, contact.Candidate, StringComparison.Ordinal)),
            $"'{contact.Candidate}' was not found in the find-mso step; candidates: {string.Join(", ", Search.Candidates.Select(static c => c.Name))}.",
            nameof(contact));
        return new(Purpose, Parameters, Goals, Search, DueDiligenceResults, contact);
    }

    /// <summary>Gets the due-diligence result of the contacted candidate, or null before the first contact.</summary>
    public DueDiligenceResult? ContactedCandidateDueDiligence =>
        FirstContact is null ? null : DueDiligenceResults.First(r => string.Equals(r.Candidate, FirstContact.Candidate, StringComparison.Ordinal));

    private void Expect(StartStep step)
    {
        var next = NextStep;
        if (next == step)
        {
            return;
        }
        string id = CooperationVocabulary.StartSteps.IdOf(step);
        throw next is null || next > step
            ? new InvalidOperationException($"The step '{id}' is already recorded; a start process records each step once.")
            : new InvalidOperationException($"The step '{id}' cannot be recorded before '{CooperationVocabulary.StartSteps.IdOf(next.Value)}'; steps may not be skipped.");
    }
}
