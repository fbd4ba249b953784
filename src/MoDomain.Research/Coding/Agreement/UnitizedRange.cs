namespace MoDomain.Coding.Agreement;

/// <summary>One unit in the joint coordinates of the unitizing α: positions [<paramref name="Start"/>, <paramref name="End"/>) with a value index.</summary>
internal readonly record struct UnitizedRange(long Start, long End, int Value);
