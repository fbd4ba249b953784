using MoDomain.Coding;

namespace MoDomain.Interop;

/// <summary>The result of reading a REFI-QDA codebook: the codebook and what the import left out or changed.</summary>
/// <param name="Codebook">The codebook.</param>
/// <param name="Report">The import report.</param>
public sealed record RefiCodebookImport(Codebook Codebook, RefiImportReport Report);
