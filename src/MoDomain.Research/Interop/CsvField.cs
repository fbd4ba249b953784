namespace MoDomain.Interop;

/// <summary>One field of a CSV record as read: its value and where it was.</summary>
/// <param name="Value">The value, quotes removed and doubled quotes undone.</param>
/// <param name="Line">The 1-based line the field begins on.</param>
/// <param name="EndLine">The 1-based line the field ends on (greater than <paramref name="Line"/> for a quoted field with line breaks).</param>
/// <param name="Quoted">Whether the field was quoted.</param>
internal readonly record struct CsvField(string Value, int Line, int EndLine, bool Quoted);
