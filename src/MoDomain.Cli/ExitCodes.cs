namespace MoDomain.Cli;

/// <summary>The process exit codes of <c>modomain</c>.</summary>
/// <remarks>Every failure is also one line on standard error, <c>error: …</c>, naming the file or parameter and the cause.</remarks>
public static class ExitCodes
{
    /// <summary>The command succeeded (also when the reader of standard output closed the pipe early, as <c>| head</c> does).</summary>
    public const int Success = 0;

    /// <summary>The input (file or JSON) is invalid or cannot be read; the message names the file and JSON path.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line is wrong (unknown option, bad value, unknown definition id, <c>--out</c> naming an input file).</summary>
    public const int UsageError = 2;

    /// <summary>
    /// An output could not be written: standard output failed (a full disk, <c>&gt; /dev/full</c>) or the
    /// <c>--out</c> file could not be created (a directory, a missing directory, no permission). An existing
    /// <c>--out</c> file keeps its old content.
    /// </summary>
    public const int IoFailure = 3;
}
