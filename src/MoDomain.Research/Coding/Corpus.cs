using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using MoDomain.Internal;

namespace MoDomain.Coding;

/// <summary>
/// An immutable corpus of interview documents coded against a <see cref="Codebook"/>: the scripting surface of the
/// research toolkit. Every operation returns a new corpus, so a script reads as a chain:
/// <code>
/// var corpus = Corpus.Create(Codebook.Standard)
///     .AddDocument("int-01", text, new DocumentAttributes(perspective: Perspective.MigrantOrganisation))
///     .CodeText("int-01", "fühlen sich hier zuhause", StandardCodes.Function(SocialSecurityFunction.Homemaking), "coder-a");
/// </code>
/// </summary>
/// <remarks>
/// <para>Invariants: document ids are unique; every coding refers to an existing document, lies within its text and
/// uses a codable code of the codebook; a segment × code × coder combination occurs once. Violations throw and leave
/// the corpus unchanged.</para>
/// <para>Documents and codings keep their insertion order. Instances are safe to share across threads.</para>
/// </remarks>
public sealed class Corpus
{
    private readonly ImmutableDictionary<string, CorpusDocument> byId;
    private readonly ImmutableHashSet<(TextSegment, string, string)> codingKeys;

    private Corpus(Codebook codebook, ImmutableList<CorpusDocument> documents, ImmutableDictionary<string, CorpusDocument> byId, ImmutableList<SegmentCoding> codings, ImmutableHashSet<(TextSegment, string, string)> codingKeys)
    {
        Codebook = codebook;
        DocumentList = documents;
        this.byId = byId;
        CodingList = codings;
        this.codingKeys = codingKeys;
    }

    /// <summary>Creates an empty corpus coded against <paramref name="codebook"/>.</summary>
    /// <param name="codebook">The codebook.</param>
    /// <returns>The corpus.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="codebook"/> is null.</exception>
    public static Corpus Create(Codebook codebook) =>
        new(Guard.Against.Null(codebook), [], ImmutableDictionary.Create<string, CorpusDocument>(StringComparer.Ordinal), [], []);

    /// <summary>Gets the codebook.</summary>
    public Codebook Codebook { get; }

    private ImmutableList<CorpusDocument> DocumentList { get; }

    private ImmutableList<SegmentCoding> CodingList { get; }

    /// <summary>Gets the documents in insertion order.</summary>
    public IReadOnlyList<CorpusDocument> Documents => DocumentList;

    /// <summary>Gets the codings in insertion order.</summary>
    public IReadOnlyList<SegmentCoding> Codings => CodingList;

    /// <summary>Gets the coder ids in order of first appearance.</summary>
    public ImmutableArray<string> Coders => [.. CodingList.Select(c => c.CoderId).Distinct(StringComparer.Ordinal)];

    /// <summary>Gets a document by id.</summary>
    /// <param name="id">The document id.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No document has that id; the message suggests close ids.</exception>
    public CorpusDocument Document(string id)
    {
        Guard.Against.Null(id);
        return byId.TryGetValue(id, out var document) ? document : throw new KeyNotFoundException(UnknownDocument(id));
    }

    /// <summary>Looks up a document.</summary>
    /// <param name="id">The id; null gives false.</param>
    /// <param name="document">The document when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGetDocument(string? id, [NotNullWhen(true)] out CorpusDocument? document)
    {
        if (id is null)
        {
            document = null;
            return false;
        }
        return byId.TryGetValue(id, out document);
    }

    /// <summary>Returns a corpus with a document added.</summary>
    /// <param name="document">The document; its id must be new.</param>
    /// <returns>The new corpus.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException">A document with that id exists.</exception>
    public Corpus AddDocument(CorpusDocument document)
    {
        Guard.Against.Null(document);
        Guard.Against.Unsatisfied(!byId.ContainsKey(document.Id), $"The corpus already has a document '{document.Id}'.", nameof(document));
        return new(Codebook, DocumentList.Add(document), byId.Add(document.Id, document), CodingList, codingKeys);
    }

    /// <summary>Returns a corpus with a document added.</summary>
    /// <param name="id">The document id.</param>
    /// <param name="text">The transcript.</param>
    /// <param name="attributes">The attributes, or null for none.</param>
    /// <param name="title">An optional title.</param>
    /// <returns>The new corpus.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is blank or already used.</exception>
    public Corpus AddDocument(string id, string text, DocumentAttributes? attributes = null, string? title = null) =>
        AddDocument(new CorpusDocument(id, text, attributes, title));

    /// <summary>Returns a corpus with a transcript added as a document with speaker turns.</summary>
    /// <param name="id">The document id.</param>
    /// <param name="transcript">The transcript (see <see cref="Transcripts.TranscriptReader"/>).</param>
    /// <param name="attributes">The attributes, or null for none.</param>
    /// <param name="title">An optional title.</param>
    /// <returns>The new corpus.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="transcript"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is blank or already used.</exception>
    public Corpus AddTranscript(string id, Transcripts.Transcript transcript, DocumentAttributes? attributes = null, string? title = null) =>
        AddDocument(Guard.Against.Null(transcript).ToDocument(id, attributes, title));

    /// <summary>Returns a corpus with one document replaced by a document of the same id (for example with other
    /// attributes). The document's codings must still fit its text.</summary>
    /// <param name="document">The replacement.</param>
    /// <returns>The new corpus.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No document has that id.</exception>
    /// <exception cref="ArgumentException">A coding of the document lies beyond the new text.</exception>
    public Corpus ReplaceDocument(CorpusDocument document)
    {
        Guard.Against.Null(document);
        var old = Document(document.Id);
        foreach (var coding in CodingList.Where(c => string.Equals(c.Segment.DocumentId, document.Id, StringComparison.Ordinal)))
        {
            CheckWithin(coding.Segment, document, nameof(document));
        }
        return new(Codebook, DocumentList.Replace(old, document), byId.SetItem(document.Id, document), CodingList, codingKeys);
    }

    /// <summary>Returns a corpus with a coding added.</summary>
    /// <param name="coding">The coding.</param>
    /// <returns>The new corpus.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="coding"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The document or the code does not exist.</exception>
    /// <exception cref="ArgumentException">The code is not codable, the segment lies beyond the text, or the same
    /// coder already gave that code to that segment.</exception>
    public Corpus Add(SegmentCoding coding)
    {
        Guard.Against.Null(coding);
        var document = Document(coding.Segment.DocumentId);
        var code = Codebook[coding.CodeId];
        Guard.Against.Unsatisfied(code.IsCodable, $"Code '{code.Id}' groups other codes and cannot be coded; use one of its sub-codes.", nameof(coding));
        CheckWithin(coding.Segment, document, nameof(coding));
        var key = (coding.Segment, coding.CodeId, coding.CoderId);
        Guard.Against.Unsatisfied(!codingKeys.Contains(key), $"Coder '{coding.CoderId}' already coded {coding.Segment} with '{coding.CodeId}'.", nameof(coding));
        return new(Codebook, DocumentList, byId, CodingList.Add(coding), codingKeys.Add(key));
    }

    /// <summary>Returns a corpus with the character range <c>[start, end)</c> of a document coded.</summary>
    /// <param name="documentId">The document id.</param>
    /// <param name="start">The first character.</param>
    /// <param name="end">The end (exclusive).</param>
    /// <param name="codeId">The code id.</param>
    /// <param name="coderId">The coder id.</param>
    /// <param name="memo">An optional memo.</param>
    /// <returns>The new corpus.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The range is negative, empty or reversed.</exception>
    /// <exception cref="KeyNotFoundException">The document or code does not exist.</exception>
    /// <exception cref="ArgumentException">See <see cref="Add(SegmentCoding)"/>.</exception>
    public Corpus Code(string documentId, int start, int end, string codeId, string coderId, string? memo = null) =>
        Add(new SegmentCoding(new TextSegment(documentId, start, end), codeId, coderId, memo));

    /// <summary>
    /// Returns a corpus with the passage <paramref name="quote"/> of a document coded. The quote is found under Unicode
    /// canonical equivalence (see <see cref="FindAll"/>); when it occurs more than once, say which occurrence you mean.
    /// </summary>
    /// <param name="documentId">The document id.</param>
    /// <param name="quote">The passage as it appears in the transcript (composed or decomposed umlauts both match).</param>
    /// <param name="codeId">The code id.</param>
    /// <param name="coderId">The coder id.</param>
    /// <param name="memo">An optional memo.</param>
    /// <param name="occurrence">Which occurrence to code (1 = first); null (the default) requires the quote to occur
    /// exactly once.</param>
    /// <returns>The new corpus.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The quote is empty, missing, occurs fewer than <paramref name="occurrence"/>
    /// times, or occurs more than once while <paramref name="occurrence"/> is null (the message lists the positions);
    /// or see <see cref="Add(SegmentCoding)"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="occurrence"/> is less than 1.</exception>
    /// <exception cref="KeyNotFoundException">The document or code does not exist.</exception>
    /// <remarks>The coded segment covers the characters of the document as stored, so its length may differ from the
    /// quote's when the two use different normalisation forms.</remarks>
    public Corpus CodeText(string documentId, string quote, string codeId, string coderId, string? memo = null, int? occurrence = null)
    {
        var segment = Find(documentId, quote, occurrence);
        return Add(new SegmentCoding(segment, codeId, coderId, memo));
    }

    /// <summary>
    /// Finds a passage in a document under Unicode canonical equivalence (NFC): the only occurrence, or the
    /// <paramref name="occurrence"/>-th when given.
    /// </summary>
    /// <param name="documentId">The document id.</param>
    /// <param name="quote">The passage.</param>
    /// <param name="occurrence">Which occurrence (1 = first); null requires the passage to occur exactly once.</param>
    /// <returns>The segment, in positions of the stored text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The quote is empty or missing, occurs fewer than <paramref name="occurrence"/>
    /// times, or occurs more than once while <paramref name="occurrence"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="occurrence"/> is less than 1.</exception>
    /// <exception cref="KeyNotFoundException">The document does not exist.</exception>
    /// <remarks>An ambiguous quote is an error rather than a silent choice of the first occurrence: the message gives
    /// the number of occurrences and their start positions, so the caller can quote more text or pick one.</remarks>
    public TextSegment Find(string documentId, string quote, int? occurrence = null)
    {
        Guard.Against.Null(quote);
        Guard.Against.Unsatisfied(quote.Length > 0, "The quote is empty.", nameof(quote));
        if (occurrence < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(occurrence), occurrence, "Occurrences count from 1.");
        }
        var document = Document(documentId);
        var hits = QuoteSearch.FindAll(document.Text, quote);
        int wanted = occurrence ?? 1;
        Guard.Against.Unsatisfied(hits.Count >= wanted, string.Create(CultureInfo.InvariantCulture, $"Document '{documentId}' does not contain the passage \"{Shorten(quote)}\"{(wanted > 1 ? $" {wanted} times" : string.Empty)}."), nameof(quote));
        if (occurrence is null && hits.Count > 1)
        {
            string positions = string.Join(", ", hits.Take(5).Select(h => h.Start.ToString(CultureInfo.InvariantCulture))) + (hits.Count > 5 ? ", …" : string.Empty);
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Document '{documentId}' contains the passage \"{Shorten(quote)}\" {hits.Count} times (at characters {positions}); pass occurrence 1 to {hits.Count} to choose one, or quote a longer passage."), nameof(quote));
        }
        var (start, end) = hits[wanted - 1];
        return new TextSegment(documentId, start, end);
    }

    /// <summary>Finds every occurrence of a passage in a document under Unicode canonical equivalence (NFC).</summary>
    /// <param name="documentId">The document id.</param>
    /// <param name="quote">The passage.</param>
    /// <returns>The segments in text order; empty when the passage does not occur. Occurrences may overlap.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The quote is empty.</exception>
    /// <exception cref="KeyNotFoundException">The document does not exist.</exception>
    /// <remarks>Text and quote are compared after NFC normalisation, cluster by cluster (a character and its combining
    /// marks); a match begins and ends at such a cluster boundary. Positions refer to the stored text. Linear time in
    /// the length of text and quote.</remarks>
    public ImmutableArray<TextSegment> FindAll(string documentId, string quote)
    {
        Guard.Against.Null(quote);
        Guard.Against.Unsatisfied(quote.Length > 0, "The quote is empty.", nameof(quote));
        var document = Document(documentId);
        return [.. QuoteSearch.FindAll(document.Text, quote).Select(h => new TextSegment(documentId, h.Start, h.End))];
    }

    /// <summary>Returns the text of a segment.</summary>
    /// <param name="segment">The segment.</param>
    /// <returns>The characters of the range.</returns>
    /// <exception cref="KeyNotFoundException">The document does not exist.</exception>
    /// <exception cref="ArgumentException">The segment lies beyond the text.</exception>
    public string TextOf(TextSegment segment)
    {
        var document = Document(segment.DocumentId);
        CheckWithin(segment, document, nameof(segment));
        return document.Text.Substring(segment.Start, segment.Length);
    }

    /// <summary>Returns a corpus coded against another codebook; every code used must exist and be codable there.</summary>
    /// <param name="codebook">The codebook.</param>
    /// <returns>The new corpus.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="codebook"/> is null.</exception>
    /// <exception cref="ArgumentException">A code in use is missing or not codable; the message names it.</exception>
    public Corpus WithCodebook(Codebook codebook)
    {
        Guard.Against.Null(codebook);
        foreach (var id in CodingList.Select(c => c.CodeId).Distinct(StringComparer.Ordinal))
        {
            Guard.Against.Unsatisfied(codebook.TryGet(id, out var code) && code.IsCodable, $"Code '{id}' is used by a coding but is missing or not codable in the new codebook.", nameof(codebook));
        }
        return new(codebook, DocumentList, byId, CodingList, codingKeys);
    }

    /// <summary>Returns a corpus with only the codings of the given coders.</summary>
    /// <param name="coderIds">The coders to keep.</param>
    /// <returns>The new corpus (same documents and codebook).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="coderIds"/> is or holds null.</exception>
    public Corpus OnlyCoders(params string[] coderIds)
    {
        Guard.Against.NullElements(coderIds);
        var keep = coderIds.ToHashSet(StringComparer.Ordinal);
        var codings = CodingList.Where(c => keep.Contains(c.CoderId)).ToImmutableList();
        return new(Codebook, DocumentList, byId, codings, [.. codings.Select(c => (c.Segment, c.CodeId, c.CoderId))]);
    }

    /// <summary>
    /// Returns a corpus in which every speaker name is removed and, where the document has no speaker id yet, replaced
    /// by its keyed pseudonym as the speaker id.
    /// </summary>
    /// <param name="pseudonymiser">The keyed pseudonymiser (the caller keeps the key).</param>
    /// <param name="replaceSpeakerIds">Whether a speaker id the caller set is replaced by the pseudonym of the name too
    /// (off by default: the caller's ids are kept).</param>
    /// <returns>The new corpus.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pseudonymiser"/> is null.</exception>
    /// <remarks>
    /// <para>Documents without a name are unchanged. A document with a name and a speaker id keeps its id (a study's
    /// own pseudonym such as <c>B03</c> is never overwritten unless <paramref name="replaceSpeakerIds"/> is true) and
    /// loses the name.</para>
    /// <para>Speaker ids of turns (<see cref="SpeakerTurn.SpeakerId"/>) and the transcript text are not changed: use
    /// role markers such as <c>I:</c> and <c>B:</c> or pseudonymise the text before import.</para>
    /// </remarks>
    public Corpus Pseudonymise(Pseudonymiser pseudonymiser, bool replaceSpeakerIds = false)
    {
        Guard.Against.Null(pseudonymiser);
        var corpus = this;
        foreach (var document in DocumentList)
        {
            if (document.Attributes.SpeakerName is { } name)
            {
                string speakerId = document.Attributes.SpeakerId is { } own && !replaceSpeakerIds ? own : pseudonymiser.Pseudonymise(name);
                corpus = corpus.ReplaceDocument(document.WithAttributes(document.Attributes.WithSpeaker(speakerId, null)));
            }
        }
        return corpus;
    }

    private static void CheckWithin(TextSegment segment, CorpusDocument document, string paramName) =>
        Guard.Against.Unsatisfied(
            segment.End <= document.Text.Length,
            string.Create(CultureInfo.InvariantCulture, $"The segment [{segment.Start}, {segment.End}) lies beyond the end of document '{document.Id}' ({document.Text.Length} characters)."),
            paramName);

    private string UnknownDocument(string id)
    {
        string hint = IdSuggestions.Text(IdSuggestions.Suggest(id, DocumentList.Select(d => d.Id)));
        return hint.Length == 0 ? $"The corpus has no document '{id}'." : $"The corpus has no document '{id}'; {hint}";
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");
}
