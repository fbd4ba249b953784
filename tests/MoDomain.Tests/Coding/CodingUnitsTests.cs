using System.Linq;
using MoDomain.Coding;
using MoDomain.Interop;
using MoDomain.Samples;

namespace MoDomain.Tests.Coding;

public sealed class CodingUnitsTests
{
    private static readonly Corpus Sample = SampleCorpus.Corpus;

    [Fact]
    public void Segment_assignments_list_each_coders_codes_per_exact_range()
    {
        var units = CodingUnits.Assignments(Sample);
        Assert.Equal(Sample.Codings.Count, units.Length);
        var s2 = Sample.Find("int-mo-01", "Nach dem Teetrinken fragen viele, ob wir beim Brief vom Jobcenter helfen können.").ToString();
        Assert.Contains(new CodingUnit(s2, "coder-a", "function:hinge"), units);
        Assert.Contains(new CodingUnit(s2, "coder-b", "function:service"), units);
        Assert.Equal(units.Distinct().Count(), units.Length);
    }

    [Fact]
    public void Document_level_units_merge_ranges_of_a_document()
    {
        var units = CodingUnits.Assignments(Sample, CodingUnitLevel.Document, ["coder-b"]);
        Assert.All(units, u => Assert.Equal("coder-b", u.CoderId));
        Assert.Contains(new CodingUnit("int-pa-02", "coder-b", "function:hinge"), units);
        Assert.DoesNotContain(units, u => u.UnitKey.Contains('#'));
    }

    [Fact]
    public void Presence_records_every_unit_for_every_coder()
    {
        var presence = CodingUnits.Presence(Sample, "function:hinge");
        int unitCount = Sample.Codings.Select(c => c.Segment).Distinct().Count();
        Assert.Equal(unitCount * 2, presence.Length);
        var s2 = Sample.Find("int-mo-01", "Nach dem Teetrinken fragen viele, ob wir beim Brief vom Jobcenter helfen können.").ToString();
        Assert.Contains(new CodePresence(s2, "coder-a", "function:hinge", true), presence);
        Assert.Contains(new CodePresence(s2, "coder-b", "function:hinge", false), presence);
    }

    [Fact]
    public void Csv_records_give_the_same_units_as_the_corpus()
    {
        var records = CorpusCsv.Read(CorpusCsv.Write(Sample));
        Assert.Equal(CodingUnits.Assignments(Sample).OrderBy(u => u.ToString()), CodingRecord.ToUnits(records).OrderBy(u => u.ToString()));
    }
}
