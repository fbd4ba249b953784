using System;
using System.Linq;
using System.Text.Json.Nodes;
using MoDomain.Funding;
using MoDomain.Interop;
using MoDomain.Rules;

namespace MoDomain.Tests.Interop;

/// <summary>Funding policy reading: every error branch names its JSON path and says what is wrong.</summary>
public sealed class FundingPolicyJsonReaderTests
{
    private const string Policy = """{"id":"p","label":{"en":"P","de":"Q"},"source":"s","requirements":[{"kind":"trust-building"}]}""";

    private static string WithRequirement(string requirement) =>
        JsonFailure.Edit(Policy, o => o["requirements"] = JsonNode.Parse("[" + requirement + "]"));

    private static string With(Action<JsonObject> edit) => JsonFailure.Edit(Policy, edit);

    [Fact]
    public void Null_arguments_are_refused_naming_the_parameter()
    {
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => FundingJson.SerializePolicy(null!)).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => FundingJson.DeserializePolicy(null!)).ParamName);
        Assert.Equal("policies", Assert.Throws<ArgumentNullException>(() => FundingJson.SerializePolicies(null!)).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => FundingJson.DeserializePolicies(null!)).ParamName);
        Assert.Equal("ladder", Assert.Throws<ArgumentNullException>(() => FundingJson.SerializeLadder(null!)).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => FundingJson.DeserializeLadder(null!)).ParamName);
        Assert.Equal("cases", Assert.Throws<ArgumentNullException>(() => FundingJson.SerializeCases(null!)).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => FundingJson.DeserializeCases(null!)).ParamName);
    }

    [Fact]
    public void A_null_element_is_refused_with_an_argument_exception_naming_the_sequence()
    {
        var policy = FundingJson.DeserializePolicy(Policy);
        var ex = Assert.Throws<ArgumentException>(() => FundingJson.SerializePolicies([policy, null!]));
        Assert.Equal("policies", ex.ParamName);
        Assert.Contains("null elements", ex.Message, StringComparison.Ordinal);
        var cases = Assert.Throws<ArgumentException>(() => FundingJson.SerializeCases([null!]));
        Assert.Equal("cases", cases.ParamName);
        Assert.Contains("null elements", cases.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_policy_names_its_place()
    {
        JsonFailure.Assert(() => FundingJson.DeserializePolicy("null"), "$", "expected a policy object but found null.");
        JsonFailure.Assert(() => FundingJson.DeserializePolicies("[null]"), "$[0]", "expected a policy object but found null.");
        JsonFailure.Assert(() => FundingJson.DeserializePolicies("""{"schemaVersion":2,"policies":[null]}"""), "$.policies[0]", "expected a policy object but found null.");
    }

    [Fact]
    public void Errors_inside_a_policy_document_are_prefixed_with_the_policies_array()
    {
        string bad = With(o => o["id"] = "P Q");
        JsonFailure.Assert(() => FundingJson.DeserializePolicies("""{"policies":[""" + Policy + "," + bad + "]}"), "$.policies[1].id");
        JsonFailure.Assert(() => FundingJson.DeserializePolicies("""{"schemaVersion":2}"""), "$.policies", "the required property 'policies' is missing.");
        JsonFailure.Assert(() => FundingJson.DeserializePolicies("null"), "$", "expected a document with 'policies' or an array but found null.");
    }

    [Fact]
    public void Policy_ids_labels_and_sources_are_required()
    {
        JsonFailure.Assert(() => FundingJson.DeserializePolicy(With(o => o.Remove("id"))), "$.id", "the required id is missing.");
        JsonFailure.Assert(() => FundingJson.DeserializePolicy(With(o => o.Remove("label"))), "$.label", "the required text {\"en\":…,\"de\":…} is missing.");
        JsonFailure.Assert(() => FundingJson.DeserializePolicy(With(o => o.Remove("source"))), "$.source", "the required property 'source' is missing or blank.");
        JsonFailure.Assert(() => FundingJson.DeserializePolicy(With(o => o["source"] = "  ")), "$.source", "the required property 'source' is missing or blank.");
        JsonFailure.Assert(() => FundingJson.DeserializePolicy(With(o => o.Remove("requirements"))), "$.requirements", "a policy needs at least one requirement.");
        JsonFailure.Assert(() => FundingJson.DeserializePolicy(WithRequirement("")), "$.requirements", "a policy needs at least one requirement.");
        JsonFailure.Assert(() => FundingJson.DeserializePolicy(With(o => o["schemaVersion"] = 3)), "$.schemaVersion", "newer");
    }

    [Theory]
    [InlineData("""{"en":"","de":"Q"}""")]
    [InlineData("""{"en":"P","de":" "}""")]
    [InlineData("""{"en":"P"}""")]
    [InlineData("""{"de":"Q"}""")]
    public void A_label_needs_both_languages(string label)
    {
        JsonFailure.Assert(() => FundingJson.DeserializePolicy(With(o => o["label"] = JsonNode.Parse(label))), "$.label", "both 'en' and 'de' are required and must not be blank.");
    }

    [Fact]
    public void Requirement_errors_name_the_requirement()
    {
        JsonFailure.Assert(() => FundingJson.DeserializePolicy(WithRequirement("null")), "$.requirements[0]", "expected a requirement object but found null.");
        JsonFailure.Assert(
            () => FundingJson.DeserializePolicy(WithRequirement("""{"kind":"trust-building"},{"kind":"trust-building"}""")),
            "$.requirements[1].kind",
            "the requirement 'trust-building' appears twice.");
        JsonFailure.Assert(
            () => FundingJson.DeserializePolicy(WithRequirement("""{"kind":"trust-building","minimumYears":2}""")),
            "$.requirements[0].minimumYears",
            "'minimumYears' applies only to 'demonstrable-success', not to 'trust-building'.");
    }

    [Theory]
    [InlineData("\"minimumStatus\":\"entitled\"")]
    [InlineData("\"onlyForFunders\":[\"land\"]")]
    [InlineData("\"subdivisionsRecognisedByLaw\":\"yes\"")]
    public void Youth_welfare_properties_on_another_requirement_are_refused(string property)
    {
        JsonFailure.Assert(
            () => FundingJson.DeserializePolicy(WithRequirement("{\"kind\":\"trust-building\"," + property + "}")),
            "$.requirements[0]",
            "'minimumStatus', 'onlyForFunders' and 'subdivisionsRecognisedByLaw' apply only to 'youth-welfare-recognition', not to 'trust-building'.");
    }

    [Fact]
    public void Youth_welfare_properties_are_read_on_the_youth_welfare_requirement()
    {
        var policy = FundingJson.DeserializePolicy(WithRequirement(
            """{"kind":"youth-welfare-recognition","minimumStatus":"recognised-by-law","onlyForFunders":["land","foundation"],"subdivisionsRecognisedByLaw":"yes"}"""));
        var r = Assert.Single(policy.Requirements);
        Assert.Equal(FundingRequirementKind.YouthWelfareRecognition, r.Kind);
        Assert.Equal(RecognitionStatus.RecognisedByLaw, r.MinimumStatus);
        Assert.Equal([FunderKind.Land, FunderKind.Foundation], r.OnlyForFunders.OrderBy(f => f).ToArray());
        Assert.Equal(Truth.Yes, r.SubdivisionsRecognisedByLaw);
        var plain = Assert.Single(FundingJson.DeserializePolicy(WithRequirement("""{"kind":"youth-welfare-recognition"}""")).Requirements);
        Assert.Equal(RecognitionStatus.Entitled, plain.MinimumStatus);
        Assert.True(plain.OnlyForFunders.IsEmpty);
        Assert.Equal(Truth.Unknown, plain.SubdivisionsRecognisedByLaw);
    }

    [Fact]
    public void A_requirement_other_than_youth_welfare_recognition_has_no_applicable_minimum_status()
    {
        Assert.Equal(RecognitionStatus.NotApplicable, FundingRequirement.Of(FundingRequirementKind.TrustBuilding).MinimumStatus);
        Assert.Equal(RecognitionStatus.NotApplicable, FundingRequirement.DemonstrableSuccess(3).MinimumStatus);
        Assert.Equal("not-applicable", FundingVocabulary.RecognitionStatuses.IdOf(RecognitionStatus.NotApplicable));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(200)]
    public void Minimum_years_from_0_to_200_are_accepted(int years)
    {
        var policy = FundingJson.DeserializePolicy(WithRequirement("{\"kind\":\"demonstrable-success\",\"minimumYears\":" + years.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}"));
        Assert.Equal(years, Assert.Single(policy.Requirements).MinimumYears);
    }

    [Theory]
    [InlineData(-1, "-1 is out of range (0 to 200).")]
    [InlineData(201, "201 is out of range (0 to 200).")]
    public void Minimum_years_outside_0_to_200_are_refused(int years, string message)
    {
        JsonFailure.Assert(
            () => FundingJson.DeserializePolicy(WithRequirement("{\"kind\":\"demonstrable-success\",\"minimumYears\":" + years.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}")),
            "$.requirements[0].minimumYears",
            message);
    }

    [Fact]
    public void Youth_welfare_value_errors_name_the_property()
    {
        JsonFailure.Assert(
            () => FundingJson.DeserializePolicy(WithRequirement("""{"kind":"youth-welfare-recognition","minimumStatus":"entiteld"}""")),
            "$.requirements[0].minimumStatus",
            "'entiteld' is not a known");
        JsonFailure.Assert(
            () => FundingJson.DeserializePolicy(WithRequirement("""{"kind":"youth-welfare-recognition","minimumStatus":"not-recognisable"}""")),
            "$.requirements[0].minimumStatus",
            "the minimum status must be may-be-recognised, entitled or recognised-by-law.");
        JsonFailure.Assert(
            () => FundingJson.DeserializePolicy(WithRequirement("""{"kind":"youth-welfare-recognition","onlyForFunders":["land","foundation","land"]}""")),
            "$.requirements[0].onlyForFunders[2]",
            "the funder 'land' appears twice.");
        JsonFailure.Assert(
            () => FundingJson.DeserializePolicy(WithRequirement("""{"kind":"youth-welfare-recognition","subdivisionsRecognisedByLaw":"maybe"}""")),
            "$.requirements[0].subdivisionsRecognisedByLaw",
            "'maybe' is not yes, no or unknown.");
    }
}
