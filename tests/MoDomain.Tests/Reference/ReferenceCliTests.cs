using System.IO;
using System.Linq;
using System.Text.Json;
using MoDomain.Cli;
using MoDomain.Reference;
using static MoDomain.Tests.Support.CliRun;

namespace MoDomain.Tests.Reference;

/// <summary>The <c>modomain reference</c> command, run in-process.</summary>
public sealed class ReferenceCliTests
{
    [Fact]
    public void Table_lists_every_figure_with_its_source()
    {
        var (exit, output, _) = Run("reference", "--lang", "en");
        Assert.Equal(0, exit);
        Assert.All(ReferenceData.Figures, f => Assert.Contains(f.Id, output, System.StringComparison.Ordinal));
        Assert.Contains("24 of 32", output, System.StringComparison.Ordinal);
        Assert.Contains("qz-2020-topics-regular-exchange", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Json_for_one_topic_holds_only_that_topic_with_provenance()
    {
        var (exit, output, _) = Run("reference", "--topic", "cooperation-forms", "--format", "json");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        var items = doc.RootElement.GetProperty("references").EnumerateArray().ToList();
        Assert.Equal(6, items.Count);
        Assert.All(items, i => Assert.Equal("cooperation-forms", i.GetProperty("topic").GetString()));
        var first = items[0];
        Assert.Equal(35m, first.GetProperty("value").GetDecimal());
        Assert.Equal(2020, first.GetProperty("surveyYear").GetInt32());
        Assert.Equal(2023, first.GetProperty("publicationYear").GetInt32());
        Assert.False(first.TryGetProperty("n", out _));
    }

    [Fact]
    public void Unknown_topic_is_a_usage_error_with_a_suggestion()
    {
        var (exit, _, error) = Run("reference", "--topic", "cooperation-form");
        Assert.Equal(2, exit);
        Assert.Contains("cooperation-forms", error, System.StringComparison.Ordinal);
    }
}
