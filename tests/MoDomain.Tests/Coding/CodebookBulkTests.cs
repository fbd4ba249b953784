using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using MoDomain.Coding;
using MoDomain.Interop;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.Coding;

/// <summary>
/// Issue 16: a codebook with 10,000 children took 18 s, because every successful <see cref="Codebook.With"/> built the
/// error message with id suggestions (a pass over all ids). The message is built only on failure now.
/// </summary>
public sealed class CodebookBulkTests
{
    internal static Code[] Children(int count) =>
        [new Code("root", new LocalizedText("Root", "Wurzel")), .. Enumerable.Range(0, count).Select(i => new Code(string.Create(CultureInfo.InvariantCulture, $"child-{i}"), new LocalizedText("Child", "Kind"), parentId: "root"))];

    [Fact]
    public void A_codebook_with_100000_children_is_built_in_n_log_n()
    {
        var codes = Children(100_000);
        var watch = Stopwatch.StartNew();
        var book = Codebook.Of(codes);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), watch.Elapsed.ToString()); // 10,000 took 18 s before the fix
        Assert.Equal(100_001, book.Count);
        Assert.Equal(100_000, book.ChildrenOf("root").Count());
    }

    [Fact]
    public void A_codebook_json_with_10000_children_reads_quickly()
    {
        string json = CorpusJson.WriteCodebook(Codebook.Of(Children(10_000)));
        var watch = Stopwatch.StartNew();
        var book = CorpusJson.ReadCodebook(json);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), watch.Elapsed.ToString());
        Assert.Equal(10_001, book.Count);
    }

    [Fact]
    public void A_missing_parent_still_gets_suggestions()
    {
        var book = Codebook.Of(Children(10));
        var ex = Assert.Throws<ArgumentException>(() => book.With(new Code("x", new LocalizedText("X", "X"), parentId: "rot")));
        Assert.StartsWith("The parent 'rot' of code 'x' is not in the codebook; add it first.", ex.Message, StringComparison.Ordinal);
        Assert.Contains("root", ex.Message[60..], StringComparison.Ordinal);
        Assert.Equal("code", ex.ParamName);
    }
}
