using System;
using System.Globalization;

namespace MoDomain.Coding.Transcripts;

/// <summary>A transcript could not be read; the one-line message names the source, the line and the column.</summary>
public sealed class TranscriptFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="sourceName">The file name or other source description, or null.</param>
    /// <param name="line">The line (1-based).</param>
    /// <param name="column">The column (1-based, UTF-16 code units).</param>
    /// <param name="reason">What is wrong, without position.</param>
    public TranscriptFormatException(string? sourceName, int line, int column, string reason)
        : base(Compose(sourceName, line, column, reason))
    {
        SourceName = sourceName;
        LineNumber = line;
        Column = column;
        Reason = reason;
    }

    /// <summary>Gets the source name, or null.</summary>
    public string? SourceName { get; }

    /// <summary>Gets the line (1-based).</summary>
    public int LineNumber { get; }

    /// <summary>Gets the column (1-based, UTF-16 code units).</summary>
    public int Column { get; }

    /// <summary>Gets what is wrong, without the position.</summary>
    public string Reason { get; }

    private static string Compose(string? sourceName, int line, int column, string reason) =>
        string.Create(CultureInfo.InvariantCulture, $"{(string.IsNullOrEmpty(sourceName) ? "transcript" : sourceName)}, line {line}, column {column}: {reason}");
}
