namespace MoDomain.Coding;

/// <summary>Whether one coder gave one code to one unit: the binary presence data of per-code agreement.</summary>
/// <param name="UnitKey">The unit key (see <see cref="CodingUnitLevel"/>).</param>
/// <param name="CoderId">The coder id.</param>
/// <param name="CodeId">The code id.</param>
/// <param name="Present">True when the coder gave the code to the unit.</param>
public readonly record struct CodePresence(string UnitKey, string CoderId, string CodeId, bool Present);
