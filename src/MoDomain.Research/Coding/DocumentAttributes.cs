using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MoDomain.Internal;
using MoDomain.Rules;
using MoDomain.SocialSecurity;
using NodaTime;

namespace MoDomain.Coding;

/// <summary>
/// The attributes of an interview document: the perspective of the speaker (and, for public administration, the
/// administrative role), the organisation talked about, the interview date, the language, a pseudonymous speaker id,
/// optionally the speaker's real name (a direct identifier), and free variables.
/// </summary>
/// <remarks>
/// <para>Unknown is a value: perspective, role and date are <see cref="Fact{T}"/>s (<c>Fact&lt;T&gt;.Unknown</c> when not
/// recorded). Absent texts (organisation, speaker) are null.</para>
/// <para><see cref="SpeakerName"/> is a direct identifier: exports leave it out unless the caller opts in, and
/// <see cref="Corpus.Pseudonymise"/> replaces it by a keyed pseudonym.</para>
/// <para>Immutable; the <c>With…</c> methods return changed copies.</para>
/// </remarks>
public sealed class DocumentAttributes : IEquatable<DocumentAttributes>
{
    /// <summary>The variable names reserved for the built-in attributes in exports; free variables may not use them.</summary>
    public static ImmutableArray<string> ReservedNames { get; } =
        ["perspective", "administrative-role", "organisation", "interview-date", "language", "speaker", "speaker-name"];

    /// <summary>Creates attributes.</summary>
    /// <param name="perspective">The perspective of the speaker; unknown by default.</param>
    /// <param name="administrativeRole">The administrative role (only with <see cref="Perspective.PublicAdministration"/>); unknown by default.</param>
    /// <param name="organisationId">The organisation the interview is about (for example a sample id); null for none.</param>
    /// <param name="interviewDate">The interview date; unknown by default.</param>
    /// <param name="language">The language of the transcript (BCP 47 tag such as <c>de</c>); null gives <c>de</c>.</param>
    /// <param name="speakerId">A pseudonymous speaker id; null for none.</param>
    /// <param name="speakerName">The speaker's name (a direct identifier); null for none.</param>
    /// <param name="variables">Free variables by name; null for none.</param>
    /// <exception cref="ArgumentException">A text is blank, a role is given with another known perspective, a
    /// variable name is blank or reserved, or a variable value is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public DocumentAttributes(
        Fact<Perspective> perspective = default,
        Fact<AdministrativeRole> administrativeRole = default,
        string? organisationId = null,
        Fact<LocalDate> interviewDate = default,
        string? language = null,
        string? speakerId = null,
        string? speakerName = null,
        IEnumerable<KeyValuePair<string, VariableValue>>? variables = null)
    {
        if (perspective.IsKnown)
        {
            Guard.Against.UndefinedValue(perspective.Value, nameof(perspective));
        }
        if (administrativeRole.IsKnown)
        {
            Guard.Against.UndefinedValue(administrativeRole.Value, nameof(administrativeRole));
            Guard.Against.Unsatisfied(
                !perspective.IsKnown || perspective.Value == SocialSecurity.Perspective.PublicAdministration,
                "An administrative role is only meaningful with the public-administration perspective.",
                nameof(administrativeRole));
        }
        Perspective = perspective;
        AdministrativeRole = administrativeRole;
        OrganisationId = organisationId is null ? null : Guard.Against.Blank(organisationId);
        InterviewDate = interviewDate;
        Language = language is null ? "de" : Guard.Against.Blank(language);
        SpeakerId = speakerId is null ? null : Guard.Against.Blank(speakerId);
        SpeakerName = speakerName is null ? null : Guard.Against.Blank(speakerName);
        var builder = ImmutableSortedDictionary.CreateBuilder<string, VariableValue>(StringComparer.Ordinal);
        foreach (var pair in variables ?? [])
        {
            Guard.Against.Blank(pair.Key, nameof(variables));
            Guard.Against.Unsatisfied(!ReservedNames.Contains(pair.Key), $"The variable name '{pair.Key}' is reserved for a built-in attribute.", nameof(variables));
            Guard.Against.Unsatisfied(pair.Value is not null, $"Variable '{pair.Key}' has no value.", nameof(variables));
            Guard.Against.Unsatisfied(builder.TryAdd(pair.Key, pair.Value), $"Variable '{pair.Key}' is given twice.", nameof(variables));
        }
        Variables = builder.ToImmutable();
    }

    /// <summary>Gets attributes with nothing recorded (language <c>de</c>).</summary>
    public static DocumentAttributes None { get; } = new();

    /// <summary>Gets the perspective of the speaker.</summary>
    public Fact<Perspective> Perspective { get; }

    /// <summary>Gets the administrative role.</summary>
    public Fact<AdministrativeRole> AdministrativeRole { get; }

    /// <summary>Gets the organisation reference, or null.</summary>
    public string? OrganisationId { get; }

    /// <summary>Gets the interview date.</summary>
    public Fact<LocalDate> InterviewDate { get; }

    /// <summary>Gets the language tag.</summary>
    public string Language { get; }

    /// <summary>Gets the pseudonymous speaker id, or null.</summary>
    public string? SpeakerId { get; }

    /// <summary>Gets the speaker's name (a direct identifier), or null.</summary>
    public string? SpeakerName { get; }

    /// <summary>Gets the free variables, ordered by name (ordinal).</summary>
    public ImmutableSortedDictionary<string, VariableValue> Variables { get; }

    /// <summary>Returns a copy with a free variable set (added or replaced).</summary>
    /// <param name="name">The variable name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The name is blank or reserved.</exception>
    public DocumentAttributes WithVariable(string name, VariableValue value)
    {
        Guard.Against.Blank(name);
        Guard.Against.Null(value);
        return new(Perspective, AdministrativeRole, OrganisationId, InterviewDate, Language, SpeakerId, SpeakerName, Variables.SetItem(name, value));
    }

    /// <summary>Returns a copy with other speaker id and name.</summary>
    /// <param name="speakerId">The pseudonymous id, or null.</param>
    /// <param name="speakerName">The name, or null.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public DocumentAttributes WithSpeaker(string? speakerId, string? speakerName) =>
        new(Perspective, AdministrativeRole, OrganisationId, InterviewDate, Language, speakerId, speakerName, Variables);

    /// <summary>Returns a copy with another organisation reference.</summary>
    /// <param name="organisationId">The organisation, or null.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">The text is blank.</exception>
    public DocumentAttributes WithOrganisation(string? organisationId) =>
        new(Perspective, AdministrativeRole, organisationId, InterviewDate, Language, SpeakerId, SpeakerName, Variables);

    /// <inheritdoc />
    public bool Equals(DocumentAttributes? other) =>
        other is not null
        && Perspective == other.Perspective
        && AdministrativeRole == other.AdministrativeRole
        && string.Equals(OrganisationId, other.OrganisationId, StringComparison.Ordinal)
        && InterviewDate == other.InterviewDate
        && string.Equals(Language, other.Language, StringComparison.Ordinal)
        && string.Equals(SpeakerId, other.SpeakerId, StringComparison.Ordinal)
        && string.Equals(SpeakerName, other.SpeakerName, StringComparison.Ordinal)
        && Variables.Count == other.Variables.Count
        && Variables.All(p => other.Variables.TryGetValue(p.Key, out var v) && v.Equals(p.Value));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DocumentAttributes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Perspective, OrganisationId, InterviewDate, Language, SpeakerId);

    /// <summary>Value equality, the same as <see cref="Equals(DocumentAttributes?)"/>; two null references are equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(DocumentAttributes? left, DocumentAttributes? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality: the negation of the equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when exactly one is null or they differ.</returns>
    public static bool operator !=(DocumentAttributes? left, DocumentAttributes? right) => !(left == right);
}
