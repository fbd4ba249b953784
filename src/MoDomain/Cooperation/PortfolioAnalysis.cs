using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using MoDomain.Internal;
using MoDomain.Rules;

namespace MoDomain.Cooperation;

/// <summary>
/// The analysis of a <see cref="CooperationPortfolio"/>: distribution by level, form, topic and initiator; comparison
/// with the survey shares (<see cref="CooperationSurvey"/>); topics with less cooperation than the survey's ranking suggests.
/// </summary>
/// <remarks>Immutable. Computed once from the portfolio; nothing is weighted or scored.</remarks>
public sealed class PortfolioAnalysis
{
    internal PortfolioAnalysis(CooperationPortfolio portfolio)
    {
        Portfolio = portfolio;
        var records = portfolio.Records;
        ByLevel = new(records, static r => new Fact<IEnumerable<CooperationLevel>>([r.Level]));
        ByForm = new(records.Where(static r => CooperationArrangement.HasForms(r.Level)), static r => r.Form.Select(static f => (IEnumerable<CooperationForm>)[f]));
        ByTopic = new(records, static r => new Fact<IEnumerable<CooperationTopic>>(r.Topics));
        ByInitiator = new(records, static r => r.Initiator.Select(static i => (IEnumerable<CooperationInitiator>)[i]));
        var events = new Distribution<CooperationForm>(records.Where(static r => r.Level == CooperationLevel.SingleEvent), static r => r.Form.Select(static f => (IEnumerable<CooperationForm>)[f]));
        var projects = new Distribution<CooperationForm>(records.Where(static r => r.Level == CooperationLevel.Project), static r => r.Form.Select(static f => (IEnumerable<CooperationForm>)[f]));
        EventForms = [.. CooperationSurvey.EventForms.Select(s => new ShareComparison<CooperationForm>(events[s.Category], s))];
        ProjectForms = [.. CooperationSurvey.ProjectForms.Select(s => new ShareComparison<CooperationForm>(projects[s.Category], s))];
        Initiators = [.. CooperationSurvey.Initiators.Select(s => new ShareComparison<CooperationInitiator>(ByInitiator[s.Category], s))];
        TopicGaps = FindGaps(ByTopic);
    }

    /// <summary>Gets the analysed portfolio.</summary>
    public CooperationPortfolio Portfolio { get; }

    /// <summary>Gets the distribution by level (base: all records).</summary>
    public Distribution<CooperationLevel> ByLevel { get; }

    /// <summary>Gets the distribution by form over single events and projects (base: those with a known form).</summary>
    public Distribution<CooperationForm> ByForm { get; }

    /// <summary>Gets the distribution by topic (base: all records; a record counts once per topic).</summary>
    public Distribution<CooperationTopic> ByTopic { get; }

    /// <summary>Gets the distribution by initiator (base: records with a known initiator).</summary>
    public Distribution<CooperationInitiator> ByInitiator { get; }

    /// <summary>Gets the forms of single events compared with the survey, in the survey's order.</summary>
    public ImmutableArray<ShareComparison<CooperationForm>> EventForms { get; }

    /// <summary>Gets the forms of projects compared with the survey, in the survey's order (mo-led, municipality-led, joint).</summary>
    public ImmutableArray<ShareComparison<CooperationForm>> ProjectForms { get; }

    /// <summary>Gets the initiators compared with the survey.</summary>
    public ImmutableArray<ShareComparison<CooperationInitiator>> Initiators { get; }

    /// <summary>
    /// Gets the topics with fewer records than some topic the survey's exchange ranking places in a lower tier, most
    /// frequent survey tier first. Topics the ranking leaves out are never reported.
    /// </summary>
    public ImmutableArray<TopicGap> TopicGaps { get; }

    private static ImmutableArray<TopicGap> FindGaps(Distribution<CooperationTopic> byTopic)
    {
        var gaps = ImmutableArray.CreateBuilder<TopicGap>();
        foreach (var tier in CooperationSurvey.ExchangeRanking.Select((topics, i) => (topics, i)))
        {
            foreach (var topic in tier.topics)
            {
                int count = byTopic[topic].Count;
                var exceededBy = byTopic.Entries
                    .Where(e => CooperationSurvey.ExchangeTier(e.Category).TryGetValue(out int t) && t > tier.i && e.Count > count)
                    .Select(e => e.Category)
                    .ToList();
                if (exceededBy.Count > 0)
                {
                    gaps.Add(new TopicGap(topic, count, tier.i, exceededBy));
                }
            }
        }
        return gaps.ToImmutable();
    }

    /// <summary>Returns the owner and the number of records analysed, e.g. <c>Anadolu Kulturverein: 12 records</c>.</summary>
    /// <returns>The text (invariant).</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Portfolio.Owner}: {Portfolio.Records.Length} records");
}
