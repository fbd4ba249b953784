using MoDomain.Coding;

namespace MoDomain.Interop;

/// <summary>The result of reading a REFI-QDA project: the corpus and what the import left out or changed.</summary>
/// <param name="Corpus">The corpus.</param>
/// <param name="Report">The import report.</param>
public sealed record RefiProjectImport(Corpus Corpus, RefiImportReport Report);
