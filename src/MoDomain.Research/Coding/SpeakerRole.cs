namespace MoDomain.Coding;

/// <summary>The part a speaker plays in an interview (see <see cref="SpeakerTurn.Role"/>).</summary>
/// <remarks>Stable ids for exports and analyses: <c>interviewer</c>, <c>interviewee</c>, <c>other</c>
/// (<see cref="SpeakerTurn.RoleId"/>); an unknown role is <c>Fact&lt;SpeakerRole&gt;.Unknown</c>, id <c>unknown</c>.</remarks>
public enum SpeakerRole
{
    /// <summary>The person asking (transcript marker <c>I:</c>, <c>Interviewer:</c>, <c>Interviewerin:</c>), id <c>interviewer</c>.</summary>
    Interviewer = 0,

    /// <summary>A person interviewed (marker <c>B:</c> for "Befragte/r", <c>IP:</c> for "Interviewperson"), id <c>interviewee</c>.</summary>
    Interviewee = 1,

    /// <summary>Anyone else present, for example an interpreter or a colleague who joins, id <c>other</c>.</summary>
    Other = 2,
}
