using System.Collections.Generic;

namespace MoDomain.Interop;

/// <summary>The JSON shape of a coded corpus (contract version 1). Null means "absent".</summary>
internal sealed class CorpusDto
{
    public int? SchemaVersion { get; set; }

    public List<CodeDto?>? Codes { get; set; }

    public List<CorpusDocumentDto?>? Documents { get; set; }

    public List<CodingDto?>? Codings { get; set; }
}
