using System;
using System.Collections.Generic;
using System.Linq;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.Rules;

/// <summary>Factories for <see cref="Criterion{TSubject}"/> over <see cref="CallerFacts"/>: a rule about a fact the
/// library does not model, without writing a <see cref="FactDescriptor{TSubject}"/> or explanation texts by hand.</summary>
/// <remarks>Each criterion reads one caller fact: unknown when the fact is unknown (its id is then the missing fact),
/// otherwise yes or no. Explanations name the fact by its label and quote the value in both languages.</remarks>
public static class Criterion
{
    /// <summary>Creates a criterion that holds when a caller fact equals a value (ordinal comparison).</summary>
    /// <typeparam name="TSubject">The subject type, e.g. <c>MoDomain.Funding.FundingSubject</c>.</typeparam>
    /// <param name="id">The criterion id (kebab-case).</param>
    /// <param name="label">The criterion label.</param>
    /// <param name="source">The source key (e.g. a guideline's name).</param>
    /// <param name="factId">The caller fact id (kebab-case).</param>
    /// <param name="factLabel">The caller fact's label.</param>
    /// <param name="expected">The value that meets the criterion.</param>
    /// <returns>The criterion.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An id is not kebab-case, or <paramref name="source"/> or <paramref name="expected"/> is blank.</exception>
    public static Criterion<TSubject> CallerFactEquals<TSubject>(string id, LocalizedText label, string source, string factId, LocalizedText factLabel, string expected)
        where TSubject : ICallerFactSubject =>
        CallerFactIn<TSubject>(id, label, source, factId, factLabel, [Guard.Against.Blank(expected)]);

    /// <summary>Creates a criterion that holds when a caller fact is one of some values (ordinal comparison).</summary>
    /// <typeparam name="TSubject">The subject type.</typeparam>
    /// <param name="id">The criterion id (kebab-case).</param>
    /// <param name="label">The criterion label.</param>
    /// <param name="source">The source key.</param>
    /// <param name="factId">The caller fact id (kebab-case).</param>
    /// <param name="factLabel">The caller fact's label.</param>
    /// <param name="accepted">The values that meet the criterion (at least one, none blank).</param>
    /// <returns>The criterion.</returns>
    /// <exception cref="ArgumentNullException">An argument or element is null.</exception>
    /// <exception cref="ArgumentException">An id is not kebab-case, <paramref name="source"/> is blank, or
    /// <paramref name="accepted"/> is empty or holds a blank value.</exception>
    public static Criterion<TSubject> CallerFactIn<TSubject>(string id, LocalizedText label, string source, string factId, LocalizedText factLabel, IEnumerable<string> accepted)
        where TSubject : ICallerFactSubject
    {
        Guard.Against.NullElements(accepted);
        var values = ValueSet.OfStrings(accepted);
        Guard.Against.Unsatisfied(!values.IsEmpty, "At least one accepted value is needed.", nameof(accepted));
        Guard.Against.Unsatisfied(values.All(v => !string.IsNullOrWhiteSpace(v)), "An accepted value is blank.", nameof(accepted));
        string list = string.Join(", ", values.Select(v => $"'{v}'"));
        string listDe = string.Join(", ", values.Select(v => $"„{v}“"));
        var fact = CallerFacts.Descriptor<TSubject>(factId, factLabel);
        return Build(id, label, source, fact, values.Contains,
            v => new LocalizedText($"{factLabel.English}: '{v}', as required.", $"{factLabel.German}: „{v}“, wie verlangt."),
            v => values.Count == 1
                ? new LocalizedText($"{factLabel.English}: '{v}', not {list}.", $"{factLabel.German}: „{v}“, nicht {listDe}.")
                : new LocalizedText($"{factLabel.English}: '{v}', none of {list}.", $"{factLabel.German}: „{v}“, keiner der Werte {listDe}."));
    }

    /// <summary>Creates a criterion that decides a caller fact with a predicate, explained by the texts given.</summary>
    /// <typeparam name="TSubject">The subject type.</typeparam>
    /// <param name="id">The criterion id (kebab-case).</param>
    /// <param name="label">The criterion label.</param>
    /// <param name="source">The source key.</param>
    /// <param name="factId">The caller fact id (kebab-case).</param>
    /// <param name="factLabel">The caller fact's label.</param>
    /// <param name="predicate">Decides a known value; must be pure.</param>
    /// <param name="whenMet">The explanation when the predicate holds.</param>
    /// <param name="whenNotMet">The explanation when it does not.</param>
    /// <returns>The criterion.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An id is not kebab-case, or <paramref name="source"/> is blank.</exception>
    public static Criterion<TSubject> CallerFact<TSubject>(string id, LocalizedText label, string source, string factId, LocalizedText factLabel, Func<string, bool> predicate, LocalizedText whenMet, LocalizedText whenNotMet)
        where TSubject : ICallerFactSubject
    {
        Guard.Against.Null(predicate);
        Guard.Against.Null(whenMet);
        Guard.Against.Null(whenNotMet);
        return Build(id, label, source, CallerFacts.Descriptor<TSubject>(factId, factLabel), predicate, _ => whenMet, _ => whenNotMet);
    }

    private static Criterion<TSubject> Build<TSubject>(
        string id, LocalizedText label, string source, FactDescriptor<TSubject, string> fact, Func<string, bool> predicate,
        Func<string, LocalizedText> met, Func<string, LocalizedText> notMet)
        where TSubject : ICallerFactSubject
    {
        Guard.Against.Null(label);
        var unknown = new LocalizedText($"{fact.Label.English}: unknown.", $"{fact.Label.German}: unbekannt.");
        return new Criterion<TSubject>(
            id, label, source, [fact],
            s => fact.Get(s).Test(predicate),
            (s, outcome) =>
            {
                var value = fact.Get(s);
                if (!value.IsKnown)
                {
                    return unknown;
                }
                return outcome.IsYes ? met(value.Value) : notMet(value.Value);
            });
    }
}
