namespace MoDomain.Coding;

/// <summary>How <see cref="CorpusDocument.Units"/> and the transcript readers cut a text into coding units.</summary>
public enum SegmentationLevel
{
    /// <summary>One unit per speaker turn (the whole text when the document has no turns).</summary>
    Turn = 0,

    /// <summary>
    /// One unit per sentence within each turn, by a rule for German transcripts: a sentence ends after <c>.</c>,
    /// <c>!</c>, <c>?</c> or <c>…</c> (with any closing quotes and brackets) that is followed by white space and then
    /// by a character that is not a lower-case letter, or by the end of the turn.
    /// </summary>
    /// <remarks>
    /// <para>A full stop does not end a sentence after: a single letter (initials and the parts of <c>z. B.</c>,
    /// <c>d. h.</c>, <c>u. a.</c>, <c>o. Ä.</c>); a number of one to three digits (ordinals such as <c>3. Oktober</c>,
    /// <c>2. Generation</c>; a four-digit year does end one); and the abbreviations that are always followed by more
    /// text: <c>Dr.</c>, <c>Prof.</c>, <c>Nr.</c>, <c>bzw.</c>, <c>ca.</c>, <c>vgl.</c>, <c>ggf.</c>, <c>evtl.</c>,
    /// <c>bspw.</c>, <c>sog.</c>, <c>inkl.</c>, <c>zzgl.</c>, <c>Hr.</c>, <c>Fr.</c>, <c>Str.</c>, <c>St.</c>,
    /// <c>Abs.</c>, <c>Tel.</c>, <c>Mio.</c>, <c>Mrd.</c>, <c>Jh.</c>, <c>z.</c>, <c>gem.</c>, <c>geb.</c> (compared without
    /// regard to case). <c>usw.</c> and <c>etc.</c> close an enumeration and end a sentence when a capital follows.</para>
    /// <para>Dots inside pause markers of transcription rules such as <c>(.)</c>, <c>(..)</c>, <c>(...)</c> and <c>(…)</c>
    /// never end a sentence, and neither does a dot inside a word or number (<c>3.5</c>, <c>www.example.org</c>).</para>
    /// <para>Sentences carry no leading or trailing white space; everything between two sentences is white space, so
    /// no character is lost. Linear time.</para>
    /// </remarks>
    Sentence = 1,
}
