using System;
using System.Globalization;

namespace MoDomain.Interop;

/// <summary>A tidy coding CSV could not be read; <see cref="LineNumber"/> and the message name the line.</summary>
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

    /// <summary>Gets the 1-based line of the problem (1 = header), or 0 when unknown.</summary>
    public int LineNumber { get; }
}
