using System;
using System.Collections.Generic;
using System.Linq;
using MoDomain.Coding;
using MoDomain.Samples;

namespace MoDomain.Tests.Coding;

public sealed class CoOccurrenceTests
{
    private static readonly Codebook Book = Codebook.Empty
        .WithCode("x", "X", "X").WithCode("x:a", "XA", "XA", "x").WithCode("x:b", "XB", "XB", "x")
        .WithCode("y", "Y", "Y").WithCode("y:a", "YA", "YA", "y").WithCode("z", "Z", "Z");

    private static readonly string[] Ids = ["x", "x:a", "x:b", "y", "y:a", "z"];

    [Fact]
    public void Sub_codes_on_the_same_segments_count_one_pair_not_one_per_combination()
    {
        // Two segments overlap; each carries two sub-codes of its parent, given by two coders. The definition counts
        // the pairs of distinct coded segments: (s1, s2) and nothing else, so 1 (the old count was 2 x 2 = 4).
        var corpus = Corpus.Create(Book).AddDocument("d", "Wir helfen beim Antrag und sprechen im Ausschuss.")
            .Code("d", 0, 25, "x:a", "c1").Code("d", 0, 25, "x:b", "c1").Code("d", 0, 25, "x:a", "c2")
            .Code("d", 16, 48, "y", "c1").Code("d", 16, 48, "y:a", "c2");
        var m = corpus.CoOccurrenceMatrix(["x", "y"]);
        Assert.Equal(1, m["x", "y"]);
        Assert.Equal(1, m["x", "x"]);
        var hit = Assert.Single(corpus.WhereCoOccur("x", "y"));
        Assert.Equal(("x:a", "y", "Antrag un"), (hit.FirstCodeId, hit.SecondCodeId, hit.OverlapText));
        // One code on one segment does not co-occur with itself, even though it lies within both x and x:a.
        Assert.Equal(1, m["x", "x"]);
        Assert.Equal(1, corpus.CoOccurrenceMatrix(["x", "x:a"])["x", "x:a"]); // the segment carries x:a and x:b
        var single = Corpus.Create(Book).AddDocument("d", "abc").Code("d", 0, 3, "x:a", "c1");
        Assert.Equal(0, single.CoOccurrenceMatrix(["x", "x:a"])["x", "x:a"]);
        Assert.Empty(single.WhereCoOccur("x", "x:a"));
    }

    [Fact]
    public void The_sample_pairs_are_listed_once_each()
    {
        var hits = SampleCorpus.Corpus.WhereCoOccur("function:hinge", "function:service");
        Assert.Equal(hits.Length, hits.Select(h => (h.First, h.Second)).Distinct().Count());
        Assert.Equal(Reference(SampleCorpus.Corpus, "function:hinge", "function:service", true), hits.Length);
        Assert.Equal(hits.Length, SampleCorpus.Corpus.CoOccurrenceMatrix(["function:hinge", "function:service"])["function:hinge", "function:service"]);
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public void Matrix_and_listing_match_a_brute_force_reference((byte Doc, byte Start, byte Length, byte Code, bool Coder)[] items, bool includeSubcodes)
    {
        var corpus = Corpus.Create(Book).AddDocument("d0", new string('a', 20)).AddDocument("d1", new string('b', 20));
        var seen = new HashSet<(TextSegment, string, string)>();
        foreach (var (doc, start, length, code, coder) in items ?? [])
        {
            var segment = new TextSegment($"d{doc % 2}", start % 14, (start % 14) + 1 + (length % 6));
            string codeId = Ids[code % Ids.Length];
            string coderId = coder ? "c1" : "c2";
            if (seen.Add((segment, codeId, coderId)))
            {
                corpus = corpus.Add(new SegmentCoding(segment, codeId, coderId));
            }
        }
        var m = corpus.CoOccurrenceMatrix(Ids, includeSubcodes);
        foreach (var x in Ids)
        {
            foreach (var y in Ids.Where(y => y != x))
            {
                Assert.Equal(Reference(corpus, x, y, includeSubcodes), m[x, y]);
                if (includeSubcodes)
                {
                    var listed = corpus.WhereCoOccur(x, y);
                    Assert.Equal(m[x, y], listed.Length);
                    Assert.Equal(listed.Length, listed.Select(l => (l.First, l.Second)).Distinct().Count());
                }
            }
            Assert.Equal(corpus.Codings.Where(c => includeSubcodes ? Book.IsWithin(c.CodeId, x) : c.CodeId == x).Select(c => c.Segment).Distinct().Count(), m[x, x]);
        }
    }

    // The definition, literally: pairs (a, b) of distinct coded segments of one document, a with a code within x and
    // b with a code within y, that overlap; a segment pairs with itself only through two different codes.
    private static int Reference(Corpus corpus, string x, string y, bool includeSubcodes)
    {
        bool In(string code, string target) => includeSubcodes ? corpus.Codebook.IsWithin(code, target) : code == target;
        var codes = corpus.Codings.GroupBy(c => c.Segment).ToDictionary(g => g.Key, g => g.Select(c => c.CodeId).Distinct().ToList());
        int n = 0;
        foreach (var (a, aCodes) in codes.Where(p => p.Value.Any(c => In(c, x))))
        {
            foreach (var (b, bCodes) in codes.Where(p => p.Value.Any(c => In(c, y))))
            {
                if (!a.Overlaps(b))
                {
                    continue;
                }
                if (a != b || aCodes.Where(c => In(c, x)).Any(c1 => bCodes.Where(c => In(c, y)).Any(c2 => c2 != c1)))
                {
                    n++;
                }
            }
        }
        return n;
    }
}
