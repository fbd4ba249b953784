using System.Collections.Generic;

namespace MoDomain.Interop;

/// <summary>The JSON shape of a codebook (contract version 1).</summary>
internal sealed class CodebookDto
{
    public int? SchemaVersion { get; set; }

    public List<CodeDto?>? Codes { get; set; }
}
