using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MoDomain.Funding;
using MoDomain.Rules;
using MoDomain.Vocabulary;
using NodaTime;

namespace MoDomain.Interop;

/// <summary>Maps funding policies, ladders and cases to and from their DTOs, naming the JSON path of every error.</summary>
internal static class FundingMapper
{
    internal static FundingPolicyDto ToDto(FundingPolicy policy, bool withSchemaVersion) => new()
    {
        SchemaVersion = withSchemaVersion ? SchemaVersions.Current : null,
        Id = policy.Id,
        Label = Text(policy.Label),
        Source = policy.Source,
        Requirements = [.. policy.Requirements.Select(ToDto)],
    };

    internal static FundingRequirementDto? ToDto(FundingRequirement r) => !r.IsBuiltIn ? new FundingRequirementDto { Kind = r.Id } : new()
    {
        Kind = r.Id,
        MinimumYears = r.Kind == FundingRequirementKind.DemonstrableSuccess ? r.MinimumYears : null,
        MinimumStatus = r.Kind == FundingRequirementKind.YouthWelfareRecognition ? FundingVocabulary.RecognitionStatuses.IdOf(r.MinimumStatus) : null,
        OnlyForFunders = r.Kind == FundingRequirementKind.YouthWelfareRecognition && !r.OnlyForFunders.IsEmpty ? [.. r.OnlyForFunders.Select(f => FundingVocabulary.Funders.IdOf(f))] : null,
        SubdivisionsRecognisedByLaw = r.Kind == FundingRequirementKind.YouthWelfareRecognition ? r.SubdivisionsRecognisedByLaw.Id : null,
    };

    internal static FundingPolicy FromDto(FundingPolicyDto? dto, string path) => FromDto(dto, path, FundingRequirementRegistry.Empty);

    internal static FundingPolicy FromDto(FundingPolicyDto? dto, string path, FundingRequirementRegistry registry)
    {
        if (dto is null)
        {
            throw JsonErrors.At(path, "expected a policy object but found null.");
        }
        SchemaVersions.Check(dto.SchemaVersion, path + ".schemaVersion");
        string id = RequiredId(dto.Id, path + ".id");
        var label = FromText(dto.Label, path + ".label");
        string source = string.IsNullOrWhiteSpace(dto.Source) ? throw JsonErrors.At(path + ".source", "the required property 'source' is missing or blank.") : dto.Source;
        if (dto.Requirements is null || dto.Requirements.Count == 0)
        {
            throw JsonErrors.At(path + ".requirements", "a policy needs at least one requirement.");
        }
        var requirements = new List<FundingRequirement>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < dto.Requirements.Count; i++)
        {
            string at = string.Create(CultureInfo.InvariantCulture, $"{path}.requirements[{i}]");
            var r = FromDto(dto.Requirements[i], at, registry);
            if (!seen.Add(r.Id))
            {
                throw JsonErrors.At(at + ".kind", $"the requirement '{r.Id}' appears twice.");
            }
            requirements.Add(r);
        }
        return new FundingPolicy(id, label, source, requirements);
    }

    private static FundingRequirement FromDto(FundingRequirementDto? dto, string path, FundingRequirementRegistry registry)
    {
        if (dto is null)
        {
            throw JsonErrors.At(path, "expected a requirement object but found null.");
        }
        if (dto.Kind is not null && !FundingVocabulary.RequirementKinds.TryParse(dto.Kind, out _))
        {
            return Custom(dto, path, registry);
        }
        var kind = JsonIds.ParseRequired(dto.Kind, FundingVocabulary.RequirementKinds, path + ".kind");
        bool youth = kind == FundingRequirementKind.YouthWelfareRecognition;
        if (kind != FundingRequirementKind.DemonstrableSuccess && dto.MinimumYears is not null)
        {
            throw JsonErrors.At(path + ".minimumYears", $"'minimumYears' applies only to 'demonstrable-success', not to '{dto.Kind}'.");
        }
        if (!youth && (dto.MinimumStatus is not null || dto.OnlyForFunders is not null || dto.SubdivisionsRecognisedByLaw is not null))
        {
            throw JsonErrors.At(path, $"'minimumStatus', 'onlyForFunders' and 'subdivisionsRecognisedByLaw' apply only to 'youth-welfare-recognition', not to '{dto.Kind}'.");
        }
        if (kind == FundingRequirementKind.DemonstrableSuccess)
        {
            int years = dto.MinimumYears ?? FundingRequirement.DefaultSuccessYears;
            if (years is < 0 or > 200)
            {
                throw JsonErrors.At(path + ".minimumYears", string.Create(CultureInfo.InvariantCulture, $"{years} is out of range (0 to 200)."));
            }
            return FundingRequirement.DemonstrableSuccess(years);
        }
        if (!youth)
        {
            return FundingRequirement.Of(kind);
        }
        var minimum = dto.MinimumStatus is null ? RecognitionStatus.Entitled : JsonIds.Parse(dto.MinimumStatus, FundingVocabulary.RecognitionStatuses, path + ".minimumStatus");
        if (minimum is RecognitionStatus.NotRecognisable or RecognitionStatus.Undetermined or RecognitionStatus.NotApplicable)
        {
            throw JsonErrors.At(path + ".minimumStatus", "the minimum status must be may-be-recognised, entitled or recognised-by-law.");
        }
        var funders = new List<FunderKind>();
        for (int i = 0; i < (dto.OnlyForFunders?.Count ?? 0); i++)
        {
            string at = string.Create(CultureInfo.InvariantCulture, $"{path}.onlyForFunders[{i}]");
            var f = JsonIds.ParseRequired(dto.OnlyForFunders![i], FundingVocabulary.Funders, at);
            if (funders.Contains(f))
            {
                throw JsonErrors.At(at, $"the funder '{dto.OnlyForFunders[i]}' appears twice.");
            }
            funders.Add(f);
        }
        var subdivisions = Truth.Unknown;
        if (dto.SubdivisionsRecognisedByLaw is not null && !Truth.TryParse(dto.SubdivisionsRecognisedByLaw, out subdivisions))
        {
            throw JsonErrors.At(path + ".subdivisionsRecognisedByLaw", $"'{JsonIds.Shorten(dto.SubdivisionsRecognisedByLaw)}' is not yes, no or unknown.");
        }
        return FundingRequirement.YouthWelfareRecognition(minimum, funders, subdivisions);
    }

    // A custom requirement: the id alone, resolved through the registry the caller passed to the reader.
    private static FundingRequirement Custom(FundingRequirementDto dto, string path, FundingRequirementRegistry registry)
    {
        string id = dto.Kind!;
        if (!registry.TryGet(id, out var requirement))
        {
            string hint = FundingVocabulary.RequirementKinds.Suggest(id);
            throw JsonErrors.At(
                path + ".kind",
                $"'{JsonIds.Shorten(id)}' is neither a built-in requirement kind nor registered in the FundingRequirementRegistry passed to the reader; {(hint.Length == 0 ? string.Empty : hint + " ")}built-in: {FundingVocabulary.RequirementKinds.KnownIds()}; registered: {registry}.");
        }
        if (dto.MinimumYears is not null || dto.MinimumStatus is not null || dto.OnlyForFunders is not null || dto.SubdivisionsRecognisedByLaw is not null)
        {
            throw JsonErrors.At(path, $"the custom requirement '{id}' takes no parameters; 'minimumYears', 'minimumStatus', 'onlyForFunders' and 'subdivisionsRecognisedByLaw' belong to built-in kinds.");
        }
        return requirement;
    }

    internal static FundingLadderDto ToDto(FundingLadder ladder) => new()
    {
        SchemaVersion = SchemaVersions.Current,
        Id = ladder.Id,
        Label = Text(ladder.Label),
        Rungs = [.. ladder.Rungs.Select(r => (FundingRungDto?)new FundingRungDto
        {
            Form = FundingVocabulary.Forms.IdOf(r.Form),
            Policy = r.PolicyId,
            Rationale = Text(r.Rationale),
            Source = r.Source,
        })],
    };

    internal static FundingLadder FromDto(FundingLadderDto? dto, string path)
    {
        if (dto is null)
        {
            throw JsonErrors.At(path, "expected a ladder object but found null.");
        }
        SchemaVersions.Check(dto.SchemaVersion, path + ".schemaVersion");
        string id = RequiredId(dto.Id, path + ".id");
        var label = FromText(dto.Label, path + ".label");
        if (dto.Rungs is null || dto.Rungs.Count == 0)
        {
            throw JsonErrors.At(path + ".rungs", "a ladder needs at least one rung.");
        }
        var rungs = new List<FundingRung>();
        var firstIndex = new Dictionary<FundingForm, int>();
        for (int i = 0; i < dto.Rungs.Count; i++)
        {
            string at = string.Create(CultureInfo.InvariantCulture, $"{path}.rungs[{i}]");
            var r = dto.Rungs[i] ?? throw JsonErrors.At(at, "expected a rung object but found null.");
            var form = JsonIds.ParseRequired(r.Form, FundingVocabulary.Forms, at + ".form");
            if (!firstIndex.TryAdd(form, i))
            {
                throw JsonErrors.At(at + ".form", string.Create(CultureInfo.InvariantCulture, $"the form '{r.Form}' already is rung {firstIndex[form]}; a duplicate rung would make the ladder cyclic."));
            }
            string? policy = r.Policy is null ? null : RequiredId(r.Policy, at + ".policy");
            var rationale = FromText(r.Rationale, at + ".rationale");
            string source = string.IsNullOrWhiteSpace(r.Source) ? throw JsonErrors.At(at + ".source", "the required property 'source' is missing or blank.") : r.Source;
            rungs.Add(new FundingRung(form, policy, rationale, source));
        }
        return new FundingLadder(id, label, rungs);
    }

    internal static FundingCaseDto ToDto(FundingCase c, bool withSchemaVersion) => new()
    {
        SchemaVersion = withSchemaVersion ? SchemaVersions.Current : null,
        Profile = ProfileMapper.ToDto(c.Profile, withSchemaVersion: false),
        LegalPersonKind = c.LegalPersonKind.IsKnown ? FundingVocabulary.LegalPersonKinds.IdOf(c.LegalPersonKind.Value) : null,
        PaidStructures = Nullable(c.PaidStructures),
        OffersBeyondOwnCommunity = Nullable(c.OffersBeyondOwnCommunity),
        SuccessRecordSince = Nullable(c.SuccessRecordSince),
        WorksInYouthWelfare = Nullable(c.WorksInYouthWelfare),
        YouthWelfareStart = Nullable(c.YouthWelfareStart),
        ProfessionalPrerequisites = Nullable(c.ProfessionalPrerequisites),
        ConduciveToBasicLaw = Nullable(c.ConduciveToBasicLaw),
        PartnerInterculturalStaff = Nullable(c.PartnerInterculturalStaff),
        TrustBuilding = Nullable(c.TrustBuilding),
        ResourcesProvided = Nullable(c.ResourcesProvided),
        Awards = c.Awards.Awards.IsEmpty ? null : [.. c.Awards.Awards.Select(a => (FundingAwardDto?)new FundingAwardDto
        {
            Form = FundingVocabulary.Forms.IdOf(a.Form),
            Funder = FundingVocabulary.Funders.IdOf(a.Funder),
            Start = a.Start,
            End = a.End,
            Amount = a.Amount?.Value,
            Currency = a.Amount?.Currency,
        })],
        CallerFacts = c.CallerFacts.Count == 0 ? null : c.CallerFacts.Entries.ToDictionary(f => f.Key, f => f.Value.IsKnown ? f.Value.Value : null, StringComparer.Ordinal),
    };

    internal static FundingCase FromDto(FundingCaseDto? dto, string path)
    {
        if (dto is null)
        {
            throw JsonErrors.At(path, "expected a funding case object but found null.");
        }
        SchemaVersions.Check(dto.SchemaVersion, path + ".schemaVersion");
        if (dto.Profile is null)
        {
            throw JsonErrors.At(path + ".profile", "the required property 'profile' is missing.");
        }
        var profile = ProfileMapper.FromDto(dto.Profile, path + ".profile");
        var awards = new List<FundingAward>();
        for (int i = 0; i < (dto.Awards?.Count ?? 0); i++)
        {
            awards.Add(FromDto(dto.Awards![i], string.Create(CultureInfo.InvariantCulture, $"{path}.awards[{i}]")));
        }
        Fact<LegalPersonKind> kind = dto.LegalPersonKind is null ? default(Fact<LegalPersonKind>) : JsonIds.Parse(dto.LegalPersonKind, FundingVocabulary.LegalPersonKinds, path + ".legalPersonKind");
        if (dto.YouthWelfareStart is { } start && dto.WorksInYouthWelfare is { } works)
        {
            if (!works)
            {
                throw JsonErrors.At(path + ".worksInYouthWelfare", "false contradicts the known youthWelfareStart.");
            }
            if (start > profile.AsOf)
            {
                throw JsonErrors.At(path + ".youthWelfareStart", "a start after the profile's asOf contradicts worksInYouthWelfare = true.");
            }
        }
        var callerFacts = CallerFactsFromDto(dto.CallerFacts, path + ".callerFacts");
        var fundingCase = new FundingCase(
            profile,
            kind,
            Fact(dto.PaidStructures),
            Fact(dto.OffersBeyondOwnCommunity),
            Fact(dto.SuccessRecordSince),
            Fact(dto.WorksInYouthWelfare),
            Fact(dto.YouthWelfareStart),
            Fact(dto.ProfessionalPrerequisites),
            Fact(dto.ConduciveToBasicLaw),
            Fact(dto.PartnerInterculturalStaff),
            Fact(dto.TrustBuilding),
            Fact(dto.ResourcesProvided),
            new AwardHistory(awards));
        return callerFacts.Count == 0 ? fundingCase : fundingCase.WithCallerFacts(callerFacts);
    }

    private static CallerFacts CallerFactsFromDto(Dictionary<string, string?>? facts, string path)
    {
        var result = CallerFacts.Empty;
        foreach (var (id, value) in facts ?? [])
        {
            string at = path + "." + JsonIds.Shorten(id);
            if (!ConceptIds.IsValid(id))
            {
                throw JsonErrors.At(at, $"'{JsonIds.Shorten(id)}' is not a valid fact id: use lower-case letters and digits separated by single hyphens.");
            }
            if (FundingFacts.IsReserved(id))
            {
                throw JsonErrors.At(at, $"'{id}' is a fact the library models itself; give it as the case's own property, or use another id.");
            }
            if (value is not null && string.IsNullOrWhiteSpace(value))
            {
                throw JsonErrors.At(at, "a caller fact's value must not be blank; use null for unknown.");
            }
            result = result.With(id, value is null ? default : new Fact<string>(value));
        }
        return result;
    }

    private static FundingAward FromDto(FundingAwardDto? dto, string path)
    {
        if (dto is null)
        {
            throw JsonErrors.At(path, "expected an award object but found null.");
        }
        var form = JsonIds.ParseRequired(dto.Form, FundingVocabulary.Forms, path + ".form");
        var funder = JsonIds.ParseRequired(dto.Funder, FundingVocabulary.Funders, path + ".funder");
        var start = dto.Start ?? throw JsonErrors.At(path + ".start", "the required property 'start' (yyyy-MM-dd) is missing.");
        if (dto.End is { } end && end < start)
        {
            throw JsonErrors.At(path + ".end", "the award ends before it starts.");
        }
        if (dto.End is null && FundingVocabulary.TraitsOf(form).TimeLimited.IsYes)
        {
            throw JsonErrors.At(path + ".end", $"a '{dto.Form}' award is time-limited and needs an end date.");
        }
        FundingAmount? amount = null;
        if (dto.Amount is not null || dto.Currency is not null)
        {
            if (dto.Amount is not { } value || dto.Currency is null)
            {
                throw JsonErrors.At(path, "'amount' and 'currency' must be given together.");
            }
            if (value < 0m)
            {
                throw JsonErrors.At(path + ".amount", "an amount cannot be negative.");
            }
            if (!FundingAmount.IsCurrencyCode(dto.Currency))
            {
                throw JsonErrors.At(path + ".currency", $"'{JsonIds.Shorten(dto.Currency)}' is not an ISO 4217 code (three upper-case letters).");
            }
            amount = new FundingAmount(value, dto.Currency);
        }
        return new FundingAward(form, funder, start, dto.End, amount);
    }

    private static string RequiredId(string? id, string path)
    {
        if (id is null)
        {
            throw JsonErrors.At(path, "the required id is missing.");
        }
        try
        {
            return ConceptIds.Check(id);
        }
        catch (ArgumentException ex)
        {
            throw JsonErrors.At(path, ex.Message);
        }
    }

    private static TextDto Text(LocalizedText text) => new() { En = text.English, De = text.German };

    private static LocalizedText FromText(TextDto? dto, string path)
    {
        if (dto is null)
        {
            throw JsonErrors.At(path, "the required text {\"en\":…,\"de\":…} is missing.");
        }
        if (string.IsNullOrWhiteSpace(dto.En) || string.IsNullOrWhiteSpace(dto.De))
        {
            throw JsonErrors.At(path, "both 'en' and 'de' are required and must not be blank.");
        }
        return new LocalizedText(dto.En, dto.De);
    }

    private static bool? Nullable(Fact<bool> fact) => fact.IsKnown ? fact.Value : null;

    private static LocalDate? Nullable(Fact<LocalDate> fact) => fact.IsKnown ? fact.Value : null;

    private static Fact<T> Fact<T>(T? value)
        where T : struct => value is { } v ? new Fact<T>(v) : default;
}
