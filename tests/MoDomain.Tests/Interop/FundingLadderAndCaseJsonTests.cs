using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using MoDomain.Funding;
using MoDomain.Interop;
using MoDomain.Samples;
using NodaTime;

namespace MoDomain.Tests.Interop;

/// <summary>Funding ladders and funding cases: reader error branches (with their JSON paths) and stream reading.</summary>
public sealed class FundingLadderAndCaseJsonTests
{
    private const string Rung = """{"form":"project-funding","policy":"p","rationale":{"en":"a","de":"b"},"source":"s"}""";

    private const string Ladder = """{"id":"l","label":{"en":"L","de":"M"},"rungs":[""" + Rung + "]}";

    private static string WithRung(Action<JsonObject> edit) =>
        JsonFailure.Edit(Ladder, o => o["rungs"] = new JsonArray(JsonNode.Parse(JsonFailure.Edit(Rung, edit))));

    /// <summary>The first sample case as a bare one-element array, edited.</summary>
    private static string Case(Action<JsonObject> edit)
    {
        var document = JsonFailure.Root(FundingJson.SerializeCases([SampleFunding.Cases[0]]));
        var item = document["fundingCases"]![0]!.AsObject();
        item.Remove("awards");
        item.Remove("worksInYouthWelfare");
        item.Remove("youthWelfareStart");
        edit(item);
        return new JsonArray(item.DeepClone()).ToJsonString();
    }

    private static string Award(string award) => Case(o => o["awards"] = JsonNode.Parse("[" + award + "]"));

    private static LocalDate AsOf => SampleFunding.Cases[0].Profile.AsOf;

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public void A_ladder_reads_every_rung_property()
    {
        var ladder = FundingJson.DeserializeLadder(Ladder);
        Assert.Equal("l", ladder.Id);
        Assert.Equal("M", ladder.Label.German);
        var rung = Assert.Single(ladder.Rungs);
        Assert.Equal(FundingForm.ProjectFunding, rung.Form);
        Assert.Equal("p", rung.PolicyId);
        Assert.Equal("b", rung.Rationale.German);
        Assert.Equal("s", rung.Source);
    }

    [Fact]
    public void Ladder_errors_name_the_path()
    {
        JsonFailure.Assert(() => FundingJson.DeserializeLadder("null"), "$", "expected a ladder object but found null.");
        JsonFailure.Assert(() => FundingJson.DeserializeLadder(JsonFailure.Edit(Ladder, o => o["schemaVersion"] = 3)), "$.schemaVersion", "schemaVersion 3 is newer");
        JsonFailure.Assert(() => FundingJson.DeserializeLadder(JsonFailure.Edit(Ladder, o => o["schemaVersion"] = 0)), "$.schemaVersion", "schemaVersion 0 is not a valid version");
        JsonFailure.Assert(() => FundingJson.DeserializeLadder(JsonFailure.Edit(Ladder, o => o.Remove("id"))), "$.id", "the required id is missing.");
        JsonFailure.Assert(() => FundingJson.DeserializeLadder(JsonFailure.Edit(Ladder, o => o["id"] = "Not An Id")), "$.id");
        JsonFailure.Assert(() => FundingJson.DeserializeLadder(JsonFailure.Edit(Ladder, o => o.Remove("label"))), "$.label", "the required text");
        JsonFailure.Assert(() => FundingJson.DeserializeLadder(JsonFailure.Edit(Ladder, o => o["rungs"] = new JsonArray())), "$.rungs", "a ladder needs at least one rung.");
        JsonFailure.Assert(() => FundingJson.DeserializeLadder(JsonFailure.Edit(Ladder, o => o.Remove("rungs"))), "$.rungs", "a ladder needs at least one rung.");
        JsonFailure.Assert(() => FundingJson.DeserializeLadder(JsonFailure.Edit(Ladder, o => o["rungs"] = JsonNode.Parse("[null]"))), "$.rungs[0]", "expected a rung object but found null.");
    }

    [Fact]
    public void Rung_errors_name_the_rung_property()
    {
        JsonFailure.Assert(() => FundingJson.DeserializeLadder(WithRung(o => o["policy"] = "Bad Policy")), "$.rungs[0].policy");
        JsonFailure.Assert(() => FundingJson.DeserializeLadder(WithRung(o => o["rationale"] = JsonNode.Parse("""{"en":"a","de":""}"""))), "$.rungs[0].rationale", "both 'en' and 'de'");
        JsonFailure.Assert(() => FundingJson.DeserializeLadder(WithRung(o => o.Remove("source"))), "$.rungs[0].source", "the required property 'source' is missing or blank.");
        JsonFailure.Assert(() => FundingJson.DeserializeLadder(WithRung(o => o["source"] = "")), "$.rungs[0].source", "the required property 'source' is missing or blank.");
        Assert.Null(Assert.Single(FundingJson.DeserializeLadder(WithRung(o => o.Remove("policy"))).Rungs).PolicyId);
    }

    [Fact]
    public void A_null_case_and_a_newer_case_are_refused_naming_the_item()
    {
        JsonFailure.Assert(() => FundingJson.DeserializeCases("[null]"), "$[0]", "expected a funding case object but found null.");
        JsonFailure.Assert(() => FundingJson.DeserializeCases("""{"fundingCases":[null]}"""), "$.fundingCases[0]", "expected a funding case object but found null.");
        JsonFailure.Assert(() => FundingJson.DeserializeCases(Case(o => o["schemaVersion"] = 3)), "$[0].schemaVersion", "schemaVersion 3 is newer");
        JsonFailure.Assert(() => FundingJson.DeserializeCases(Case(o => o.Remove("profile"))), "$[0].profile", "the required property 'profile' is missing.");
        JsonFailure.Assert(() => FundingJson.DeserializeCases(Case(o => o["profile"]!.AsObject().Remove("name"))), "$[0].profile.name", "the required property 'name' is missing or blank.");
    }

    [Fact]
    public void Youth_welfare_start_must_agree_with_works_in_youth_welfare()
    {
        JsonFailure.Assert(
            () => FundingJson.DeserializeCases(Case(o => { o["worksInYouthWelfare"] = false; o["youthWelfareStart"] = Iso(AsOf.PlusYears(-1)); })),
            "$[0].worksInYouthWelfare",
            "false contradicts the known youthWelfareStart.");
        JsonFailure.Assert(
            () => FundingJson.DeserializeCases(Case(o => { o["worksInYouthWelfare"] = true; o["youthWelfareStart"] = Iso(AsOf.PlusDays(1)); })),
            "$[0].youthWelfareStart",
            "a start after the profile's asOf contradicts worksInYouthWelfare = true.");
        var onTheDay = Assert.Single(FundingJson.DeserializeCases(Case(o => { o["worksInYouthWelfare"] = true; o["youthWelfareStart"] = Iso(AsOf); })));
        Assert.Equal(AsOf, onTheDay.YouthWelfareStart.Value);
        Assert.True(onTheDay.WorksInYouthWelfare.Value);
        var before = Assert.Single(FundingJson.DeserializeCases(Case(o => { o["worksInYouthWelfare"] = true; o["youthWelfareStart"] = Iso(AsOf.PlusDays(-1)); })));
        Assert.Equal(AsOf.PlusDays(-1), before.YouthWelfareStart.Value);
    }

    [Fact]
    public void Award_errors_name_the_award_property()
    {
        const string ok = """{"form":"project-grant","funder":"land","start":"2025-01-01","end":"2025-12-31"}""";
        JsonFailure.Assert(() => FundingJson.DeserializeCases(Award("null")), "$[0].awards[0]", "expected an award object but found null.");
        JsonFailure.Assert(() => FundingJson.DeserializeCases(Award(JsonFailure.Edit(ok, o => o["form"] = "grant"))), "$[0].awards[0].form", "'grant' is not a known");
        JsonFailure.Assert(() => FundingJson.DeserializeCases(Award(JsonFailure.Edit(ok, o => o["funder"] = "lnd"))), "$[0].awards[0].funder", "'lnd' is not a known");
        JsonFailure.Assert(() => FundingJson.DeserializeCases(Award(JsonFailure.Edit(ok, o => o.Remove("start")))), "$[0].awards[0].start", "the required property 'start' (yyyy-MM-dd) is missing.");
        JsonFailure.Assert(() => FundingJson.DeserializeCases(Award(JsonFailure.Edit(ok, o => o["end"] = "2024-12-31"))), "$[0].awards[0].end", "the award ends before it starts.");
        JsonFailure.Assert(
            () => FundingJson.DeserializeCases(Award(JsonFailure.Edit(ok, o => { o["amount"] = -1; o["currency"] = "EUR"; }))),
            "$[0].awards[0].amount",
            "an amount cannot be negative.");
        JsonFailure.Assert(
            () => FundingJson.DeserializeCases(Award(JsonFailure.Edit(ok, o => { o["amount"] = 10; o["currency"] = "eur"; }))),
            "$[0].awards[0].currency",
            "'eur' is not an ISO 4217 code (three upper-case letters).");
    }

    [Fact]
    public void An_award_of_zero_and_a_one_day_award_are_accepted()
    {
        var award = Assert.Single(Assert.Single(FundingJson.DeserializeCases(Award(
            """{"form":"project-grant","funder":"land","start":"2025-01-01","end":"2025-01-01","amount":0,"currency":"EUR"}"""))).Awards.Awards);
        Assert.Equal(0m, award.Amount!.Value);
        Assert.Equal("EUR", award.Amount!.Currency);
        Assert.Equal(award.Start, award.End);
    }

    [Fact]
    public void Streams_are_read_and_left_open()
    {
        var policy = FundingJson.DeserializePolicy("""{"id":"p","label":{"en":"P","de":"Q"},"source":"s","requirements":[{"kind":"trust-building"}]}""");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(FundingJson.SerializePolicy(policy)));
        Assert.Equal(policy, FundingJson.ReadPolicy(stream));
        Assert.True(stream.CanRead);
        stream.Position = 0;
        Assert.Equal(policy, FundingJson.ReadPolicy(stream));
    }

    [Fact]
    public void A_stream_with_a_utf16_byte_order_mark_is_refused_and_a_utf8_mark_is_skipped()
    {
        // Issue 16: JSON is read as UTF-8 only; a UTF-16 stream is refused, not decoded by its mark.
        string json = FundingJson.SerializeLadder(FundingLadder.Default);
        using var stream = new MemoryStream(new UnicodeEncoding(bigEndian: false, byteOrderMark: true).GetPreamble().Concat(Encoding.Unicode.GetBytes(json)).ToArray());
        var ex = Assert.Throws<System.Text.Json.JsonException>(() => FundingJson.ReadLadder(stream));
        Assert.StartsWith("$: the document is UTF-16 (little-endian, with byte-order mark)", ex.Message, StringComparison.Ordinal);
        using var cases = new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(FundingJson.SerializeCases(SampleFunding.Cases))).ToArray());
        Assert.Equal(SampleFunding.Cases.Length, FundingJson.ReadCases(cases).Length);
    }
}
