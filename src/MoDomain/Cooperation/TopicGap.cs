using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using MoDomain.Internal;

namespace MoDomain.Cooperation;

/// <summary>
/// A topic on which a portfolio cooperates less than the survey's ranking of regular exchange suggests: topics the
/// survey ranks lower have more records.
/// </summary>
/// <remarks>Immutable. No score: the gap is shown by the lower-ranked topics that outnumber this one.</remarks>
public sealed class TopicGap
{
    /// <summary>Initializes a gap.</summary>
    /// <param name="topic">The topic.</param>
    /// <param name="count">The portfolio's records on it.</param>
    /// <param name="surveyTier">The topic's tier in <see cref="CooperationSurvey.ExchangeRanking"/> (0 = most frequent).</param>
    /// <param name="exceededBy">The topics ranked lower by the survey that have more records.</param>
    /// <exception cref="ArgumentNullException"><paramref name="exceededBy"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="exceededBy"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative or a topic is not defined.</exception>
    public TopicGap(CooperationTopic topic, int count, int surveyTier, IEnumerable<CooperationTopic> exceededBy)
    {
        Topic = Guard.Against.UndefinedValue(topic);
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A count cannot be negative.");
        }
        if (surveyTier < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(surveyTier), surveyTier, "A tier cannot be negative.");
        }
        Count = count;
        SurveyTier = surveyTier;
        ExceededBy = [.. Guard.Against.Null(exceededBy)];
        Guard.Against.Unsatisfied(!ExceededBy.IsEmpty, "A gap needs at least one lower-ranked topic with more records.", nameof(exceededBy));
    }

    /// <summary>Gets the topic.</summary>
    public CooperationTopic Topic { get; }

    /// <summary>Gets the portfolio's number of records on the topic.</summary>
    public int Count { get; }

    /// <summary>Gets the topic's survey tier (0 = most frequent).</summary>
    public int SurveyTier { get; }

    /// <summary>Gets the lower-ranked topics with more records.</summary>
    public ImmutableArray<CooperationTopic> ExceededBy { get; }

    /// <summary>Returns the topic id, the record count and the survey tier, e.g. <c>religion: 2 records, survey tier 2</c>.</summary>
    /// <returns>The text (invariant).</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{CooperationVocabulary.Topics.IdOf(Topic)}: {Count} records, survey tier {SurveyTier}");
}
