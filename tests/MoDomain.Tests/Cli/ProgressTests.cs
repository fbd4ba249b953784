using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Cli;
using MoDomain.Interop;
using MoDomain.Samples;
using static MoDomain.Tests.Support.CsvTestSupport;

namespace MoDomain.Tests.Cli;

/// <summary>
/// The progress bar for large inputs: shown only above the threshold and only on an interactive standard error,
/// counting every record up to the total, and never changing standard output.
/// </summary>
public sealed class ProgressTests
{
    private sealed class RecordingDisplay : IProgressDisplay
    {
        public List<(string Description, int Total, List<int> Counts)> Runs { get; } = [];

        public void Run(string description, int total, Action<Action> work)
        {
            var counts = new List<int>();
            Runs.Add((description, total, counts));
            int done = 0;
            work(() => counts.Add(++done));
        }
    }

    private static (int Exit, string Out, string Err) RunWith(CliProgress progress, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = CliApp.Run(args, output, error, progress);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Below_or_at_the_threshold_nothing_is_reported()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Generators.Scaled(100)), Prop.ForAll(Gen.Choose(0, 60).Two().ToArbitrary(), t =>
        {
            var (threshold, count) = (Math.Max(t.Item1, t.Item2), Math.Min(t.Item1, t.Item2));
            var display = new RecordingDisplay();
            var progress = new CliProgress(isInteractive: true, threshold, display);
            var results = progress.Map("x", [.. Enumerable.Range(0, count)], i => i * 2);
            Assert.Empty(display.Runs);
            Assert.False(progress.Shows(count));
            Assert.Equal(Enumerable.Range(0, count).Select(i => i * 2), results);
        }));
    }

    [Fact]
    public void Above_the_threshold_every_record_is_counted_up_to_the_total_and_results_are_unchanged()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Generators.Scaled(100)), Prop.ForAll(Gen.Choose(0, 60).Two().Where(t => t.Item1 != t.Item2).ToArbitrary(), t =>
        {
            var (threshold, count) = (Math.Min(t.Item1, t.Item2), Math.Max(t.Item1, t.Item2));
            var display = new RecordingDisplay();
            var progress = new CliProgress(isInteractive: true, threshold, display);
            var results = progress.Map("x", [.. Enumerable.Range(0, count)], i => i * 2);
            var run = Assert.Single(display.Runs);
            Assert.Equal(count, run.Total);
            Assert.Equal(Enumerable.Range(1, count), run.Counts);
            Assert.Equal(Enumerable.Range(0, count).Select(i => i * 2), results);
        }));
    }

    [Fact]
    public void A_non_interactive_error_stream_never_reports_however_large_the_input()
    {
        var display = new RecordingDisplay();
        var progress = new CliProgress(isInteractive: false, 0, display);
        Assert.False(progress.Shows(int.MaxValue));
        progress.Map("x", [.. Enumerable.Range(0, 5000)], i => i);
        Assert.Empty(display.Runs);
        Assert.False(CliProgress.ForStandardError(new StringWriter()).IsInteractive);
        Assert.False(CliProgress.Off.IsInteractive);
        Assert.Throws<ArgumentOutOfRangeException>(() => new CliProgress(true, -1, display));
    }

    [Fact]
    public void The_default_threshold_applies_to_a_file_of_more_than_2000_profiles()
    {
        Assert.Equal(2000, CliProgress.DefaultThreshold);
        var profiles = SampleData.Profiles;
        ImmutableArray<MoDomain.Definitions.OrganisationProfile> Many(int n) => [.. Enumerable.Range(0, n).Select(i => profiles[i % profiles.Length].WithId($"org-{i}"))]; // ids are unique within a document
        foreach (int n in new[] { CliProgress.DefaultThreshold, CliProgress.DefaultThreshold + 1 })
        {
            string path = TempFile("profiles.json", MoDomainJson.SerializeProfiles(Many(n)));
            var display = new RecordingDisplay();
            var (exit, withProgress, err) = RunWith(new CliProgress(true, CliProgress.DefaultThreshold, display), "classify", path, "--format", "csv");
            Assert.Equal(ExitCodes.Success, exit);
            Assert.Equal(string.Empty, err);
            if (n > CliProgress.DefaultThreshold)
            {
                var run = Assert.Single(display.Runs);
                Assert.Equal(n, run.Total);
                Assert.Equal(Enumerable.Range(1, n), run.Counts);
            }
            else
            {
                Assert.Empty(display.Runs);
            }
            Assert.Equal(RunWith(CliProgress.Off, "classify", path, "--format", "csv").Out, withProgress);
        }
    }

    public static TheoryData<string[], int> Commands { get; } = new()
    {
        { new[] { "classify" }, SampleData.Profiles.Length },
        { new[] { "objectives" }, SampleObjectives.Profiles.Length },
        { new[] { "functions" }, SampleFunctionEvidence.Profiles.Length },
        { new[] { "eligibility" }, SampleFunding.Cases.Length },
        { new[] { "cooperation" }, SampleCooperation.Municipality.Portfolio.Pairs.Length },
        { new[] { "agreement" }, SampleCorpus.Corpus.Codings.Select(c => c.CodeId).Distinct().Count() },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Standard_output_is_byte_identical_with_and_without_progress_in_every_format(string[] command, int units)
    {
        foreach (string format in new[] { "table", "json", "csv" })
        {
            string[] args = [.. command, "--format", format, "--lang", "en"];
            var display = new RecordingDisplay();
            var shown = RunWith(new CliProgress(isInteractive: true, threshold: 0, display), args);
            var plain = RunWith(CliProgress.Off, args);
            Assert.Equal(ExitCodes.Success, shown.Exit);
            Assert.Equal(plain.Out, shown.Out);
            Assert.Equal(plain.Err, shown.Err);
            var run = Assert.Single(display.Runs);
            Assert.Equal(command[0], run.Description);
            Assert.Equal(units, run.Total);
            Assert.Equal(Enumerable.Range(1, units), run.Counts);
        }
    }

    [Fact]
    public void The_spectre_display_writes_to_standard_error_only()
    {
        using var error = new StringWriter();
        using var output = new StringWriter();
        var progress = new CliProgress(isInteractive: true, threshold: 0, new SpectreProgressDisplay(error));
        int exit = CliApp.Run(["objectives", "--format", "csv"], output, error, progress);
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(RunWith(CliProgress.Off, "objectives", "--format", "csv").Out, output.ToString());
    }
}
