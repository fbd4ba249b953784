namespace MoDomain.Coding;

/// <summary>Two coded segments of one document that overlap (or are identical), with the overlapping text.</summary>
/// <param name="DocumentId">The document id.</param>
/// <param name="First">The segment with the first code.</param>
/// <param name="FirstCodeId">The code of the first segment.</param>
/// <param name="Second">The segment with the second code.</param>
/// <param name="SecondCodeId">The code of the second segment.</param>
/// <param name="OverlapText">The characters both segments cover.</param>
public sealed record CoOccurrence(string DocumentId, TextSegment First, string FirstCodeId, TextSegment Second, string SecondCodeId, string OverlapText);
