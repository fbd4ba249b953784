using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MoDomain.Internal;

namespace MoDomain.Coding.Transcripts;

/// <summary>
/// How <see cref="TranscriptReader"/> recognises speakers and lays out the document text.
/// </summary>
/// <remarks>
/// <para>Speaker markers: without <see cref="Speakers"/>, a line starts a turn when it begins with one to four words
/// of at most 40 characters in all, each starting with a capital letter or a digit (letters, digits, <c>.</c>,
/// <c>'</c> and <c>-</c> inside), followed by a colon and white space or the end of the line: <c>I:</c>, <c>B2:</c>,
/// <c>Interviewerin:</c>, <c>Frau K.:</c>. "Wichtig ist: …" is no marker because <c>ist</c> is lower-case. List the
/// speakers to accept exactly those labels and nothing else.</para>
/// <para>Roles: a label is looked up in <see cref="Roles"/> (ignoring case), then without a trailing number
/// (<c>B2</c> → <c>B</c>); labels not found have an unknown role.</para>
/// <para>Immutable.</para>
/// </remarks>
public sealed class TranscriptOptions
{
    /// <summary>The default roles: <c>I</c>, <c>Int</c>, <c>IV</c>, <c>Interviewer</c>, <c>Interviewerin</c> are
    /// interviewers; <c>B</c>, <c>IP</c>, <c>TN</c>, <c>Befragte</c>, <c>Befragter</c>, <c>Interviewte</c>,
    /// <c>Interviewter</c>, <c>Teilnehmer</c>, <c>Teilnehmerin</c>, <c>Interviewee</c> are interviewees.</summary>
    public static ImmutableDictionary<string, SpeakerRole> DefaultRoles { get; } = new Dictionary<string, SpeakerRole>(StringComparer.OrdinalIgnoreCase)
    {
        ["I"] = SpeakerRole.Interviewer,
        ["Int"] = SpeakerRole.Interviewer,
        ["IV"] = SpeakerRole.Interviewer,
        ["Interviewer"] = SpeakerRole.Interviewer,
        ["Interviewerin"] = SpeakerRole.Interviewer,
        ["B"] = SpeakerRole.Interviewee,
        ["IP"] = SpeakerRole.Interviewee,
        ["TN"] = SpeakerRole.Interviewee,
        ["Befragte"] = SpeakerRole.Interviewee,
        ["Befragter"] = SpeakerRole.Interviewee,
        ["Interviewte"] = SpeakerRole.Interviewee,
        ["Interviewter"] = SpeakerRole.Interviewee,
        ["Teilnehmer"] = SpeakerRole.Interviewee,
        ["Teilnehmerin"] = SpeakerRole.Interviewee,
        ["Interviewee"] = SpeakerRole.Interviewee,
    }.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the default options: labels in the text, marker heuristic, <see cref="DefaultRoles"/>.</summary>
    public static TranscriptOptions Default { get; } = new();

    /// <summary>Creates options.</summary>
    /// <param name="includeSpeakerLabels">Whether the document text shows each turn's label (<c>B: …</c>); true by default.
    /// Turn ranges never include the label.</param>
    /// <param name="speakers">The exact speaker labels to accept (ordinal); null or empty for the marker heuristic.</param>
    /// <param name="roles">Roles by label (compared ignoring case); null gives <see cref="DefaultRoles"/>.</param>
    /// <exception cref="ArgumentException">A speaker label is blank or holds a colon or a control character, or a role is not defined.</exception>
    public TranscriptOptions(bool includeSpeakerLabels = true, IEnumerable<string>? speakers = null, IReadOnlyDictionary<string, SpeakerRole>? roles = null)
    {
        IncludeSpeakerLabels = includeSpeakerLabels;
        var list = speakers?.ToImmutableArray() ?? [];
        foreach (var speaker in list)
        {
            CorpusDocument.CheckId(speaker, nameof(speakers));
            Guard.Against.Unsatisfied(!speaker.Contains(':', StringComparison.Ordinal) && speaker.Trim().Length == speaker.Length,
                $"The speaker label '{speaker}' must not hold a colon or surrounding white space.", nameof(speakers));
        }
        Speakers = list;
        if (roles is null)
        {
            Roles = DefaultRoles;
        }
        else
        {
            foreach (var pair in roles)
            {
                Guard.Against.Unsatisfied(Enum.IsDefined(pair.Value), $"The role of '{pair.Key}' is not defined.", nameof(roles));
            }
            Roles = roles.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase);
        }
    }

    /// <summary>Gets whether the document text shows each turn's speaker label.</summary>
    public bool IncludeSpeakerLabels { get; }

    /// <summary>Gets the accepted speaker labels (empty: the marker heuristic).</summary>
    public ImmutableArray<string> Speakers { get; }

    /// <summary>Gets the roles by label (case-insensitive).</summary>
    public ImmutableDictionary<string, SpeakerRole> Roles { get; }

    internal Rules.Fact<SpeakerRole> RoleOf(string? label)
    {
        if (label is null)
        {
            return default;
        }
        if (Roles.TryGetValue(label, out var role))
        {
            return role;
        }
        string stem = label.TrimEnd("0123456789".ToCharArray()).TrimEnd();
        return stem.Length > 0 && stem.Length < label.Length && Roles.TryGetValue(stem, out role) ? role : Rules.Fact<SpeakerRole>.Unknown;
    }
}
