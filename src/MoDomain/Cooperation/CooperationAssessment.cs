using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using MoDomain.Internal;
using MoDomain.Rules;

namespace MoDomain.Cooperation;

/// <summary>
/// An assessment of one cooperation against the success factors and obstacles of DOMAIN.md §5.4: each factor present,
/// absent or unknown, with an optional note. <see cref="Evaluate()"/> lists them; weights are applied only when the
/// caller supplies them.
/// </summary>
/// <remarks>Immutable and validated. Factors not observed are unknown.</remarks>
public sealed class CooperationAssessment
{
    /// <summary>Initializes an assessment against <see cref="CooperationFactors.All"/>.</summary>
    /// <param name="observations">The observations.</param>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is null.</exception>
    /// <exception cref="ArgumentException">An observation is null, names an unknown factor (the message suggests ids) or repeats a factor.</exception>
    public CooperationAssessment(IEnumerable<FactorObservation> observations)
        : this(observations, CooperationFactors.All)
    {
    }

    /// <summary>Initializes an assessment against a caller's factor list.</summary>
    /// <param name="observations">The observations.</param>
    /// <param name="factors">The factors (distinct ids).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A sequence holds null, factor ids repeat, or an observation names an unknown factor or repeats one.</exception>
    public CooperationAssessment(IEnumerable<FactorObservation> observations, IEnumerable<CooperationFactor> factors)
    {
        Guard.Against.NullElements(observations);
        Guard.Against.NullElements(factors);
        Factors = [.. factors];
        var byId = new Dictionary<string, CooperationFactor>(StringComparer.Ordinal);
        foreach (var factor in Factors)
        {
            Guard.Against.Unsatisfied(byId.TryAdd(factor.Id, factor), $"The factor '{factor.Id}' is listed twice.", nameof(factors));
        }
        Observations = [.. observations];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var observation in Observations)
        {
            Guard.Against.Unsatisfied(
                byId.ContainsKey(observation.FactorId),
                $"'{observation.FactorId}' is not a known factor; {IdSuggestions.Text(IdSuggestions.Suggest(observation.FactorId, byId.Keys))}",
                nameof(observations));
            Guard.Against.Unsatisfied(seen.Add(observation.FactorId), $"The factor '{observation.FactorId}' is observed twice.", nameof(observations));
        }
    }

    /// <summary>Gets the factors assessed against.</summary>
    public ImmutableArray<CooperationFactor> Factors { get; }

    /// <summary>Gets the observations, in the given order.</summary>
    public ImmutableArray<FactorObservation> Observations { get; }

    /// <summary>Lists every factor as present, missing or unknown, without any weighting.</summary>
    /// <returns>The result (its <see cref="AssessmentResult.Weighted"/> is null).</returns>
    public AssessmentResult Evaluate() => new(Statuses(), null);

    /// <summary>Lists every factor and adds the score for the caller's explicit weights.</summary>
    /// <param name="weights">A weight per factor id (finite numbers; factors without a weight do not count).</param>
    /// <returns>The result with <see cref="AssessmentResult.Weighted"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    /// <exception cref="ArgumentException">A weight names an unknown factor or is not finite.</exception>
    public AssessmentResult Evaluate(IReadOnlyDictionary<string, double> weights)
    {
        Guard.Against.Null(weights);
        var statuses = Statuses();
        var sorted = ImmutableSortedDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        double known = 0, negative = 0, positive = 0;
        bool anyUnknown = false;
        foreach (var (id, weight) in weights)
        {
            Guard.Against.Null(id, nameof(weights));
            var status = statuses.FirstOrDefault(s => string.Equals(s.Factor.Id, id, StringComparison.Ordinal));
            Guard.Against.Unsatisfied(status is not null, $"The weight names '{id}', which is not a known factor; {IdSuggestions.Text(IdSuggestions.Suggest(id, Factors.Select(f => f.Id)))}", nameof(weights));
            Guard.Against.Unsatisfied(double.IsFinite(weight), $"The weight of '{id}' must be a finite number.", nameof(weights));
            sorted.Add(id, weight);
            switch (status.Presence.Value)
            {
                case TruthValue.Yes:
                    known += weight;
                    break;
                case TruthValue.Unknown:
                    anyUnknown = true;
                    if (weight < 0)
                    {
                        negative += weight;
                    }
                    else
                    {
                        positive += weight;
                    }
                    break;
                default:
                    break;
            }
        }
        return new(statuses, new WeightedScore(sorted.ToImmutable(), known, negative, positive, anyUnknown));
    }

    private ImmutableArray<FactorStatus> Statuses()
    {
        var byId = Observations.ToDictionary(o => o.FactorId, StringComparer.Ordinal);
        return [.. Factors.Select(f => byId.TryGetValue(f.Id, out var o) ? new FactorStatus(f, o.Presence, o.Note) : new FactorStatus(f, Truth.Unknown, null))];
    }

    /// <summary>Returns the number of observations and factors, e.g. <c>10 observations of 24 factors</c>.</summary>
    /// <returns>The text (invariant).</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Observations.Length} observations of {Factors.Length} factors");
}
