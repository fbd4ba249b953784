namespace MoDomain.Cli;

/// <summary>The process exit codes of <c>modomain</c>.</summary>
public static class ExitCodes
{
    /// <summary>The command succeeded.</summary>
    public const int Success = 0;

    /// <summary>The input (file or JSON) is invalid; the message names the file and JSON path.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line is wrong (unknown option, bad value, unknown definition id).</summary>
    public const int UsageError = 2;
}
