using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MoDomain.Internal;

namespace MoDomain.Cooperation;

/// <summary>What the <c>find-mso</c> step produced: the candidate MSOs with their facts and whom was asked (DOMAIN.md §5.5).</summary>
/// <remarks>Immutable. Candidate names are unique.</remarks>
public sealed class MsoSearch
{
    /// <summary>Initializes a search result.</summary>
    /// <param name="candidates">The candidates (at least one, distinct names).</param>
    /// <param name="consulted">Whom was asked, e.g. the integration or refugee commissioner or education coordinators (may be empty).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No candidate, a repeated name, or a blank or null entry.</exception>
    public MsoSearch(IEnumerable<MsoCandidate> candidates, IEnumerable<string> consulted)
    {
        Guard.Against.NullElements(candidates);
        Candidates = [.. candidates];
        Guard.Against.Unsatisfied(!Candidates.IsEmpty, "Name at least one candidate MSO.", nameof(candidates));
        Guard.Against.Unsatisfied(Candidates.Select(static c => c.Name).Distinct(StringComparer.Ordinal).Count() == Candidates.Length, "A candidate name appears twice.", nameof(candidates));
        Guard.Against.NullElements(consulted);
        Consulted = [.. consulted];
        foreach (var who in Consulted)
        {
            Guard.Against.Blank(who, nameof(consulted));
        }
    }

    /// <summary>Gets the candidates.</summary>
    public ImmutableArray<MsoCandidate> Candidates { get; }

    /// <summary>Gets whom was asked.</summary>
    public ImmutableArray<string> Consulted { get; }
}
