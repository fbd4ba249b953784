using System.Collections.Generic;
using MoDomain.Coding;
using MoDomain.SocialSecurity;
using MoDomain.Vocabulary;
using NodaTime;

namespace MoDomain.Tests.Vocabulary;

/// <summary>Field-by-field value equality of the research toolkit and vocabulary types.</summary>
public sealed class CodingAndVocabularyEqualityTests
{
    private static readonly LocalizedText Label = new("Safe space", "Schutzraum");

    [Fact]
    public void Codes_compare_every_field()
    {
        static Code Make(string id = "own:x", string en = "Safe space", string? description = "d", string? parent = "functions", string? colour = "#E69F00", string? source = "s", bool codable = true) =>
            new(id, new LocalizedText(en, "Schutzraum"), description, parent, colour, source, codable);
        EqualityLaws.Check(
            () => Make(),
            ("id", Make(id: "own:y")),
            ("~label", Make(en: "Shelter")),
            ("~description", Make(description: "other")),
            ("~parent", Make(parent: null)),
            ("~colour", Make(colour: "#56B4E9")),
            ("~source", Make(source: "t")),
            ("~codable", Make(codable: false)));
    }

    [Fact]
    public void Documents_attributes_segments_and_variables_compare_every_field()
    {
        var date = new LocalDate(2024, 5, 1);
        static DocumentAttributes Attributes(
            MoDomain.Rules.Fact<Perspective> perspective, MoDomain.Rules.Fact<AdministrativeRole> role, string? org = "org-1", int day = 1, string? language = "de", string? speaker = "sp-1", string? name = "Ayşe",
            string variable = "region", string value = "Nord") =>
            new(perspective, role, org, new LocalDate(2024, 5, day), language, speaker, name, [new KeyValuePair<string, VariableValue>(variable, VariableValue.Text(value))]);
        var pa = MoDomain.Rules.Fact.Known(Perspective.PublicAdministration);
        var role = MoDomain.Rules.Fact.Known(AdministrativeRole.EmploymentAgency);
        EqualityLaws.Check(
            () => Attributes(pa, role),
            ("perspective", Attributes(Perspective.WelfareAssociation, default)),
            ("~role", Attributes(pa, AdministrativeRole.YouthWelfareOffice)),
            ("organisation", Attributes(pa, role, org: "org-2")),
            ("date", Attributes(pa, role, day: 2)),
            ("language", Attributes(pa, role, language: "tr")),
            ("speaker", Attributes(pa, role, speaker: "sp-2")),
            ("~speaker name", Attributes(pa, role, name: "Anna")),
            ("~variable name", Attributes(pa, role, variable: "district")),
            ("~variable value", Attributes(pa, role, value: "Süd")));
        Assert.NotEqual(Attributes(pa, role), new DocumentAttributes(pa, role, "org-1", date, "de", "sp-1", "Ayşe"));

        var attributes = new DocumentAttributes(language: "de");
        EqualityLaws.Check(
            () => new CorpusDocument("doc-1", "Text", attributes, "Title"),
            ("id", new CorpusDocument("doc-2", "Text", attributes, "Title")),
            ("~text", new CorpusDocument("doc-1", "Text!", attributes, "Title")),
            ("~attributes", new CorpusDocument("doc-1", "Text", new DocumentAttributes(language: "tr"), "Title")),
            ("~title", new CorpusDocument("doc-1", "Text", attributes, "Other")));

        var segment = new TextSegment("doc-1", 0, 4);
        EqualityLaws.Check(
            () => new SegmentCoding(segment, "function:homemaking", "coder-a", "memo"),
            ("segment", new SegmentCoding(new TextSegment("doc-1", 1, 4), "function:homemaking", "coder-a", "memo")),
            ("code", new SegmentCoding(segment, "function:hinge", "coder-a", "memo")),
            ("coder", new SegmentCoding(segment, "function:homemaking", "coder-b", "memo")),
            ("~memo", new SegmentCoding(segment, "function:homemaking", "coder-a", null)));

        EqualityLaws.Check(
            () => VariableValue.Text("1"),
            ("kind", VariableValue.Number(1m)),
            ("value", VariableValue.Text("2")));
        EqualityLaws.Check(
            () => VariableValue.Date(date),
            ("date", VariableValue.Date(date.PlusDays(1))),
            ("kind", VariableValue.Text("2024-05-01")));
    }

    [Fact]
    public void Mappings_and_texts_compare_every_field()
    {
        static ConceptMapping Make(string ss = "a", string sc = "x", MappingRelation r = MappingRelation.ExactMatch, string ts = "b", string tc = "y", string why = "w", string src = "s") =>
            new(ss, sc, r, ts, tc, why, src);
        EqualityLaws.Check(
            () => Make(),
            ("source scheme", Make(ss: "c")),
            ("source concept", Make(sc: "z")),
            ("relation", Make(r: MappingRelation.CloseMatch)),
            ("target scheme", Make(ts: "d")),
            ("target concept", Make(tc: "q")),
            ("rationale", Make(why: "v")),
            ("source", Make(src: "t")));
        EqualityLaws.Check(
            () => new LocalizedText("Safe space", "Schutzraum"),
            ("english", new LocalizedText("Shelter", "Schutzraum")),
            ("german", new LocalizedText("Safe space", "Schutzort")));
        Assert.Equal(Label, new LocalizedText("Safe space", "Schutzraum"));
    }
}
