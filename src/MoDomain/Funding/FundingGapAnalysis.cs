using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using MoDomain.Internal;
using MoDomain.Rules;
using NodaTime;

namespace MoDomain.Funding;

/// <summary>"Next rung" analysis: for a funding case at a date, the highest ladder rung whose policy it meets, the next rung
/// up, the requirements blocking it and, for time-based requirements, the first date they will be met.</summary>
/// <remarks>"The highest rung met" is the top-most rung whose policy is met (an open rung is always met); lower rungs may
/// still be unmet under a custom ladder. First dates assume every other fact stays as it is; each is checked: the
/// requirement holds on it and not on the day before.</remarks>
public static class FundingGapAnalysis
{
    /// <summary>Analyses a subject.</summary>
    /// <param name="subject">The subject (case, date, funder).</param>
    /// <param name="ladder">The ladder; default <see cref="FundingLadder.Default"/>.</param>
    /// <param name="policies">Policies to resolve rung policy ids, before the built-ins (<see cref="FundingPolicies.All"/>).</param>
    /// <returns>The gap.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    /// <exception cref="ArgumentException">A rung names a policy that is neither given nor built in.</exception>
    public static FundingGap Analyse(FundingSubject subject, FundingLadder? ladder = null, IEnumerable<FundingPolicy>? policies = null)
    {
        Guard.Against.Null(subject);
        ladder ??= FundingLadder.Default;
        var byId = new Dictionary<string, FundingPolicy>(StringComparer.Ordinal);
        foreach (var p in FundingPolicies.All)
        {
            byId[p.Id] = p;
        }
        if (policies is not null)
        {
            Guard.Against.NullElements(policies);
            foreach (var p in policies)
            {
                byId[p.Id] = p;
            }
        }
        var resolved = new FundingPolicy?[ladder.Rungs.Length];
        var outcomes = new Truth[ladder.Rungs.Length];
        int highest = -1;
        for (int i = 0; i < ladder.Rungs.Length; i++)
        {
            var rung = ladder.Rungs[i];
            if (rung.PolicyId is { } id)
            {
                if (!byId.TryGetValue(id, out var policy))
                {
                    throw new ArgumentException($"The rung '{rung}' of ladder '{ladder.Id}' names the policy '{id}', which is neither given nor built in.", nameof(policies));
                }
                resolved[i] = policy;
                outcomes[i] = policy.Decide(subject);
            }
            else
            {
                outcomes[i] = Truth.Yes;
            }
            if (outcomes[i].IsYes)
            {
                highest = i;
            }
        }
        EligibilityResult? next = null;
        var blocking = ImmutableArray.CreateBuilder<BlockingRequirement>();
        if (highest + 1 < ladder.Rungs.Length && resolved[highest + 1] is { } nextPolicy)
        {
            next = nextPolicy.Evaluate(subject);
            foreach (var r in next.Requirements)
            {
                if (!r.Outcome.IsYes)
                {
                    blocking.Add(new BlockingRequirement(r, FirstDateMet(r.Requirement, subject)));
                }
            }
        }
        return new FundingGap(subject, ladder, ImmutableCollectionsMarshalAsImmutable(outcomes), highest, next, blocking.ToImmutable());
    }

    /// <summary>Returns the first date after the subject's date on which a time-based requirement will be met, the other
    /// facts staying as they are: met on it, not met the day before.</summary>
    /// <param name="requirement">The requirement.</param>
    /// <param name="subject">The subject.</param>
    /// <returns>The date, or <see langword="null"/> when the requirement is not time-based, already met, or no date follows.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static LocalDate? FirstDateMet(FundingRequirement requirement, FundingSubject subject)
    {
        Guard.Against.Null(requirement);
        Guard.Against.Null(subject);
        if (!requirement.IsTimeBased || requirement.Rule.Decide(subject).IsYes)
        {
            return null;
        }
        if (requirement.CandidateDate(subject) is not { } candidate || candidate <= subject.At)
        {
            return null;
        }
        bool metThen = requirement.Rule.Decide(subject.WithDate(candidate)).IsYes;
        bool metBefore = requirement.Rule.Decide(subject.WithDate(candidate.PlusDays(-1))).IsYes;
        return metThen && !metBefore ? candidate : null;
    }

    private static ImmutableArray<Truth> ImmutableCollectionsMarshalAsImmutable(Truth[] values) =>
        System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(values);
}
