using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MoDomain.Internal;
using MoDomain.Rules;
using MoDomain.Vocabulary;

namespace MoDomain.Reference;

/// <summary>
/// A ranking the source states (most to least frequent), as ordered tiers of vocabulary ids; items in one tier are
/// tied, exactly as the source groups them.
/// </summary>
/// <remarks>
/// <para>
/// Only what the source states is ordered. An id the source does not place (for example "urban planning" in the
/// ranking of regular exchange) is not ranked: <see cref="RankOf"/> gives unknown and <see cref="Compare"/> gives
/// <see cref="RankComparison.NotRanked"/>, never a guessed position.
/// </para>
/// <para>The ranking is immutable and safe to share across threads.</para>
/// </remarks>
public sealed class ReferenceRanking
{
    private readonly ImmutableDictionary<string, int> tierById;

    /// <summary>Creates a ranking.</summary>
    /// <param name="id">Stable id.</param>
    /// <param name="topic">The id of the topic in <see cref="ReferenceData.Topics"/>.</param>
    /// <param name="measures">What is ranked, in German and English.</param>
    /// <param name="itemScheme">The id of the vocabulary scheme the ranked ids belong to.</param>
    /// <param name="tiers">The tiers, highest first; each tier holds the ids the source ties.</param>
    /// <param name="survey">The survey the ranking comes from.</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// A text is blank, there is no tier, a tier is empty, an id is blank, or an id appears more than once.
    /// </exception>
    public ReferenceRanking(string id, string topic, LocalizedText measures, string itemScheme, IEnumerable<IEnumerable<string>> tiers, ReferenceSurvey survey)
    {
        Id = Guard.Against.Blank(id);
        Topic = Guard.Against.Blank(topic);
        Measures = Guard.Against.Null(measures);
        ItemScheme = Guard.Against.Blank(itemScheme);
        Survey = Guard.Against.Null(survey);
        Guard.Against.Null(tiers);
        var builtTiers = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        var index = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        foreach (IEnumerable<string> tier in tiers)
        {
            Guard.Against.Unsatisfied(tier is not null, "A tier must not be null.", nameof(tiers));
            ImmutableArray<string> items = [.. tier!];
            Guard.Against.Unsatisfied(items.Length > 0, $"Tier {builtTiers.Count + 1} is empty.", nameof(tiers));
            foreach (string item in items)
            {
                Guard.Against.Unsatisfied(!string.IsNullOrWhiteSpace(item), $"Tier {builtTiers.Count + 1} holds a blank id.", nameof(tiers));
                Guard.Against.Unsatisfied(index.TryAdd(item, builtTiers.Count + 1), $"The id '{item}' appears more than once.", nameof(tiers));
            }

            builtTiers.Add(items);
        }

        Guard.Against.Unsatisfied(builtTiers.Count > 0, "A ranking needs at least one tier.", nameof(tiers));
        Tiers = builtTiers.ToImmutable();
        tierById = index.ToImmutable();
    }

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the id of the topic the ranking belongs to.</summary>
    public string Topic { get; }

    /// <summary>Gets what is ranked.</summary>
    public LocalizedText Measures { get; }

    /// <summary>Gets the id of the vocabulary scheme the ranked ids belong to.</summary>
    public string ItemScheme { get; }

    /// <summary>Gets the tiers, highest (most frequent) first.</summary>
    public ImmutableArray<ImmutableArray<string>> Tiers { get; }

    /// <summary>Gets the survey the ranking comes from.</summary>
    public ReferenceSurvey Survey { get; }

    /// <summary>Gets the source key (that of <see cref="Survey"/>).</summary>
    public string Source => Survey.Source;

    /// <summary>Gets every ranked id, highest tier first, in source order within a tier.</summary>
    public IEnumerable<string> RankedIds => Tiers.SelectMany(t => t);

    /// <summary>Gets the 1-based tier of an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The tier number (1 = most frequent), or unknown when the source does not rank the id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    public Fact<int> RankOf(string id)
    {
        Guard.Against.Null(id);
        return tierById.TryGetValue(id, out int tier) ? Fact.Known(tier) : Fact<int>.Unknown;
    }

    /// <summary>Compares two ids by their tiers.</summary>
    /// <param name="first">The first id.</param>
    /// <param name="second">The second id.</param>
    /// <returns>
    /// <see cref="RankComparison.Before"/> when <paramref name="first"/> is in a higher tier, <see cref="RankComparison.Tied"/>
    /// when both share a tier, <see cref="RankComparison.After"/> when it is lower, and <see cref="RankComparison.NotRanked"/>
    /// when either id is not ranked.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public RankComparison Compare(string first, string second)
    {
        Guard.Against.Null(first);
        Guard.Against.Null(second);
        if (!tierById.TryGetValue(first, out int a) || !tierById.TryGetValue(second, out int b))
        {
            return RankComparison.NotRanked;
        }

        return a < b ? RankComparison.Before : a == b ? RankComparison.Tied : RankComparison.After;
    }

    /// <summary>Returns the id.</summary>
    /// <returns>The stable id.</returns>
    public override string ToString() => Id;
}
