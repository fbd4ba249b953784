using System;
using System.Globalization;
using MoDomain.Internal;
using MoDomain.Rules;
using NodaTime;

namespace MoDomain.Coding;

/// <summary>
/// One speaker turn of an interview transcript: who speaks (speaker id and role), where the words stand in the
/// document text (<c>[Start, End)</c>, UTF-16 code units like <see cref="TextSegment"/>) and, when the transcript has
/// timestamps, when the turn starts and ends in the recording.
/// </summary>
/// <remarks>
/// <para>The range covers the spoken words only, not a speaker label such as <c>I:</c> the document text may show in
/// front of them. A turn may be empty (a speaker label without words).</para>
/// <para>Unknown is a value: the role and the times are <see cref="Fact{T}"/>s. <see cref="SpeakerId"/> is null only
/// when the transcript names no speaker for the turn (for example captions without voice tags).</para>
/// <para>Immutable; equal when every property is equal.</para>
/// </remarks>
public sealed class SpeakerTurn : IEquatable<SpeakerTurn>
{
    /// <summary>Creates a turn.</summary>
    /// <param name="speakerId">The speaker id as the transcript writes it (for example <c>I</c>, <c>B2</c>, <c>Frau K.</c>);
    /// null when the transcript names no speaker. Not blank, no control characters.</param>
    /// <param name="start">The first character of the words (≥ 0).</param>
    /// <param name="end">The end of the words (exclusive, ≥ <paramref name="start"/>).</param>
    /// <param name="role">The role; unknown by default.</param>
    /// <param name="startTime">When the turn starts in the recording; unknown by default.</param>
    /// <param name="endTime">When the turn ends in the recording; unknown by default.</param>
    /// <exception cref="ArgumentException"><paramref name="speakerId"/> is blank or holds a control character, or the role is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The range is negative or reversed, a time is negative, or the end time lies before the start time.</exception>
    public SpeakerTurn(string? speakerId, int start, int end, Fact<SpeakerRole> role = default, Fact<Duration> startTime = default, Fact<Duration> endTime = default)
    {
        SpeakerId = speakerId is null ? null : CorpusDocument.CheckId(speakerId, nameof(speakerId));
        if (start < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, "A turn cannot start before the first character (0).");
        }
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, string.Create(CultureInfo.InvariantCulture, $"The turn [{start}, {end}) is reversed; the end must not be less than the start."));
        }
        if (role.IsKnown)
        {
            Guard.Against.Unsatisfied(Enum.IsDefined(role.Value), $"The speaker role {(int)role.Value} is not defined.", nameof(role));
        }
        CheckTime(startTime, nameof(startTime));
        CheckTime(endTime, nameof(endTime));
        if (startTime.IsKnown && endTime.IsKnown && endTime.Value < startTime.Value)
        {
            throw new ArgumentOutOfRangeException(nameof(endTime), endTime.Value, $"The turn ends ({endTime.Value}) before it starts ({startTime.Value}).");
        }
        Start = start;
        End = end;
        Role = role;
        StartTime = startTime;
        EndTime = endTime;
    }

    /// <summary>Gets the speaker id as written in the transcript, or null when the transcript names no speaker.</summary>
    public string? SpeakerId { get; }

    /// <summary>Gets the first character of the words.</summary>
    public int Start { get; }

    /// <summary>Gets the end of the words (exclusive).</summary>
    public int End { get; }

    /// <summary>Gets the number of characters.</summary>
    public int Length => End - Start;

    /// <summary>Gets the speaker's role.</summary>
    public Fact<SpeakerRole> Role { get; }

    /// <summary>Gets the stable id of the role: <c>interviewer</c>, <c>interviewee</c>, <c>other</c> or <c>unknown</c>.</summary>
    public string RoleId => Role.IsKnown ? IdOf(Role.Value) : "unknown";

    /// <summary>Gets when the turn starts in the recording.</summary>
    public Fact<Duration> StartTime { get; }

    /// <summary>Gets when the turn ends in the recording.</summary>
    public Fact<Duration> EndTime { get; }

    /// <summary>Returns the stable id of a role.</summary>
    /// <param name="role">The role.</param>
    /// <returns><c>interviewer</c>, <c>interviewee</c> or <c>other</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string IdOf(SpeakerRole role) => role switch
    {
        SpeakerRole.Interviewer => "interviewer",
        SpeakerRole.Interviewee => "interviewee",
        SpeakerRole.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "The speaker role is not defined."),
    };

    /// <summary>Returns the turn's words as a segment of a document.</summary>
    /// <param name="documentId">The document id.</param>
    /// <returns>The segment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documentId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="documentId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The turn is empty (segments cannot be).</exception>
    public TextSegment ToSegment(string documentId) => new(documentId, Start, End);

    /// <summary>Returns whether the turn shares at least one character with <paramref name="segment"/> (ignoring the document id).</summary>
    /// <param name="segment">The segment.</param>
    /// <returns>True when the ranges intersect.</returns>
    public bool Overlaps(TextSegment segment) => Start < segment.End && segment.Start < End;

    /// <summary>Returns a copy at another position (used when turns are placed into a longer text).</summary>
    /// <param name="offset">The number of characters to shift by.</param>
    /// <returns>The shifted turn.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The turn would start before 0.</exception>
    public SpeakerTurn Shift(int offset) => new(SpeakerId, Start + offset, End + offset, Role, StartTime, EndTime);

    private static void CheckTime(Fact<Duration> time, string paramName)
    {
        if (time.IsKnown && time.Value < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(paramName, time.Value, "A time in the recording cannot be negative.");
        }
    }

    /// <inheritdoc />
    public bool Equals(SpeakerTurn? other) =>
        other is not null && string.Equals(SpeakerId, other.SpeakerId, StringComparison.Ordinal) && Start == other.Start && End == other.End
        && Role.Equals(other.Role) && StartTime.Equals(other.StartTime) && EndTime.Equals(other.EndTime);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SpeakerTurn);

    /// <summary>Tells whether two values are equal (as <see cref="Equals(SpeakerTurn)"/>; two nulls are equal).</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(SpeakerTurn? left, SpeakerTurn? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Tells whether two values differ (the negation of <c>==</c>).</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns><see langword="true"/> when exactly one is null or they differ.</returns>
    public static bool operator !=(SpeakerTurn? left, SpeakerTurn? right) => !(left == right);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(SpeakerId is null ? 0 : StringComparer.Ordinal.GetHashCode(SpeakerId), Start, End, Role, StartTime, EndTime);

    /// <summary>Returns a short description such as <c>B [12, 80)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{SpeakerId ?? "(no speaker)"} [{Start}, {End})");
}
