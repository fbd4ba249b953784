using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using MoDomain.Definitions;
using MoDomain.Rules;
using MoDomain.Vocabulary;
using NodaTime;
using NodaTime.Text;

namespace MoDomain.Interop;

/// <summary>Maps between <see cref="OrganisationProfile"/> and its JSON shape, validating with JSON paths.</summary>
internal static class ProfileMapper
{
    internal static ProfileDto ToDto(OrganisationProfile p, bool withSchemaVersion) => new()
    {
        SchemaVersion = withSchemaVersion ? SchemaVersions.Current : null,
        Id = p.Id,
        Name = p.Name,
        AsOf = p.AsOf,
        LegalForm = Id(p.LegalForm, DefinitionsVocabulary.LegalForms),
        NonProfitStatus = Id(p.NonProfitStatus, DefinitionsVocabulary.NonProfitStatuses),
        FoundingDate = p.FoundingDate.IsKnown ? p.FoundingDate.Value : null,
        FoundedByMigrants = p.FoundedByMigrants.IsKnown ? p.FoundedByMigrants.Value : null,
        CarrierMigrantShare = p.CarrierMigrantShare.IsKnown ? p.CarrierMigrantShare.Value : null,
        MemberMigrantShare = p.MemberMigrantShare.IsKnown ? p.MemberMigrantShare.Value : null,
        MigrantRoleInStructures = Id(p.MigrantRoleInStructures, DefinitionsVocabulary.InternalRoles),
        MigrationReferences = Ids(p.MigrationReferences, DefinitionsVocabulary.MigrationReferences),
        Purposes = Ids(p.Purposes, DefinitionsVocabulary.Purposes),
        SelfIdentification = Id(p.SelfIdentification, DefinitionsVocabulary.SelfIdentifications),
        Kinds = Ids(p.Kinds, DefinitionsVocabulary.OrganisationKinds),
        UmbrellaMemberships = p.UmbrellaMemberships.IsKnown ? [.. p.UmbrellaMemberships.Value] : null,
        Orientations = Ids(p.Orientations, DefinitionsVocabulary.Orientations),
        Staffing = Id(p.Staffing, DefinitionsVocabulary.Staffing),
        OwnPremises = p.OwnPremises.IsKnown ? p.OwnPremises.Value : null,
        OfficeWithSetHours = p.OfficeWithSetHours.IsKnown ? p.OfficeWithSetHours.Value : null,
        GeographicScale = Id(p.GeographicScale, DefinitionsVocabulary.GeographicScales),
    };

    internal static OrganisationProfile FromDto(ProfileDto? dto, string path)
    {
        if (dto is null)
        {
            throw JsonErrors.At(path, "expected a profile object but found null.");
        }
        SchemaVersions.Check(dto.SchemaVersion, path + ".schemaVersion");
        if (string.IsNullOrWhiteSpace(dto.Name))
        {
            throw JsonErrors.At(path + ".name", "the required property 'name' is missing or blank.");
        }
        if (dto.Id is not null && !ConceptIds.IsValid(dto.Id))
        {
            throw JsonErrors.At(path + ".id", $"'{JsonIds.Shorten(dto.Id)}' is not a valid organisation id: use lower-case letters and digits separated by single hyphens.");
        }
        if (dto.AsOf is null)
        {
            throw JsonErrors.At(path + ".asOf", "the required property 'asOf' (yyyy-MM-dd) is missing.");
        }
        var asOf = dto.AsOf.Value;
        var foundingDate = dto.FoundingDate is { } fd ? new Fact<LocalDate>(fd) : default;
        if (foundingDate.IsKnown && foundingDate.Value > asOf)
        {
            throw JsonErrors.At(path + ".foundingDate", $"the founding date {LocalDatePattern.Iso.Format(foundingDate.Value)} lies after asOf {LocalDatePattern.Iso.Format(asOf)}.");
        }
        try
        {
            return new OrganisationProfile(
                dto.Name,
                asOf,
                legalForm: Parse(dto.LegalForm, DefinitionsVocabulary.LegalForms, path + ".legalForm"),
                nonProfitStatus: Parse(dto.NonProfitStatus, DefinitionsVocabulary.NonProfitStatuses, path + ".nonProfitStatus"),
                foundingDate: foundingDate,
                foundedByMigrants: dto.FoundedByMigrants is { } f ? f : default(Fact<bool>),
                carrierMigrantShare: Share(dto.CarrierMigrantShare, path + ".carrierMigrantShare"),
                memberMigrantShare: Share(dto.MemberMigrantShare, path + ".memberMigrantShare"),
                migrantRoleInStructures: Parse(dto.MigrantRoleInStructures, DefinitionsVocabulary.InternalRoles, path + ".migrantRoleInStructures"),
                migrationReferences: ParseSet(dto.MigrationReferences, DefinitionsVocabulary.MigrationReferences, path + ".migrationReferences"),
                purposes: ParseSet(dto.Purposes, DefinitionsVocabulary.Purposes, path + ".purposes"),
                selfIdentification: Parse(dto.SelfIdentification, DefinitionsVocabulary.SelfIdentifications, path + ".selfIdentification"),
                kinds: ParseSet(dto.Kinds, DefinitionsVocabulary.OrganisationKinds, path + ".kinds"),
                umbrellaMemberships: Names(dto.UmbrellaMemberships, path + ".umbrellaMemberships"),
                orientations: ParseSet(dto.Orientations, DefinitionsVocabulary.Orientations, path + ".orientations"),
                staffing: Parse(dto.Staffing, DefinitionsVocabulary.Staffing, path + ".staffing"),
                ownPremises: dto.OwnPremises is { } op ? op : default(Fact<bool>),
                officeWithSetHours: dto.OfficeWithSetHours is { } oh ? oh : default(Fact<bool>),
                geographicScale: Parse(dto.GeographicScale, DefinitionsVocabulary.GeographicScales, path + ".geographicScale")).WithExplicitId(dto.Id);
        }
        catch (ArgumentException ex)
        {
            // Defensive: every constructor check is mirrored above, but keep the path if one slips through.
            throw JsonErrors.At(path + "." + (ex.ParamName ?? "?"), ex.Message);
        }
    }

    private static string? Id<TEnum>(Fact<TEnum> fact, EnumScheme<TEnum> scheme)
        where TEnum : struct, Enum => fact.IsKnown ? scheme.IdOf(fact.Value) : null;

    private static List<string?>? Ids<TEnum>(Fact<ValueSet<TEnum>> fact, EnumScheme<TEnum> scheme)
        where TEnum : struct, Enum
    {
        if (!fact.IsKnown)
        {
            return null;
        }
        var list = new List<string?>(fact.Value.Count);
        foreach (var v in fact.Value)
        {
            list.Add(scheme.IdOf(v));
        }
        return list;
    }

    private static Fact<TEnum> Parse<TEnum>(string? id, EnumScheme<TEnum> scheme, string path)
        where TEnum : struct, Enum
    {
        if (id is null)
        {
            return default;
        }
        return JsonIds.Parse(id, scheme, path);
    }

    private static Fact<ValueSet<TEnum>> ParseSet<TEnum>(List<string?>? ids, EnumScheme<TEnum> scheme, string path)
        where TEnum : struct, Enum
    {
        if (ids is null)
        {
            return default;
        }
        var values = new List<TEnum>(ids.Count);
        for (int i = 0; i < ids.Count; i++)
        {
            string itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
            if (ids[i] is not { } id)
            {
                throw JsonErrors.At(itemPath, "null is not allowed in a list; omit the whole property if it is unknown.");
            }
            values.Add(Parse(id, scheme, itemPath).Value);
        }
        return ValueSet.Of<TEnum>(values);
    }

    private static Fact<ValueSet<string>> Names(List<string?>? names, string path)
    {
        if (names is null)
        {
            return default;
        }
        var values = new List<string>(names.Count);
        for (int i = 0; i < names.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(names[i]))
            {
                throw JsonErrors.At(string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), "names must not be null, empty or white space.");
            }
            values.Add(names[i]!);
        }
        return ValueSet.OfStrings(values);
    }

    private static Fact<double> Share(double? value, string path)
    {
        if (value is not { } v)
        {
            return default;
        }
        if (double.IsNaN(v) || v < 0.0 || v > 1.0)
        {
            throw JsonErrors.At(path, string.Create(CultureInfo.InvariantCulture, $"a share must be a number between 0 and 1 inclusive, but was {v:R}."));
        }
        return v;
    }

}
