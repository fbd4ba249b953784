using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using MoDomain.Internal;
using MoDomain.Rules;

namespace MoDomain.Definitions;

/// <summary>
/// One profile classified under several definitions: a classification per definition, the container-term
/// membership (reported separately from the strict definitions) and the self-identification.
/// </summary>
public sealed class ClassificationReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="profile">The profile classified.</param>
    /// <param name="classifications">One classification per definition.</param>
    /// <param name="containerTerm">The container-term evaluation.</param>
    /// <exception cref="ArgumentNullException">An argument or element is null.</exception>
    public ClassificationReport(OrganisationProfile profile, ImmutableArray<Classification> classifications, Evaluation containerTerm)
    {
        Profile = Guard.Against.Null(profile);
        Guard.Against.Unsatisfied(!classifications.IsDefault, "Classifications must be initialised.", nameof(classifications));
        Guard.Against.NullElements(classifications);
        Classifications = classifications;
        ContainerTerm = Guard.Against.Null(containerTerm);
    }

    /// <summary>Gets the profile classified.</summary>
    public OrganisationProfile Profile { get; }

    /// <summary>Gets one classification per definition, in the set's order.</summary>
    public ImmutableArray<Classification> Classifications { get; }

    /// <summary>Gets the container-term evaluation (not a definition verdict).</summary>
    public Evaluation ContainerTerm { get; }

    /// <summary>Gets the self-identification, reported beside every verdict.</summary>
    public Fact<SelfIdentification> SelfIdentification => Profile.SelfIdentification;

    /// <summary>Finds the classification under a definition id.</summary>
    /// <param name="definitionId">The definition id.</param>
    /// <param name="classification">The classification when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGet(string? definitionId, [NotNullWhen(true)] out Classification? classification)
    {
        foreach (var c in Classifications)
        {
            if (string.Equals(c.Definition.Id, definitionId, StringComparison.Ordinal))
            {
                classification = c;
                return true;
            }
        }
        classification = null;
        return false;
    }

    /// <summary>Returns the profile name and the verdicts.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Profile.Name}: {string.Join(", ", Classifications)}";
}
