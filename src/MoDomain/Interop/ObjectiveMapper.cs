using System;
using System.Collections.Generic;
using System.Globalization;
using MoDomain.Objectives;
using MoDomain.Vocabulary;

namespace MoDomain.Interop;

/// <summary>Maps between <see cref="ObjectiveProfile"/> and its JSON shape, validating with JSON paths.</summary>
internal static class ObjectiveMapper
{
    internal static ObjectiveProfileDto ToDto(ObjectiveProfile profile, bool withSchemaVersion)
    {
        var objectives = new List<ObjectivePursuitDto?>(profile.Objectives.Length);
        foreach (var pursued in profile.Objectives)
        {
            objectives.Add(new ObjectivePursuitDto
            {
                Objective = ObjectivesVocabulary.Objectives.IdOf(pursued.Objective),
                Emphasis = pursued.Emphasis,
                Evidence = ObjectivesVocabulary.EvidenceSources.IdOf(pursued.Evidence),
            });
        }
        return new ObjectiveProfileDto
        {
            SchemaVersion = withSchemaVersion ? SchemaVersions.Current : null,
            Organisation = profile.Organisation,
            Objectives = objectives,
        };
    }

    internal static ObjectiveProfile FromDto(ObjectiveProfileDto? dto, string path)
    {
        if (dto is null)
        {
            throw JsonErrors.At(path, "expected an objective profile object but found null.");
        }
        SchemaVersions.Check(dto.SchemaVersion, path + ".schemaVersion");
        if (string.IsNullOrWhiteSpace(dto.Organisation))
        {
            throw JsonErrors.At(path + ".organisation", "the required property 'organisation' is missing or blank.");
        }
        if (dto.Objectives is null)
        {
            throw JsonErrors.At(path + ".objectives", "the required property 'objectives' is missing; write [] for a profile without objectives.");
        }
        var pursued = new List<PursuedObjective>(dto.Objectives.Count);
        var seen = new HashSet<Objective>();
        for (int i = 0; i < dto.Objectives.Count; i++)
        {
            string itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}.objectives[{i}]");
            var item = dto.Objectives[i] ?? throw JsonErrors.At(itemPath, "expected a pursued objective object but found null.");
            var objective = JsonIds.ParseRequired(item.Objective, ObjectivesVocabulary.Objectives, itemPath + ".objective");
            if (!seen.Add(objective))
            {
                throw JsonErrors.At(itemPath + ".objective", $"the objective '{item.Objective}' appears more than once in the profile.");
            }
            var evidence = JsonIds.ParseRequired(item.Evidence, ObjectivesVocabulary.EvidenceSources, itemPath + ".evidence");
            double emphasis = item.Emphasis ?? PursuedObjective.DefaultEmphasis;
            if (!PursuedObjective.IsValidEmphasis(emphasis))
            {
                throw JsonErrors.At(
                    itemPath + ".emphasis",
                    string.Create(CultureInfo.InvariantCulture, $"an emphasis must be a number greater than 0 and at most {PursuedObjective.MaxEmphasis:R}, but was {emphasis:R}."));
            }
            pursued.Add(new PursuedObjective(objective, evidence, emphasis));
        }
        try
        {
            return new ObjectiveProfile(dto.Organisation, pursued);
        }
        catch (ArgumentException ex)
        {
            // Defensive: every constructor check is mirrored above, but keep the path if one slips through.
            throw JsonErrors.At(path + "." + (ex.ParamName ?? "?"), ex.Message);
        }
    }
}
