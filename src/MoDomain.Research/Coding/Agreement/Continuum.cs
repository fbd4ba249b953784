namespace MoDomain.Coding.Agreement;

/// <summary>
/// One continuum that coders segment themselves for the unitizing α (<see cref="UnitizingAlpha"/>): a document of
/// <paramref name="Length"/> positions (for text: code points), positions 0 to <paramref name="Length"/> − 1.
/// </summary>
/// <param name="Id">The continuum (document) id.</param>
/// <param name="Length">The number of positions (at least 1).</param>
public readonly record struct Continuum(string Id, int Length);
