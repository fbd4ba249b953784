namespace MoDomain.Coding;

/// <summary>How <see cref="CorpusAnalyses.CodeFrequencies"/> groups the coded segments.</summary>
public enum FrequencyGrouping
{
    /// <summary>One group for the whole corpus (group key <c>corpus</c>).</summary>
    Corpus = 0,

    /// <summary>One group per document (group key = document id).</summary>
    Document = 1,

    /// <summary>One group per organisation reference (<c>unknown</c> for documents without one).</summary>
    Organisation = 2,

    /// <summary>One group per perspective id (<c>unknown</c> when not recorded).</summary>
    Perspective = 3,

    /// <summary>One group per speaker of the turns a segment overlaps (<see cref="SpeakerTurn.SpeakerId"/>; a segment
    /// spanning two speakers' turns counts for both). Documents without turns group under their
    /// <see cref="DocumentAttributes.SpeakerId"/>; segments outside every turn and turns without a speaker under
    /// <c>unknown</c>.</summary>
    Speaker = 4,

    /// <summary>One group per role of the turns a segment overlaps (<c>interviewer</c>, <c>interviewee</c>, <c>other</c>,
    /// <c>unknown</c>; see <see cref="SpeakerTurn.RoleId"/>); documents without turns and segments outside every turn
    /// group under <c>unknown</c>.</summary>
    SpeakerRole = 5,
}
