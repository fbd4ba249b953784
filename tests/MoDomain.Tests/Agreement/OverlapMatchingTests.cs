using System;
using System.Collections.Generic;
using System.Linq;
using MoDomain.Coding;
using MoDomain.Coding.Agreement;
using Xunit;

namespace MoDomain.Tests.Agreement;

public sealed class OverlapMatchingTests
{
    private static readonly string[] Coders = ["anna", "ben"];

    [Fact]
    public void Shares_are_intersection_over_union_or_over_the_shorter_range()
    {
        var a = new TextSegment("d", 0, 10);
        var b = new TextSegment("d", 2, 12);
        Assert.Equal(8.0 / 12.0, new OverlapMatching(0.5).Share(a, b), 12);
        Assert.Equal(8.0 / 10.0, new OverlapMatching(0.5, OverlapMeasure.IntersectionOverShorter).Share(a, b), 12);
        Assert.Equal(1.0, new OverlapMatching(0.5, OverlapMeasure.IntersectionOverShorter).Share(a, new TextSegment("d", 3, 5)), 12);
        Assert.Equal(0, new OverlapMatching(0.5).Share(a, new TextSegment("d", 10, 12)));
        Assert.Equal(0, new OverlapMatching(0.5).Share(a, new TextSegment("e", 0, 10)));
        Assert.True(new OverlapMatching(8.0 / 12.0).Matches(a, b));
        Assert.False(new OverlapMatching(0.7).Matches(a, b));
    }

    [Fact]
    public void Bad_shares_are_rejected()
    {
        Assert.Equal("minimumShare", Assert.Throws<ArgumentOutOfRangeException>(() => new OverlapMatching(0)).ParamName);
        Assert.Equal("minimumShare", Assert.Throws<ArgumentOutOfRangeException>(() => new OverlapMatching(1.01)).ParamName);
        Assert.Equal("minimumShare", Assert.Throws<ArgumentOutOfRangeException>(() => new OverlapMatching(double.NaN)).ParamName);
        Assert.Equal("measure", Assert.Throws<ArgumentOutOfRangeException>(() => new OverlapMatching(0.5, (OverlapMeasure)9)).ParamName);
    }

    [Fact]
    public void A_one_character_difference_is_one_agreed_unit_with_tolerance_and_two_units_without()
    {
        SegmentCoding[] codings = [new(new TextSegment("d", 10, 50), "x", "anna"), new(new TextSegment("d", 11, 50), "x", "ben")];
        var exact = CodingReliability.Presence(codings.Select(c => new CodingUnit(c.Segment.ToString(), c.CoderId, c.CodeId)), ["x"], Coders);
        Assert.Equal(0, PercentAgreement.Compute(exact.ForCode("x")).Value);
        var tolerant = CodingReliability.PresenceByOverlap(codings, ["x"], Coders, new OverlapMatching(0.8));
        var data = tolerant.ForCode("x");
        Assert.Equal(["d#10-50"], data.Units);
        Assert.Equal(1, PercentAgreement.Compute(data).Value);
        Assert.Same(tolerant.Matching, tolerant.Matching);
        Assert.Equal(0.8, tolerant.Matching!.MinimumShare);
    }

    [Fact]
    public void Matching_is_transitive_per_code_and_document_and_keeps_unmatched_ranges_apart()
    {
        SegmentCoding[] codings =
        [
            new(new TextSegment("d", 0, 10), "x", "anna"),
            new(new TextSegment("d", 1, 11), "x", "ben"),   // matches anna's (9/11)
            new(new TextSegment("d", 30, 40), "x", "ben"),  // nobody else: its own unit, anna absent
            new(new TextSegment("d", 0, 10), "y", "anna"),  // another code: never matched with x
            new(new TextSegment("e", 0, 10), "x", "anna"),  // another document
        ];
        var presence = CodingReliability.PresenceByOverlap(codings, ["x", "y"], Coders, new OverlapMatching(0.8));
        var x = presence.ForCode("x");
        Assert.Equal(["d#0-11", "d#30-40", "e#0-10"], x.Units);
        Assert.Equal(["present", "present", "absent", "present", "present", "absent"], Enumerable.Range(0, 3).SelectMany(u => new[] { x.CategoryAt(u, 0), x.CategoryAt(u, 1) }));
        Assert.Equal(["d#0-10"], presence.ForCode("y").Units);
        Assert.Equal(4, presence.Overall.UnitCount);
        Assert.Equal(4, presence.Units.Length);
    }

    [FsCheck.Xunit.Property(MaxTest = 80)]
    public bool Presence_by_overlap_does_not_depend_on_coding_order(int seed)
    {
        var random = new Random(seed);
        var codings = Enumerable.Range(0, random.Next(1, 25)).Select(_ =>
        {
            int start = random.Next(0, 60);
            return new SegmentCoding(new TextSegment(random.Next(2) == 0 ? "d" : "e", start, start + random.Next(1, 15)), random.Next(2) == 0 ? "x" : "y", Coders[random.Next(2)]);
        }).ToList();
        var matching = new OverlapMatching(0.3 + (random.NextDouble() * 0.7), random.Next(2) == 0 ? OverlapMeasure.IntersectionOverUnion : OverlapMeasure.IntersectionOverShorter);
        var a = CodingReliability.PresenceByOverlap(codings, ["x", "y"], Coders, matching);
        var b = CodingReliability.PresenceByOverlap(codings.OrderBy(_ => random.Next()).ToList(), ["x", "y"], Coders, matching);
        return a.Overall.Units.SequenceEqual(b.Overall.Units) && a.Overall.Cells.SequenceEqual(b.Overall.Cells)
            && codings.All(c => a.ForCode(c.CodeId).Units.Any(u => Covers(u, c.Segment)));
    }

    [FsCheck.Xunit.Property(MaxTest = 80)]
    public bool Two_ranges_share_a_unit_exactly_when_they_match(int seed)
    {
        var random = new Random(seed);
        int s1 = random.Next(0, 20);
        int s2 = random.Next(0, 20);
        var a = new TextSegment("d", s1, s1 + random.Next(1, 15));
        var b = new TextSegment("d", s2, s2 + random.Next(1, 15));
        var matching = new OverlapMatching(0.05 + (random.NextDouble() * 0.95));
        var presence = CodingReliability.PresenceByOverlap([new(a, "x", "anna"), new(b, "x", "ben")], ["x"], Coders, matching);
        return (presence.ForCode("x").UnitCount == 1) == (matching.Share(a, b) >= matching.MinimumShare);
    }

    private static bool Covers(string unit, TextSegment segment)
    {
        var (document, span) = (unit[..unit.IndexOf('#', StringComparison.Ordinal)], unit[(unit.IndexOf('#', StringComparison.Ordinal) + 1)..].Split('~')[0].Split('-'));
        return document == segment.DocumentId && int.Parse(span[0], System.Globalization.CultureInfo.InvariantCulture) <= segment.Start && segment.End <= int.Parse(span[1], System.Globalization.CultureInfo.InvariantCulture);
    }
}
