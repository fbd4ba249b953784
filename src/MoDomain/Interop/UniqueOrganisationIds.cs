using System;
using System.Collections.Generic;
using MoDomain.Definitions;

namespace MoDomain.Interop;

/// <summary>Maps the profiles of one document in order and rejects a second profile with an id already used, naming
/// both JSON paths. One instance per document read (it remembers the ids seen).</summary>
internal sealed class UniqueOrganisationIds
{
    private readonly Dictionary<string, string> pathById = new(StringComparer.Ordinal);

    internal OrganisationProfile Map(ProfileDto? dto, string path)
    {
        var profile = ProfileMapper.FromDto(dto, path);
        if (!pathById.TryAdd(profile.Id, path))
        {
            string how = dto!.Id is null ? " (generated from the name, as no 'id' is given; give each organisation its own 'id')" : string.Empty;
            throw JsonErrors.At(dto.Id is null ? path + ".name" : path + ".id", $"the organisation id '{profile.Id}'{how} is already used by {pathById[profile.Id]}; ids must be unique within a document.");
        }
        return profile;
    }
}
