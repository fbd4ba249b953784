using System;
using System.Globalization;

namespace MoDomain.Interop;

/// <summary>
/// A tidy coding CSV could not be read; <see cref="LineNumber"/>, <see cref="ColumnNumber"/> and the message name the
/// line and, for a problem in one field, the column. Messages quote at most 40 characters of a field.
/// </summary>
public sealed class CorpusCsvException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public CorpusCsvException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public CorpusCsvException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CorpusCsvException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a line.</summary>
    /// <param name="lineNumber">The 1-based line (1 = header).</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause, or null.</param>
    public CorpusCsvException(int lineNumber, string message, Exception? innerException = null)
        : base(string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}: {message}"), innerException)
    {
        LineNumber = lineNumber;
    }

    /// <summary>Creates the exception for a field.</summary>
    /// <param name="lineNumber">The 1-based line (1 = header).</param>
    /// <param name="columnNumber">The 1-based column (field number in the row).</param>
    /// <param name="columnName">The column's name from the header, or null when unknown.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause, or null.</param>
    public CorpusCsvException(int lineNumber, int columnNumber, string? columnName, string message, Exception? innerException = null)
        : base(string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}, column {columnNumber}{(columnName is null ? string.Empty : $" ({Internal.EchoedText.Shorten(columnName)})")}: {message}"), innerException)
    {
        LineNumber = lineNumber;
        ColumnNumber = columnNumber;
        ColumnName = columnName;
    }

    /// <summary>Gets the 1-based line of the problem (1 = header), or 0 when unknown.</summary>
    public int LineNumber { get; }

    /// <summary>Gets the 1-based column (field number) of the problem, or 0 when it concerns no single field.</summary>
    public int ColumnNumber { get; }

    /// <summary>Gets the header name of the column of the problem, or null when unknown or not about one field.</summary>
    public string? ColumnName { get; }
}
