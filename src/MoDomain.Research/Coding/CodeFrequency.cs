namespace MoDomain.Coding;

/// <summary>One row of a code-frequency table: in a group, how many distinct segments carry the code and in how many documents.</summary>
/// <param name="Group">The group key (see <see cref="FrequencyGrouping"/>).</param>
/// <param name="CodeId">The code id.</param>
/// <param name="Segments">The number of distinct coded segments (a segment coded by several coders counts once).</param>
/// <param name="Documents">The number of distinct documents with at least one such segment.</param>
public sealed record CodeFrequency(string Group, string CodeId, int Segments, int Documents);
