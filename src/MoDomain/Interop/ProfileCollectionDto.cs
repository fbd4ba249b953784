using System.Collections.Generic;

namespace MoDomain.Interop;

/// <summary>The JSON shape of a profile collection document: <c>{ "schemaVersion": 2, "profiles": [ … ] }</c>.</summary>
internal sealed class ProfileCollectionDto
{
    public int? SchemaVersion { get; set; }

    public List<ProfileDto>? Profiles { get; set; }
}
