using System;
using MoDomain.Definitions;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.Samples;

/// <summary>One fictional organisation of the embedded sample: an id, a description of what it illustrates and its profile.</summary>
public sealed class SampleOrganisation
{
    /// <summary>Creates a sample entry.</summary>
    /// <param name="id">The sample id (kebab-case).</param>
    /// <param name="description">What the sample is and which case it illustrates.</param>
    /// <param name="profile">The profile; <see cref="Profile"/> is this profile with the sample id as its organisation id.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The id is malformed or the description blank.</exception>
    public SampleOrganisation(string id, string description, OrganisationProfile profile)
    {
        Id = ConceptIds.Check(id);
        Description = Guard.Against.Blank(description);
        Guard.Against.Null(profile);
        Profile = string.Equals(profile.Id, id, System.StringComparison.Ordinal) ? profile : profile.WithId(id);
    }

    /// <summary>Gets the sample id.</summary>
    public string Id { get; }

    /// <summary>Gets the description (fictional; written for this library).</summary>
    public string Description { get; }

    /// <summary>Gets the profile; its <see cref="OrganisationProfile.Id"/> is the sample id, which the sample's
    /// cooperation records use as MO key.</summary>
    public OrganisationProfile Profile { get; }

    /// <summary>Returns the id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;
}
