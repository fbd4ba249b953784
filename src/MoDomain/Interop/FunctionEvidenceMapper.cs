using System;
using System.Collections.Generic;
using System.Globalization;
using MoDomain.Rules;
using MoDomain.SocialSecurity;
using MoDomain.Vocabulary;
using NodaTime;

namespace MoDomain.Interop;

/// <summary>Maps between <see cref="FunctionEvidenceProfile"/> and its JSON shape, validating with JSON paths.</summary>
internal static class FunctionEvidenceMapper
{
    internal static FunctionEvidenceProfileDto ToDto(FunctionEvidenceProfile profile, bool withSchemaVersion)
    {
        var items = new List<FunctionEvidenceItemDto?>(profile.Evidence.Length);
        foreach (var item in profile.Evidence)
        {
            items.Add(new FunctionEvidenceItemDto
            {
                Function = SocialSecurityVocabulary.Functions.IdOf(item.Function),
                Indicator = SocialSecurityVocabulary.Indicators.IdOf(item.Indicator),
                Perspective = SocialSecurityVocabulary.Perspectives.IdOf(item.Perspective),
                AdministrativeRole = item.AdministrativeRole.TryGetValue(out var role) ? SocialSecurityVocabulary.AdministrativeRoles.IdOf(role) : null,
                Stance = SocialSecurityVocabulary.EvidenceStances.IdOf(item.Stance),
                Reference = new FunctionEvidenceReferenceDto
                {
                    DocumentId = item.Reference.DocumentId,
                    SegmentId = item.Reference.SegmentId,
                    Note = item.Reference.Note,
                    Date = item.Reference.Date.TryGetValue(out var date) ? date : null,
                },
            });
        }
        return new FunctionEvidenceProfileDto
        {
            SchemaVersion = withSchemaVersion ? SchemaVersions.Current : null,
            Organisation = profile.Organisation,
            Evidence = items,
        };
    }

    internal static FunctionEvidenceProfile FromDto(FunctionEvidenceProfileDto? dto, string path)
    {
        if (dto is null)
        {
            throw JsonErrors.At(path, "expected a function evidence object but found null.");
        }
        SchemaVersions.Check(dto.SchemaVersion, path + ".schemaVersion");
        if (string.IsNullOrWhiteSpace(dto.Organisation))
        {
            throw JsonErrors.At(path + ".organisation", "the required property 'organisation' is missing or blank.");
        }
        if (dto.Evidence is null)
        {
            throw JsonErrors.At(path + ".evidence", "the required property 'evidence' is missing; write [] for an organisation without evidence.");
        }
        var items = new List<FunctionEvidence>(dto.Evidence.Count);
        var seen = new Dictionary<FunctionEvidence, int>();
        for (int i = 0; i < dto.Evidence.Count; i++)
        {
            string itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}.evidence[{i}]");
            var item = FromDto(dto.Evidence[i], itemPath);
            if (!seen.TryAdd(item, i))
            {
                throw JsonErrors.At(itemPath, string.Create(CultureInfo.InvariantCulture, $"the same evidence item already appears at {path}.evidence[{seen[item]}]."));
            }
            items.Add(item);
        }
        return new FunctionEvidenceProfile(dto.Organisation, items);
    }

    private static FunctionEvidence FromDto(FunctionEvidenceItemDto? dto, string path)
    {
        if (dto is null)
        {
            throw JsonErrors.At(path, "expected an evidence object but found null.");
        }
        var indicator = JsonIds.ParseRequired(dto.Indicator, SocialSecurityVocabulary.Indicators, path + ".indicator");
        var function = SocialSecurityVocabulary.FunctionOf(indicator);
        if (dto.Function is not null)
        {
            var stated = JsonIds.ParseRequired(dto.Function, SocialSecurityVocabulary.Functions, path + ".function");
            if (stated != function)
            {
                throw JsonErrors.At(
                    path + ".function",
                    $"the indicator '{dto.Indicator}' belongs to the function '{SocialSecurityVocabulary.Functions.IdOf(function)}', not '{dto.Function}'.");
            }
        }
        var perspective = JsonIds.ParseRequired(dto.Perspective, SocialSecurityVocabulary.Perspectives, path + ".perspective");
        var role = Fact<AdministrativeRole>.Unknown;
        if (dto.AdministrativeRole is not null)
        {
            role = JsonIds.ParseRequired(dto.AdministrativeRole, SocialSecurityVocabulary.AdministrativeRoles, path + ".administrativeRole");
            if (perspective != Perspective.PublicAdministration)
            {
                throw JsonErrors.At(
                    path + ".administrativeRole",
                    $"an administrative role is only allowed with the perspective 'public-administration', not '{dto.Perspective}'.");
            }
        }
        var stance = JsonIds.ParseRequired(dto.Stance, SocialSecurityVocabulary.EvidenceStances, path + ".stance");
        var reference = FromDto(dto.Reference, path + ".reference");
        return new FunctionEvidence(indicator, perspective, stance, reference, role);
    }

    private static EvidenceReference FromDto(FunctionEvidenceReferenceDto? dto, string path)
    {
        if (dto is null)
        {
            throw JsonErrors.At(path, "the required property 'reference' is missing; give at least { \"documentId\": \"…\" }.");
        }
        if (string.IsNullOrWhiteSpace(dto.DocumentId))
        {
            throw JsonErrors.At(path + ".documentId", "the required property 'documentId' is missing or blank.");
        }
        if (dto.SegmentId is not null && string.IsNullOrWhiteSpace(dto.SegmentId))
        {
            throw JsonErrors.At(path + ".segmentId", "'segmentId' must not be blank; leave it out when there is no segment.");
        }
        if (dto.Note is not null && string.IsNullOrWhiteSpace(dto.Note))
        {
            throw JsonErrors.At(path + ".note", "'note' must not be blank; leave it out when there is no note.");
        }
        var date = dto.Date is { } d ? new Fact<LocalDate>(d) : Fact<LocalDate>.Unknown;
        return new EvidenceReference(dto.DocumentId, dto.SegmentId, dto.Note, date);
    }
}
