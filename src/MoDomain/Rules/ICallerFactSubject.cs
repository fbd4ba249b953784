namespace MoDomain.Rules;

/// <summary>A subject that carries <see cref="Rules.CallerFacts"/>, so that rules built with <see cref="Criterion"/>'s
/// caller-fact factories or <see cref="CallerFacts.Descriptor{TSubject}"/> can read them.</summary>
/// <remarks>Implemented by <c>MoDomain.Funding.FundingSubject</c> (the facts of its funding case).</remarks>
public interface ICallerFactSubject
{
    /// <summary>Gets the subject's caller facts (never null; <see cref="CallerFacts.Empty"/> when none).</summary>
    CallerFacts CallerFacts { get; }
}
