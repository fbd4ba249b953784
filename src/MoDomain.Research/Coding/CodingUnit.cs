namespace MoDomain.Coding;

/// <summary>One code assignment as agreement input: coder <paramref name="CoderId"/> gave code <paramref name="CodeId"/> to unit <paramref name="UnitKey"/>.</summary>
/// <param name="UnitKey">The unit key (see <see cref="CodingUnitLevel"/>).</param>
/// <param name="CoderId">The coder id.</param>
/// <param name="CodeId">The code id.</param>
public readonly record struct CodingUnit(string UnitKey, string CoderId, string CodeId);
