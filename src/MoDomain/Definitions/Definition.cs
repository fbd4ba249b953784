using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using MoDomain.Internal;
using MoDomain.Rules;
using MoDomain.Vocabulary;

namespace MoDomain.Definitions;

/// <summary>
/// A definition of "migrant organisation": a named set of criteria that must all be met (Kleene AND).
/// </summary>
/// <remarks>
/// The library ships <c>svr-2020</c> and <c>bpb-2013</c> (see <see cref="StandardDefinitions"/>); callers build
/// their own from any <see cref="Rule{TSubject}"/> over <see cref="OrganisationProfile"/>, including the library's
/// own criteria. Definitions are immutable and safe to share across threads.
/// </remarks>
public sealed class Definition
{
    /// <summary>Creates a definition.</summary>
    /// <param name="id">The definition id (kebab-case).</param>
    /// <param name="label">The label.</param>
    /// <param name="source">The source key.</param>
    /// <param name="description">A short description in the library's own words.</param>
    /// <param name="criteria">The criteria (at least one, distinct ids).</param>
    /// <exception cref="ArgumentNullException">An argument or criterion is null.</exception>
    /// <exception cref="ArgumentException">The id is malformed, a text is blank, there are no criteria or two share an id.</exception>
    public Definition(string id, LocalizedText label, string source, string description, IEnumerable<Rule<OrganisationProfile>> criteria)
    {
        Rule = new AllOf<OrganisationProfile>(id, label, source, criteria);
        Description = Guard.Against.Blank(description);
    }

    /// <summary>Gets the definition id.</summary>
    public string Id => Rule.Id;

    /// <summary>Gets the label.</summary>
    public LocalizedText Label => Rule.Label;

    /// <summary>Gets the source key.</summary>
    public string Source => Rule.Source;

    /// <summary>Gets the description.</summary>
    public string Description { get; }

    /// <summary>Gets the criteria, in order.</summary>
    public ImmutableArray<Rule<OrganisationProfile>> Criteria => Rule.Parts;

    /// <summary>Gets the definition as one composite rule.</summary>
    public AllOf<OrganisationProfile> Rule { get; }

    /// <summary>Decides whether <paramref name="profile"/> meets the definition, without explanation (allocation-free for the built-in definitions).</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>Yes (meets), no (does not meet) or unknown (undetermined).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public Truth Decide(OrganisationProfile profile) => Rule.Decide(profile);

    /// <summary>Classifies <paramref name="profile"/> with per-criterion results, explanation and missing facts.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The classification; its self-identification is reported beside the verdict.</returns>
    /// <remarks>The verdict is decided now; the evaluation tree with the per-criterion results is built when
    /// <see cref="Classification.Evaluation"/> is first read (see <see cref="Classification"/>).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public Classification Classify(OrganisationProfile profile)
    {
        Guard.Against.Null(profile);
        return new Classification(this, profile);
    }

    /// <summary>Returns the id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;
}
