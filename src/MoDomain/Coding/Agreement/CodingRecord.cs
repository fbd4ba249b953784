namespace MoDomain.Coding.Agreement;

/// <summary>
/// A coding reduced to what agreement needs: coder <paramref name="CoderId"/> applied code <paramref name="CodeId"/> to
/// the unit <paramref name="UnitKey"/> (a segment or document key chosen by the caller). Input for
/// <see cref="CodingReliability"/>.
/// </summary>
/// <param name="UnitKey">The unit (segment or document) key.</param>
/// <param name="CoderId">The coder id.</param>
/// <param name="CodeId">The code id.</param>
public readonly record struct CodingRecord(string UnitKey, string CoderId, string CodeId);
