namespace MoDomain.Coding.Agreement;

/// <summary>
/// One unit a coder marked on a continuum for the unitizing α (<see cref="UnitizingAlpha"/>): coder
/// <paramref name="CoderId"/> gave <paramref name="Value"/> (a code) to positions <paramref name="Start"/> (inclusive)
/// to <paramref name="End"/> (exclusive) of continuum <paramref name="ContinuumId"/>.
/// </summary>
/// <param name="ContinuumId">The continuum (document) id.</param>
/// <param name="CoderId">The coder id.</param>
/// <param name="Value">The value (code id) of the unit.</param>
/// <param name="Start">The first position (0-based, inclusive).</param>
/// <param name="End">The position after the last one (exclusive); greater than <paramref name="Start"/>.</param>
public readonly record struct UnitizedSegment(string ContinuumId, string CoderId, string Value, int Start, int End);
