using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;

namespace MoDomain.Cli;

/// <summary>
/// Decides whether a command shows a progress bar while it analyses the records of an input, and counts them: only
/// for more than <see cref="Threshold"/> records and only when standard error is an interactive terminal. The bar goes
/// to standard error; standard output is the same with or without it.
/// </summary>
/// <remarks>Immutable; the display is injected so a test can watch the counting without a terminal.</remarks>
internal sealed class CliProgress
{
    /// <summary>The default threshold: inputs with more records than this get a progress bar.</summary>
    internal const int DefaultThreshold = 2000;

    private readonly IProgressDisplay? display;

    /// <summary>Initializes the decision.</summary>
    /// <param name="isInteractive">Whether standard error is an interactive terminal.</param>
    /// <param name="threshold">Inputs with more records than this get a progress bar (0 or more).</param>
    /// <param name="display">Where the progress is shown; ignored when <paramref name="isInteractive"/> is false.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is negative.</exception>
    internal CliProgress(bool isInteractive, int threshold, IProgressDisplay? display)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        IsInteractive = isInteractive && display is not null;
        Threshold = threshold;
        this.display = display;
    }

    /// <summary>Gets a decision that never shows progress (redirected or captured standard error).</summary>
    internal static CliProgress Off { get; } = new(isInteractive: false, DefaultThreshold, display: null);

    /// <summary>Gets whether progress can be shown at all.</summary>
    internal bool IsInteractive { get; }

    /// <summary>Gets the number of records above which progress is shown.</summary>
    internal int Threshold { get; }

    /// <summary>
    /// The decision for a process: progress on <paramref name="error"/> only when it is the process's standard error
    /// and that is not redirected (a terminal), never for captured writers or in CI logs.
    /// </summary>
    internal static CliProgress ForStandardError(TextWriter error) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected
            ? new CliProgress(isInteractive: true, DefaultThreshold, new SpectreProgressDisplay(error))
            : Off;

    /// <summary>Whether an input of <paramref name="count"/> records gets a progress bar.</summary>
    internal bool Shows(int count) => IsInteractive && count > Threshold;

    /// <summary>
    /// Hands <paramref name="consume"/> the results of <paramref name="analyse"/> as a lazy sequence, in input order,
    /// counting each one on the display when <see cref="Shows"/> says so: a command that writes each result as it comes
    /// never holds all results in memory. <paramref name="consume"/> must enumerate the sequence once.
    /// </summary>
    internal void Stream<TInput, TResult>(string description, ImmutableArray<TInput> inputs, Func<TInput, TResult> analyse, Action<IEnumerable<TResult>> consume)
    {
        if (!Shows(inputs.Length))
        {
            consume(inputs.Select(analyse));
            return;
        }
        display!.Run(description, inputs.Length, advance => consume(inputs.Select(input =>
        {
            var result = analyse(input);
            advance();
            return result;
        })));
    }

    /// <summary>
    /// Applies <paramref name="analyse"/> to every input in order, counting each finished one on the display when
    /// <see cref="Shows"/> says so for <paramref name="records"/> (default: the number of inputs). The results are the
    /// same either way.
    /// </summary>
    /// <remarks><paramref name="records"/> lets a command decide on the size of its input file while it counts other
    /// units of work (agreement: codes computed from the coding records).</remarks>
    internal ImmutableArray<TResult> Map<TInput, TResult>(string description, ImmutableArray<TInput> inputs, Func<TInput, TResult> analyse, int? records = null)
    {
        if (!Shows(records ?? inputs.Length))
        {
            return [.. inputs.Select(analyse)];
        }
        var results = ImmutableArray.CreateBuilder<TResult>(inputs.Length);
        display!.Run(description, inputs.Length, advance =>
        {
            foreach (var input in inputs)
            {
                results.Add(analyse(input));
                advance();
            }
        });
        return results.MoveToImmutable();
    }
}
