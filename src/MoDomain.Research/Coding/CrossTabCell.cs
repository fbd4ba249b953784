namespace MoDomain.Coding;

/// <summary>One cell of a code × attribute cross-tabulation.</summary>
/// <param name="CodeId">The code id.</param>
/// <param name="Value">The attribute value (<c>unknown</c> when not recorded).</param>
/// <param name="Segments">The number of distinct coded segments.</param>
/// <param name="Documents">The number of distinct documents.</param>
public sealed record CrossTabCell(string CodeId, string Value, int Segments, int Documents);
