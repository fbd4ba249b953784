using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MoDomain.Cooperation;
using MoDomain.Funding;
using MoDomain.Rules;
using MoDomain.Vocabulary;

namespace MoDomain.Interop;

/// <summary>Maps between the cooperation model and its JSON shape, validating with JSON paths.</summary>
internal static class CooperationMapper
{
    internal static CooperationMunicipalityDto ToDto(MunicipalityCooperation municipality) => new()
    {
        SchemaVersion = SchemaVersions.Current,
        Name = municipality.Name,
        SetUp = ToDto(municipality.SetUp),
        Records = [.. municipality.Records.Select(ToDto)],
    };

    internal static CooperationSetUpDto ToDto(MunicipalSetUp setUp) => new()
    {
        HasConcept = setUp.HasConcept.IsKnown ? setUp.HasConcept.Value : null,
        HasJobDescription = setUp.HasJobDescription.IsKnown ? setUp.HasJobDescription.Value : null,
        StaffShare = setUp.StaffShare.IsKnown ? CooperationVocabulary.ShareBands.IdOf(setUp.StaffShare.Value) : null,
        BudgetShare = setUp.BudgetShare.IsKnown ? CooperationVocabulary.ShareBands.IdOf(setUp.BudgetShare.Value) : null,
        RoomProvision = setUp.RoomProvision.IsKnown ? [.. setUp.RoomProvision.Value.Select(f => FundingVocabulary.RoomForms.IdOf(f))] : null,
        QualificationOffers = setUp.QualificationOffers.IsKnown ? [.. setUp.QualificationOffers.Value.Select(f => FundingVocabulary.QualificationWays.IdOf(f))] : null,
    };

    internal static CooperationRecordDto ToDto(CooperationRecord record) => new()
    {
        Id = record.Id,
        Title = record.Title,
        Mos = [.. record.Mos],
        Partners = [.. record.Partners.Select(p => new CooperationPartnerDto { Name = p.Name, Kind = CooperationVocabulary.PartnerKinds.IdOf(p.Kind) })],
        Level = CooperationVocabulary.Levels.IdOf(record.Level),
        Form = record.Form.IsKnown ? CooperationVocabulary.Forms.IdOf(record.Form.Value) : null,
        Topics = [.. record.Topics.Select(t => CooperationVocabulary.Topics.IdOf(t))],
        Initiator = record.Initiator.IsKnown ? CooperationVocabulary.Initiators.IdOf(record.Initiator.Value) : null,
        Roles = record.Roles.IsKnown ? [.. record.Roles.Value.Select(r => CooperationVocabulary.Roles.IdOf(r))] : null,
        Date = record.Period.IsSingleDate ? record.Period.Start : null,
        Start = record.Period.IsSingleDate ? null : record.Period.Start,
        End = record.Period.IsSingleDate ? null : record.Period.End,
    };

    /// <summary>The record array of a collection document in its declared version: <c>records</c> in version 1,
    /// <c>cooperationRecords</c> from version 2; the other version's name is refused with a hint.</summary>
    internal static (string Property, List<CooperationRecordDto>? Items) RecordsOf(CooperationRecordCollectionDto document, int version)
    {
#pragma warning disable CS0618 // the version 1 name is read on purpose, only for version 1 documents
        var versionOne = document.Records;
#pragma warning restore CS0618
        if (version < 2)
        {
            if (document.CooperationRecords is not null)
            {
                throw JsonErrors.At("$.cooperationRecords", "'cooperationRecords' is the name used from schemaVersion 2 on, but this document declares schemaVersion 1, where the array is named 'records'.");
            }
            return ("records", versionOne);
        }
        if (versionOne is not null)
        {
            throw JsonErrors.At("$.records", string.Create(CultureInfo.InvariantCulture, $"'records' is the schemaVersion 1 name of this array; in schemaVersion {version} it is 'cooperationRecords' (rename it, or declare \"schemaVersion\": 1)."));
        }
        return ("cooperationRecords", document.CooperationRecords);
    }

    internal static MunicipalityCooperation FromDto(CooperationMunicipalityDto? dto, string path)
    {
        if (dto is null)
        {
            throw JsonErrors.At(path, "expected a municipality object but found null.");
        }
        SchemaVersions.Check(dto.SchemaVersion, path + ".schemaVersion");
        if (string.IsNullOrWhiteSpace(dto.Name))
        {
            throw JsonErrors.At(path + ".name", "the required property 'name' is missing or blank.");
        }
        var setUp = dto.SetUp is null ? new MunicipalSetUp() : FromDto(dto.SetUp, path + ".setUp");
        if (dto.Records is null)
        {
            throw JsonErrors.At(path + ".records", "the required property 'records' is missing; write [] for a municipality without records.");
        }
        var records = new List<CooperationRecord>(dto.Records.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < dto.Records.Count; i++)
        {
            string itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}.records[{i}]");
            var record = FromDto(dto.Records[i], itemPath);
            if (!ids.Add(record.Id))
            {
                throw JsonErrors.At(itemPath + ".id", $"the record id '{record.Id}' is used twice.");
            }
            records.Add(record);
        }
        return new MunicipalityCooperation(dto.Name, setUp, records);
    }

    internal static MunicipalSetUp FromDto(CooperationSetUpDto dto, string path) => new(
        dto.HasConcept is { } concept ? concept : Fact<bool>.Unknown,
        dto.HasJobDescription is { } job ? job : Fact<bool>.Unknown,
        dto.StaffShare is null ? Fact<ShareBand>.Unknown : JsonIds.Parse(dto.StaffShare, CooperationVocabulary.ShareBands, path + ".staffShare"),
        dto.BudgetShare is null ? Fact<ShareBand>.Unknown : JsonIds.Parse(dto.BudgetShare, CooperationVocabulary.ShareBands, path + ".budgetShare"),
        dto.RoomProvision is null ? Fact<ValueSet<RoomForm>>.Unknown : Fact.Known(ParseSet(dto.RoomProvision, FundingVocabulary.RoomForms, path + ".roomProvision")),
        dto.QualificationOffers is null ? Fact<ValueSet<QualificationWay>>.Unknown : Fact.Known(ParseSet(dto.QualificationOffers, FundingVocabulary.QualificationWays, path + ".qualificationOffers")));

    internal static CooperationRecord FromDto(CooperationRecordDto? dto, string path)
    {
        if (dto is null)
        {
            throw JsonErrors.At(path, "expected a cooperation record object but found null.");
        }
        if (dto.Id is null || !ConceptIds.IsValid(dto.Id))
        {
            throw JsonErrors.At(path + ".id", dto.Id is null ? "the required property 'id' is missing." : $"'{JsonIds.Shorten(dto.Id)}' is not a valid id: use lower-case letters and digits separated by single hyphens.");
        }
        if (string.IsNullOrWhiteSpace(dto.Title))
        {
            throw JsonErrors.At(path + ".title", "the required property 'title' is missing or blank.");
        }
        var mos = RequiredList(dto.Mos, path + ".mos", "mos");
        for (int i = 0; i < mos.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(mos[i]))
            {
                throw JsonErrors.At(Index(path + ".mos", i), "an MO key must be a non-blank string.");
            }
            if (mos.IndexOf(mos[i]) != i)
            {
                throw JsonErrors.At(Index(path + ".mos", i), $"the MO '{mos[i]}' is listed twice.");
            }
        }
        var partnerDtos = RequiredList(dto.Partners, path + ".partners", "partners");
        var partners = new List<CooperationPartner>(partnerDtos.Count);
        for (int i = 0; i < partnerDtos.Count; i++)
        {
            string p = Index(path + ".partners", i);
            var partner = partnerDtos[i] ?? throw JsonErrors.At(p, "expected a partner object but found null.");
            if (string.IsNullOrWhiteSpace(partner.Name))
            {
                throw JsonErrors.At(p + ".name", "the required property 'name' is missing or blank.");
            }
            var model = new CooperationPartner(partner.Name, JsonIds.ParseRequired(partner.Kind, CooperationVocabulary.PartnerKinds, p + ".kind"));
            if (partners.Contains(model))
            {
                throw JsonErrors.At(p, $"the partner '{partner.Name}' is listed twice.");
            }
            partners.Add(model);
        }
        var level = JsonIds.ParseRequired(dto.Level, CooperationVocabulary.Levels, path + ".level");
        Fact<CooperationForm> form = default;
        if (dto.Form is not null)
        {
            form = JsonIds.Parse(dto.Form, CooperationVocabulary.Forms, path + ".form");
            if (!CooperationArrangement.HasForms(level))
            {
                throw JsonErrors.At(path + ".form", $"the level '{dto.Level}' has no forms; omit 'form'.");
            }
        }
        var topicIds = RequiredList(dto.Topics, path + ".topics", "topics");
        var topics = ParseSet(topicIds, CooperationVocabulary.Topics, path + ".topics");
        if (topics.IsEmpty)
        {
            throw JsonErrors.At(path + ".topics", "a record needs at least one topic; use \"other\" when none fits.");
        }
        Fact<CooperationInitiator> initiator = dto.Initiator is null ? Fact<CooperationInitiator>.Unknown : JsonIds.Parse(dto.Initiator, CooperationVocabulary.Initiators, path + ".initiator");
        Fact<ValueSet<CooperationRole>> roles = dto.Roles is null ? Fact<ValueSet<CooperationRole>>.Unknown : Fact.Known(ParseSet(dto.Roles, CooperationVocabulary.Roles, path + ".roles"));
        var period = Period(dto, path);
        return new CooperationRecord(dto.Id, dto.Title, mos!, partners, level, form, topics, initiator, roles, period);
    }

    private static CooperationPeriod Period(CooperationRecordDto dto, string path)
    {
        if (dto.Date is { } date)
        {
            if (dto.Start is not null || dto.End is not null)
            {
                throw JsonErrors.At(path + ".date", "give either 'date' or 'start' and 'end', not both.");
            }
            return CooperationPeriod.On(date);
        }
        if (dto.Start is not { } start || dto.End is not { } end)
        {
            throw JsonErrors.At(path + (dto.Start is null ? ".start" : ".end"), "a record needs 'date', or 'start' and 'end'.");
        }
        if (end < start)
        {
            throw JsonErrors.At(path + ".end", "the end lies before the start.");
        }
        return CooperationPeriod.Between(start, end);
    }

    private static List<T> RequiredList<T>(List<T>? list, string path, string name) =>
        list ?? throw JsonErrors.At(path, $"the required property '{name}' is missing.");

    private static ValueSet<TEnum> ParseSet<TEnum>(List<string?> ids, EnumScheme<TEnum> scheme, string path)
        where TEnum : struct, Enum
    {
        var values = new List<TEnum>(ids.Count);
        for (int i = 0; i < ids.Count; i++)
        {
            var value = JsonIds.ParseRequired(ids[i], scheme, Index(path, i));
            if (values.Contains(value))
            {
                throw JsonErrors.At(Index(path, i), $"'{ids[i]}' is listed twice.");
            }
            values.Add(value);
        }
        return ValueSet.Of(values);
    }

    private static string Index(string path, int i) => string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");

}
