using System;

namespace MoDomain.Cli;

/// <summary>Shows the progress of one long-running pass over the records of an input (see <see cref="CliProgress"/>).</summary>
internal interface IProgressDisplay
{
    /// <summary>
    /// Runs <paramref name="work"/>, which calls the action it is given once per finished record, and shows the count
    /// going up to <paramref name="total"/> while it runs.
    /// </summary>
    /// <param name="description">What is being done (shown next to the bar).</param>
    /// <param name="total">The number of records.</param>
    /// <param name="work">The work; it receives the "one more record done" callback.</param>
    void Run(string description, int total, Action<Action> work);
}
