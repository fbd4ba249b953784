using System;

namespace MoDomain.Cli;

/// <summary>
/// A failure the CLI reports as one line (<c>error: &lt;message&gt;</c>) with its exit code; thrown from deep inside a
/// command (writing <c>--out</c>, writing standard output) and caught once, in <see cref="CliApp"/>.
/// </summary>
internal sealed class CliFailure : Exception
{
    /// <summary>Initializes a failure with exit code <see cref="ExitCodes.InvalidInput"/>.</summary>
    public CliFailure()
        : this(ExitCodes.InvalidInput, "the command failed.")
    {
    }

    /// <summary>Initializes a failure with exit code <see cref="ExitCodes.InvalidInput"/>.</summary>
    /// <param name="message">The one-line message, naming the file or parameter and the cause.</param>
    public CliFailure(string message)
        : this(ExitCodes.InvalidInput, message)
    {
    }

    /// <summary>Initializes a failure with exit code <see cref="ExitCodes.InvalidInput"/> and its cause.</summary>
    /// <param name="message">The one-line message.</param>
    /// <param name="innerException">The cause.</param>
    public CliFailure(string message, Exception innerException)
        : base(message, innerException) => ExitCode = ExitCodes.InvalidInput;

    /// <summary>Initializes a failure with the given exit code.</summary>
    /// <param name="exitCode">One of <see cref="ExitCodes"/>.</param>
    /// <param name="message">The one-line message.</param>
    /// <param name="innerException">The cause, if any.</param>
    public CliFailure(int exitCode, string message, Exception? innerException = null)
        : base(message, innerException) => ExitCode = exitCode;

    /// <summary>The process exit code this failure gives.</summary>
    public int ExitCode { get; }
}
