using System;
using System.Linq;
using System.Text.Json;
using MoDomain.Cooperation;
using MoDomain.Funding;
using MoDomain.Interop;
using MoDomain.Rules;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.Cooperation;

/// <summary>Room forms and ways of qualification are defined once (funding vocabulary) and used by the municipal set-up.</summary>
public sealed class SharedVocabularyTests
{
    private static string SetUp(string setUp) => $$"""{ "schemaVersion": 1, "name": "M", "setUp": {{setUp}}, "records": [] }""";

    [Fact]
    public void No_two_catalog_schemes_define_the_same_ids()
    {
        var duplicates = VocabularyCatalog.All
            .GroupBy(s => string.Join(",", s.Concepts.Select(c => c.Id).Order(StringComparer.Ordinal)), StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => string.Join(" = ", g.Select(s => s.Id)))
            .ToList();
        Assert.Empty(duplicates);
        Assert.False(VocabularyCatalog.TryGet("cooperation-room-provision-forms", out _));
        Assert.False(VocabularyCatalog.TryGet("cooperation-qualification-offers", out _));
    }

    [Fact]
    public void Set_up_json_carries_the_funding_ids()
    {
        var setUp = new MunicipalSetUp(
            roomProvision: Fact.Known(ValueSet.Of(RoomForm.SharedCoWorking, RoomForm.StructuralFundingViaThirdParties)),
            qualificationOffers: Fact.Known(ValueSet.Of(QualificationWay.CooperationQualification, QualificationWay.TandemCoaching)));
        string json = CooperationJson.SerializeMunicipality(new MunicipalityCooperation("M", setUp, []));
        Assert.Contains("\"shared-co-working\"", json, StringComparison.Ordinal);
        Assert.Contains("\"structural-funding-via-third-parties\"", json, StringComparison.Ordinal);
        Assert.Contains("\"cooperation-qualification\"", json, StringComparison.Ordinal);
        Assert.Contains("\"tandem-coaching\"", json, StringComparison.Ordinal);
        var back = CooperationJson.DeserializeMunicipality(json).SetUp;
        Assert.Equal(setUp.RoomProvision.Value, back.RoomProvision.Value);
        Assert.Equal(setUp.QualificationOffers.Value, back.QualificationOffers.Value);
    }

    [Fact]
    public void Every_funding_id_is_accepted_in_the_set_up()
    {
        foreach (var room in FundingVocabulary.RoomForms.Scheme.Concepts)
        {
            var m = CooperationJson.DeserializeMunicipality(SetUp($$"""{ "roomProvision": ["{{room.Id}}"] }"""));
            Assert.Equal(FundingVocabulary.RoomForms.ConceptOf(m.SetUp.RoomProvision.Value.Single()).Id, room.Id);
        }
        foreach (var way in FundingVocabulary.QualificationWays.Scheme.Concepts)
        {
            var m = CooperationJson.DeserializeMunicipality(SetUp($$"""{ "qualificationOffers": ["{{way.Id}}"] }"""));
            Assert.Equal(FundingVocabulary.QualificationWays.ConceptOf(m.SetUp.QualificationOffers.Value.Single()).Id, way.Id);
        }
    }

    [Fact]
    public void The_former_cooperation_only_id_is_rejected_with_its_path()
    {
        var e = Assert.Throws<JsonException>(() => CooperationJson.DeserializeMunicipality(SetUp("""{ "qualificationOffers": ["qualification-through-cooperation"] }""")));
        Assert.Contains("$.setUp.qualificationOffers[0]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Room_form_labels_quote_the_seed()
    {
        Assert.Equal("Städtische Begegnungsräume (analog zu anderen Vereinen)", FundingVocabulary.RoomForms.ConceptOf(RoomForm.MunicipalMeetingRooms).Label.German);
        Assert.Equal("Gemeinsame Nutzung angemieteter Räume (Co-Working)", FundingVocabulary.RoomForms.ConceptOf(RoomForm.SharedCoWorking).Label.German);
    }
}
