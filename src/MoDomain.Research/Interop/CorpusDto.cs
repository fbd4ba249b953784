using System.Collections.Generic;

namespace MoDomain.Interop;

/// <summary>The JSON shape of a coded corpus (contract version 1). Null means "absent".</summary>
internal sealed class CorpusDto
{
    public int? SchemaVersion { get; set; }

    /// <summary>How coding positions count: <c>code-points</c> (written by this version) or, when absent, <c>utf-16</c> (MoDomain 1.0).</summary>
    public string? Positions { get; set; }

    public List<CodeDto?>? Codes { get; set; }

    public List<CorpusDocumentDto?>? Documents { get; set; }

    public List<CodingDto?>? Codings { get; set; }
}
