using System.Collections.Immutable;

namespace MoDomain.Coding;

/// <summary>A segment with one code, its text for quoting, and every coder who gave that code (with their memos).</summary>
/// <param name="Document">The document.</param>
/// <param name="Segment">The segment.</param>
/// <param name="CodeId">The code id.</param>
/// <param name="Text">The text of the segment.</param>
/// <param name="Coders">The coders who gave the code, in order of coding.</param>
/// <param name="Memos">The non-empty memos of those codings, in order of coding.</param>
public sealed record CodedSegment(CorpusDocument Document, TextSegment Segment, string CodeId, string Text, ImmutableArray<string> Coders, ImmutableArray<string> Memos);
