using System;
using MoDomain.Definitions;

namespace MoDomain.Cli.Report;

/// <summary>One organisation the report covers: its profile, and its sample id and description when it comes from the embedded sample.</summary>
public sealed class ReportOrganisation
{
    /// <summary>Creates an organisation entry.</summary>
    /// <param name="profile">The organisation profile.</param>
    /// <param name="sampleId">The sample id, or null for an organisation read from a file.</param>
    /// <param name="description">A description (from the sample), or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public ReportOrganisation(OrganisationProfile profile, string? sampleId = null, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Profile = profile;
        SampleId = sampleId;
        Description = description;
    }

    /// <summary>Gets the profile.</summary>
    public OrganisationProfile Profile { get; }

    /// <summary>Gets the organisation's name (user input: always escaped when written).</summary>
    public string Name => Profile.Name;

    /// <summary>Gets the sample id, or null.</summary>
    public string? SampleId { get; }

    /// <summary>Gets the description, or null.</summary>
    public string? Description { get; }

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
