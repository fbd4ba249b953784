using System.Collections.Immutable;
using MoDomain.Vocabulary;

namespace MoDomain.Rules;

/// <summary>The on-demand details of one <see cref="Criterion{TSubject}"/> evaluated for one subject.</summary>
/// <typeparam name="TSubject">The subject type.</typeparam>
internal sealed class CriterionDetails<TSubject> : LeafDetails
{
    private readonly Criterion<TSubject> criterion;
    private readonly TSubject subject;

    internal CriterionDetails(Criterion<TSubject> criterion, TSubject subject)
    {
        this.criterion = criterion;
        this.subject = subject;
    }

    internal override LocalizedText Explain(Truth outcome) => criterion.Explain(subject, outcome);

    internal override ImmutableArray<FactReading> ReadFacts()
    {
        var reads = criterion.Reads;
        var builder = ImmutableArray.CreateBuilder<FactReading>(reads.Length);
        foreach (var read in reads)
        {
            builder.Add(read.Read(subject));
        }
        return builder.MoveToImmutable();
    }

    // Called only for an unknown outcome: the unknown facts read, or all of them when every one is known but too vague.
    internal override ImmutableArray<string> MissingFacts()
    {
        var reads = criterion.Reads;
        var unknown = ImmutableArray.CreateBuilder<string>();
        foreach (var read in reads)
        {
            if (!read.IsKnownFor(subject))
            {
                unknown.Add(read.Id);
            }
        }
        if (unknown.Count == 0)
        {
            foreach (var read in reads)
            {
                unknown.Add(read.Id);
            }
        }
        return unknown.ToImmutable();
    }
}
