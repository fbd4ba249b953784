using System;
using System.Linq;
using System.Text.Json;
using MoDomain.Funding;
using MoDomain.Interop;
using MoDomain.Samples;

namespace MoDomain.Tests.Funding;

public sealed class FundingJsonTests
{
    private static void Fails(Action read, string path, string? fragment = null)
    {
        var ex = Assert.Throws<JsonException>(read);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        if (fragment is not null)
        {
            Assert.Contains(fragment, ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_municipal_guideline_reads_from_json_without_code()
    {
        const string json = """
            {
              "schemaVersion": 1,
              "id": "musterstadt-strukturfoerderung",
              "label": { "en": "Musterstadt structural funding", "de": "Strukturförderung Musterstadt" },
              "source": "Förderrichtlinie Musterstadt 2026 (fictional)",
              "requirements": [
                { "kind": "recognised-non-profit" },
                { "kind": "demonstrable-success", "minimumYears": 2 },
                { "kind": "youth-welfare-recognition", "minimumStatus": "may-be-recognised", "onlyForFunders": ["municipal-youth-education-department"], "subdivisionsRecognisedByLaw": "no" }
              ]
            }
            """;
        var policy = FundingJson.DeserializePolicy(json);
        Assert.Equal("musterstadt-strukturfoerderung", policy.Id);
        Assert.Equal(2, policy.Requirements[1].MinimumYears);
        Assert.Equal(RecognitionStatus.MayBeRecognised, policy.Requirements[2].MinimumStatus);
        Assert.Equal(policy, FundingJson.DeserializePolicy(FundingJson.SerializePolicy(policy)));
        var result = policy.Evaluate(SampleFunding.For("anadolu-kulturverein"), SampleFunding.AsOf);
        Assert.True(result.Outcome.IsYes);
    }

    [Fact]
    public void Policy_errors_name_the_json_path()
    {
        Fails(() => FundingJson.DeserializePolicy("""{"id":"p","label":{"en":"P","de":"P"},"source":"s","requirements":[{"kind":"paid-structure"}]}"""), "$.requirements[0].kind", "paid-structures");
        Fails(() => FundingJson.DeserializePolicy("""{"id":"p","label":{"en":"P","de":"P"},"source":"s","requirements":[{"kind":"trust-building","minimumYears":3}]}"""), "$.requirements[0].minimumYears");
        Fails(() => FundingJson.DeserializePolicy("""{"id":"p","label":{"en":"P","de":"P"},"source":"s","requirements":[{"kind":"trust-building"},{"kind":"trust-building"}]}"""), "$.requirements[1].kind");
        Fails(() => FundingJson.DeserializePolicy("""{"id":"p","label":{"en":"P","de":"P"},"source":"s","requirements":[]}"""), "$.requirements");
        Fails(() => FundingJson.DeserializePolicy("""{"id":"P Q","label":{"en":"P","de":"P"},"source":"s","requirements":[{"kind":"trust-building"}]}"""), "$.id");
        Fails(() => FundingJson.DeserializePolicy("""{"schemaVersion":3,"id":"p","label":{"en":"P","de":"P"},"source":"s","requirements":[{"kind":"trust-building"}]}"""), "$.schemaVersion");
        Fails(() => FundingJson.DeserializePolicy("""{"id":"p","label":{"en":"P","de":"P"},"source":"s","requirements":[{"kind":"trust-building"}],"extra":1}"""), "extra");
        Fails(() => FundingJson.DeserializePolicy("""{"id":"p","id":"q","label":{"en":"P","de":"P"},"source":"s","requirements":[{"kind":"trust-building"}]}"""), "id");
        Fails(() => FundingJson.DeserializePolicy("""{"id":"p","label":{"en":"P","de":"P"},"source":"s","requirements":[{"kind":"youth-welfare-recognition","minimumStatus":"undetermined"}]}"""), "$.requirements[0].minimumStatus");
        Fails(() => FundingJson.DeserializePolicy("""{"id":"p","label":{"en":"P","de":"P"},"source":"s","requirements":[{"kind":"youth-welfare-recognition","minimumStatus":"not-applicable"}]}"""), "$.requirements[0].minimumStatus");
        Fails(() => FundingJson.DeserializePolicy("""{"id":"p","label":{"en":"P","de":"P"},"source":"s","requirements":[{"kind":"youth-welfare-recognition","subdivisionsRecognisedByLaw":"maybe"}]}"""), "$.requirements[0].subdivisionsRecognisedByLaw");
    }

    [Fact]
    public void Ladder_errors_name_the_json_path()
    {
        Fails(() => FundingJson.DeserializeLadder("""{"id":"l","label":{"en":"L","de":"L"},"rungs":[]}"""), "$.rungs");
        Fails(() => FundingJson.DeserializeLadder("""{"id":"l","label":{"en":"L","de":"L"},"rungs":[{"form":"project-funding","rationale":{"en":"a","de":"a"},"source":"s"},{"form":"project-funding","rationale":{"en":"b","de":"b"},"source":"s"}]}"""), "$.rungs[1].form", "cyclic");
        Fails(() => FundingJson.DeserializeLadder("""{"id":"l","label":{"en":"L","de":"L"},"rungs":[{"form":"projekt","rationale":{"en":"a","de":"a"},"source":"s"}]}"""), "$.rungs[0].form");
        var ladder = FundingJson.DeserializeLadder(FundingJson.SerializeLadder(FundingLadder.Default));
        Assert.Equal(FundingLadder.Default, ladder);
    }

    [Fact]
    public void Funding_cases_round_trip_and_awards_are_checked()
    {
        var json = FundingJson.SerializeCases(SampleFunding.Cases);
        var back = FundingJson.DeserializeCases(json);
        Assert.Equal(SampleFunding.Cases.Length, back.Length);
        for (int i = 0; i < back.Length; i++)
        {
            Assert.Equal(SampleFunding.Cases[i].Awards, back[i].Awards);
            Assert.Equal(SampleFunding.Cases[i].YouthWelfareStart, back[i].YouthWelfareStart);
            Assert.Equal(SampleFunding.Cases[i].LegalPersonKind, back[i].LegalPersonKind);
            foreach (var policy in FundingPolicies.All)
            {
                Assert.Equal(policy.Decide(new FundingSubject(SampleFunding.Cases[i], SampleFunding.AsOf)), policy.Decide(new FundingSubject(back[i], SampleFunding.AsOf)));
            }
        }
        Assert.Equal(json, FundingJson.SerializeCases(back));
        const string profile = """{"name":"X e.V.","asOf":"2026-01-01"}""";
        Fails(() => FundingJson.DeserializeCases($$"""[{"profile":{{profile}},"awards":[{"form":"project-grant","funder":"land","start":"2025-02-01","end":"2025-01-01"}]}]"""), "$[0].awards[0].end");
        Fails(() => FundingJson.DeserializeCases($$"""[{"profile":{{profile}},"awards":[{"form":"project-grant","funder":"land","start":"2025-02-01"}]}]"""), "$[0].awards[0].end", "time-limited");
        Fails(() => FundingJson.DeserializeCases($$"""[{"profile":{{profile}},"awards":[{"form":"institutional-funding","funder":"land","start":"2025-02-01","amount":5}]}]"""), "$[0].awards[0]", "together");
        Fails(() => FundingJson.DeserializeCases($$"""[{"profile":{{profile}},"awards":[{"form":"institutional-funding","funder":"land","start":"2025-02-01","amount":5,"currency":"euro"}]}]"""), "$[0].awards[0].currency");
        Fails(() => FundingJson.DeserializeCases($$"""{"schemaVersion":1,"fundingCases":[{"profile":{{profile}},"legalPersonKind":"verein"}]}"""), "$.fundingCases[0].legalPersonKind");
        Fails(() => FundingJson.DeserializeCases($$"""[{"profile":{{profile}},"worksInYouthWelfare":false,"youthWelfareStart":"2020-01-01"}]"""), "$[0].worksInYouthWelfare");
        var open = FundingJson.DeserializeCases($$"""[{"profile":{{profile}},"awards":[{"form":"institutional-funding","funder":"municipal-culture-department","start":"2025-02-01"}]}]""");
        Assert.True(open[0].Awards.Awards.Single().IsOpenEnded);
    }
}
