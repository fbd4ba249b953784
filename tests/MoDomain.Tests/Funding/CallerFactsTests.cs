using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Rules;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.Funding;

// CallerFacts and the caller-fact criteria live in MoDomain.Rules; the tests sit beside the funding tests because a
// MoDomain.Tests.Rules namespace would shadow MoDomain.Rules in the many tests that write "Rules.X".

public sealed class CallerFactsTests
{
    private sealed record Subject(CallerFacts CallerFacts) : ICallerFactSubject;

    private static readonly string[] Ids = ["seat-municipality", "district", "members", "a1", "zone-b"];

    [FsCheck.Xunit.Property]
    public bool The_order_of_entries_never_matters(int seed)
    {
        var random = new Random(seed);
        var entries = Ids.Where(_ => random.Next(2) == 0)
            .Select(id => new KeyValuePair<string, Fact<string>>(id, random.Next(3) == 0 ? default : new Fact<string>("v" + random.Next(4).ToString(System.Globalization.CultureInfo.InvariantCulture))))
            .ToList();
        var forward = CallerFacts.Of(entries);
        entries.Reverse();
        var backward = CallerFacts.Of(entries);
        return forward.Equals(backward) && forward.GetHashCode() == backward.GetHashCode()
            && forward.Ids.SequenceEqual(forward.Ids.Order(StringComparer.Ordinal)) && forward.Count == entries.Count;
    }

    [FsCheck.Xunit.Property]
    public bool An_absent_fact_reads_like_an_unknown_one(bool present) =>
        (present ? CallerFacts.Empty.With("x", Fact<string>.Unknown) : CallerFacts.Empty).Get("x").IsUnknown;

    [Fact]
    public void Entries_are_validated()
    {
        Assert.Throws<ArgumentException>(() => CallerFacts.Empty.With("Not Kebab", "v"));
        Assert.Throws<ArgumentException>(() => CallerFacts.Empty.With("x", " "));
        Assert.Throws<ArgumentNullException>(() => CallerFacts.Empty.With("x", (string)null!));
        Assert.Throws<ArgumentException>(() => CallerFacts.Of([new("x", new Fact<string>("1")), new("x", new Fact<string>("2"))]));
        Assert.Equal("none", CallerFacts.Empty.ToString());
        Assert.Equal("a=1, b=unknown", CallerFacts.Empty.With("b", Fact<string>.Unknown).With("a", "1").ToString());
        Assert.Equal("2", CallerFacts.Empty.With("a", "1").With("a", "2").Get("a").Value);
    }

    [Fact]
    public void Criterion_factories_read_the_fact_and_explain_in_both_languages()
    {
        var label = new LocalizedText("Zone", "Zone");
        var inZone = Criterion.CallerFactIn<Subject>("in-zone", new LocalizedText("In zone", "In der Zone"), "test", "zone", label, ["b", "a"]);
        Assert.Equal(["zone"], inZone.Reads.Select(r => r.Id));
        var yes = inZone.Evaluate(new Subject(CallerFacts.Empty.With("zone", "a")));
        Assert.True(yes.Outcome.IsYes);
        var no = inZone.Evaluate(new Subject(CallerFacts.Empty.With("zone", "c")));
        Assert.True(no.Outcome.IsNo);
        Assert.Equal("Zone: 'c', none of 'a', 'b'.", no.Explanation.English);
        Assert.Equal("Zone: „c“, keiner der Werte „a“, „b“.", no.Explanation.German);
        var unknown = inZone.Evaluate(new Subject(CallerFacts.Empty));
        Assert.True(unknown.Outcome.IsUnknown);
        Assert.Equal(["zone"], unknown.MissingFacts);

        var large = Criterion.CallerFact<Subject>("large", new LocalizedText("Large", "Groß"), "test", "members", new LocalizedText("Members", "Mitglieder"),
            v => int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) >= 50, new LocalizedText("50 or more members.", "50 oder mehr Mitglieder."), new LocalizedText("Fewer than 50 members.", "Weniger als 50 Mitglieder."));
        Assert.Equal("Weniger als 50 Mitglieder.", large.Evaluate(new Subject(CallerFacts.Empty.With("members", "12"))).Explanation.German);
        Assert.True(large.Decide(new Subject(CallerFacts.Empty.With("members", "50"))).IsYes);
        Assert.Throws<ArgumentException>(() => Criterion.CallerFactIn<Subject>("x", label, "s", "zone", label, []));
        Assert.Throws<ArgumentException>(() => Criterion.CallerFactEquals<Subject>("x", label, "s", "zone", label, " "));
    }
}
