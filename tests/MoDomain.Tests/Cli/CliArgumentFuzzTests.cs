using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Cli;

namespace MoDomain.Tests.Cli;

/// <summary>
/// The CLI arguments as a reader: generated command lines (<see cref="FuzzBudget"/>: 1,000 locally, 10,000 in CI) (see <see cref="CliArgumentGrammar"/>) run in-process,
/// each with only documented outcomes: no exception escapes, exit code 0, 1 or 2, a failure explains itself on standard
/// error naming the option, argument or file (and the JSON path for invalid JSON), a success prints something, and a
/// failed <c>--out</c> leaves no file behind.
/// </summary>
[Trait("Category", FuzzBudget.Category)]
public sealed class CliArgumentFuzzTests : IClassFixture<CliFuzzFiles>
{
    /// <summary>The number of generated command lines per run (<see cref="FuzzBudget"/>).</summary>
    internal static int VectorCount => FuzzBudget.Inputs;

    // A liveness guard, not a performance assertion: a command that needs longer than this on one command line hangs.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    // A .NET stack frame or the header of System.CommandLine's default exception handler: an exception reached it.
    private static readonly Regex CrashSignature = new(@"(^|\n)\s+at [\w.`<>\[\]|+]+\(|Unhandled exception|\b(System|MoDomain|NodaTime|Spectre)\.[\w.]*Exception\b", RegexOptions.CultureInvariant);

    private static readonly Regex HelpHint = new(@"Run '(modomain[^']*) --help' for usage\.", RegexOptions.CultureInvariant);

    // The commands that have subcommands and no action of their own.
    private static readonly HashSet<string> CommandGroups = new(StringComparer.Ordinal) { "modomain", "modomain vocab", "modomain codebook", "modomain corpus" };

    private static readonly Regex QuotedPart = new("'([^'\\n]+)'", RegexOptions.CultureInvariant);

    private readonly CliFuzzFiles files;
    private readonly ITestOutputHelper log;

    /// <summary>Creates the test class.</summary>
    /// <param name="files">The fuzz directory, shared by the tests of this class (they run one after another).</param>
    /// <param name="log">The test log (the outcome counts are written to it).</param>
    public CliArgumentFuzzTests(CliFuzzFiles files, ITestOutputHelper log)
    {
        this.files = files;
        this.log = log;
    }

    [Fact]
    public void Generated_command_lines_give_only_documented_outcomes()
    {
        string workingDirectory = Directory.GetCurrentDirectory();
        var before = Directory.GetFileSystemEntries(workingDirectory).ToHashSet(StringComparer.Ordinal);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var inputs = files.Fingerprints();

        Check.One(Configuration(), Prop.ForAll(CliArgumentGrammar.Vectors().ToArbitrary(), vector =>
        {
            string outcome = Verify(vector, save: true);
            counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
        }));

        log.WriteLine(string.Join(Environment.NewLine, counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key}: {c.Value}"))));
        Assert.Equal(VectorCount, counts.Values.Sum());
        // The grammar must reach every outcome, or it tests less than it claims.
        Assert.All(new[] { "0 success", "1 input or data error", "2 usage error (parser)", "2 usage error (command)" }, o => Assert.True(counts.GetValueOrDefault(o) > VectorCount / 200, $"only {counts.GetValueOrDefault(o)} vectors gave '{o}'"));
        Assert.Equal(inputs, files.Fingerprints());
        var created = Directory.GetFileSystemEntries(workingDirectory).Where(e => !before.Contains(e)).ToList();
        Assert.True(created.Count == 0, "a vector wrote into the working directory: " + string.Join(", ", created));
    }

    // Locally a fresh seed per run, so that every developer run explores new command lines; under CI=true one fixed seed
    // per test culture (four CI runs see 40,000 different command lines, the same at every commit, so CI never turns
    // red by chance). MODOMAIN_CLI_FUZZ_REPLAY="seed,gamma" replays the run a failure reports ("Falsifiable, after n
    // tests (0 shrinks) (seed,gamma)").
    private static Config Configuration()
    {
        Config config = Config.QuickThrowOnFailure.WithMaxTest(VectorCount);
        ulong[]? parts = null;
        if (Environment.GetEnvironmentVariable("MODOMAIN_CLI_FUZZ_REPLAY") is { Length: > 0 } replay)
        {
            parts = [.. replay.Trim('(', ')', ' ').Split(',').Select(p => ulong.Parse(p.Trim(), CultureInfo.InvariantCulture))];
        }
        else if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            ulong culture = 0;
            foreach (char c in Environment.GetEnvironmentVariable("MODOMAIN_TEST_CULTURE") ?? string.Empty)
            {
                culture = (culture * 31) + c;
            }
            parts = [20261124UL + culture, 0x9E3779B97F4A7C15UL];
        }
        if (parts is not null)
        {
            config = config.WithReplay(Microsoft.FSharp.Core.FSharpOption<Replay>.Some(new Replay(new Rnd(parts[0], parts[1]), Microsoft.FSharp.Core.FSharpOption<int>.None)));
        }
        return config;
    }

    [Fact]
    public void Saved_regression_vectors_give_only_documented_outcomes()
    {
        foreach (string[] vector in Regressions())
        {
            Verify(vector, save: false);
        }
    }

    [Theory]
    [InlineData("agreement", "--bootstrap", "2147483647", "--seed", "1")]
    [InlineData("agreement", "--bootstrap", "100000001", "--seed", "1", "--format", "json")]
    [InlineData("classify", "a\0b")]
    [InlineData("cooperation", "--", "a\0b")]
    [InlineData("report", "--out", "{ROOT}/out/a\0b.html")]
    [InlineData("report", "--objectives=a\0b", "--lang", "en")]
    [InlineData("corpus", "export", "--include-direct-identifiers", "--no-text", "--", "")]
    [InlineData("eligibility", "--policy", "labour-market-cooperation-readiness", "--", "")]
    [InlineData("vocab")]
    [InlineData("codebook", "export", "-o=", "{ROOT}/codebook.json")]
    [InlineData("corpus", "export", "--format", "json", "--out=", "{ROOT}/corpus.json")]
    [InlineData()]
    public void Regression_vectors_found_by_the_fuzzer(params string[] vector) => Verify(vector, save: false);

    [Fact]
    public void A_path_with_a_nul_character_is_a_usage_error_naming_the_option()
    {
        var (exit, output, error) = CliRun.Run("report", "--objectives", "a\0b");
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Empty(output);
        Assert.Contains("--objectives: the path 'a\\u0000b'", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\0', error);
        Assert.Contains("FILE: an empty path", CliRun.Run("classify", "--", "").Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_subcommand_points_to_the_help_of_the_command_the_parser_reached()
    {
        var (exit, _, error) = CliRun.Run("vocab");
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("Run 'modomain vocab --help' for usage.", error, StringComparison.Ordinal);
        Assert.Contains("Run 'modomain corpus export --help' for usage.", CliRun.Run("corpus", "export", "--nope").Err, StringComparison.Ordinal);
        Assert.Contains("Run 'modomain --help' for usage.", CliRun.Run("frobnicate").Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-o=")]
    [InlineData("--out=")]
    [InlineData("-o:")]
    [InlineData("--out:")]
    public void An_option_with_an_empty_value_is_refused_rather_than_taking_the_next_token(string option)
    {
        string input = files.PathOf("codebook.json");
        byte[] before = File.ReadAllBytes(input);
        var (exit, output, error) = CliRun.Run("codebook", "export", "--format", "json", option, input);
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Empty(output);
        Assert.Contains($"'{option}' gives the option an empty value", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    [Fact]
    public void Bootstrap_resamples_beyond_the_limit_are_a_usage_error_before_any_work()
    {
        var (exit, output, error) = CliRun.Run("agreement", "--bootstrap", "100001", "--seed", "1");
        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Empty(output);
        Assert.Contains("--bootstrap allows at most 100000 resamples", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_fuzz_directory_holds_the_files_the_grammar_names()
    {
        Assert.True(files.HostileFiles.Count >= 20);
        Assert.All(files.ValidFiles.Concat(files.HostileFiles), name => Assert.True(File.Exists(files.PathOf(name)), name));
    }

    [Fact]
    public void A_failing_report_out_leaves_no_file_and_no_temporary_file()
    {
        string target = Path.Combine(files.OutDirectory, "report.html");
        var (exit, _, error) = CliRun.Run("report", files.PathOf("truncated.json"), "--out", target);
        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Contains("truncated.json", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(files.OutDirectory));
    }

    // Runs one vector and checks every documented property; returns the kind of outcome for the counts.
    private string Verify(string[] vector, bool save)
    {
        var outTargets = new List<string>();
        string[] args = [.. vector.Select(a => Resolve(a, outTargets))];

        Task<(int Exit, string Out, string Err, Exception? Escaped)> run = Task.Run(() =>
        {
            try
            {
                var (exit, output, error) = CliRun.Run(args);
                return (exit, output, error, (Exception?)null);
            }
            catch (Exception ex)
            {
                return (-1, string.Empty, string.Empty, ex);
            }
        });
        if (!run.Wait(HangGuard))
        {
            Fail(vector, save, "the command did not finish (hang guard)", null);
        }

        var result = run.Result;
        string Describe() => string.Create(CultureInfo.InvariantCulture, $"exit {result.Exit}\n--- stdout ---\n{Cut(result.Out)}\n--- stderr ---\n{Cut(result.Err)}");
        if (result.Escaped is { } escaped)
        {
            Fail(vector, save, "an exception escaped CliApp.Run: " + escaped, null);
        }
        if (result.Exit is not (ExitCodes.Success or ExitCodes.InvalidInput or ExitCodes.UsageError or ExitCodes.IoFailure))
        {
            Fail(vector, save, "undocumented exit code", Describe());
        }
        if (CrashSignature.IsMatch(result.Err) || CrashSignature.IsMatch(result.Out))
        {
            Fail(vector, save, "an exception reached the default exception handler", Describe());
        }

        string outcome;
        if (result.Exit == ExitCodes.Success)
        {
            bool wroteTarget = outTargets.Any(t => File.Exists(t) && new FileInfo(t).Length > 0);
            if (string.IsNullOrWhiteSpace(result.Out) && !wroteTarget)
            {
                Fail(vector, save, "exit 0 but nothing on standard output and no --out file", Describe());
            }
            outcome = "0 success";
        }
        else
        {
            if (string.IsNullOrWhiteSpace(result.Err))
            {
                Fail(vector, save, "non-zero exit with an empty standard error", Describe());
            }
            if (result.Err.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
            {
                Fail(vector, save, "the error carries a control character (a NUL or terminal escape from the command line)", Describe());
            }
            if (!NamesSomething(result.Err, args))
            {
                Fail(vector, save, "the error names no option, argument or file of the command line", Describe());
            }
            if (result.Err.Contains("invalid input", StringComparison.Ordinal) && !result.Err.Contains('$', StringComparison.Ordinal))
            {
                Fail(vector, save, "an invalid-input error without a JSON path", Describe());
            }
            foreach (string target in outTargets.Where(File.Exists))
            {
                Fail(vector, save, $"the command failed but left '{target}'", Describe());
            }
            outcome = result.Exit == ExitCodes.InvalidInput ? "1 input or data error"
                : result.Exit == ExitCodes.IoFailure ? "3 output could not be written"
                : result.Err.Contains(" --help' for usage.", StringComparison.Ordinal) ? "2 usage error (parser)" : "2 usage error (command)";
        }

        // No temporary file may stay behind next to an --out target, whatever the outcome.
        var leftovers = Directory.GetFileSystemEntries(files.OutDirectory).Where(e => !outTargets.Contains(e, StringComparer.Ordinal)).ToList();
        if (leftovers.Count > 0)
        {
            Fail(vector, save, "files left in the --out directory: " + string.Join(", ", leftovers), Describe());
        }
        foreach (string target in outTargets.Where(File.Exists))
        {
            File.Delete(target);
        }
        return outcome;
    }

    private string Resolve(string arg, List<string> outTargets)
    {
        if (arg.Contains(CliArgumentGrammar.OutToken, StringComparison.Ordinal))
        {
            string target = Path.Combine(files.OutDirectory, $"t{Guid.NewGuid():N}.out");
            outTargets.Add(target);
            arg = arg.Replace(CliArgumentGrammar.OutToken, target, StringComparison.Ordinal);
        }
        return arg.Replace(CliArgumentGrammar.RootToken, files.Root, StringComparison.Ordinal);
    }

    // The message must contain one of the command line's tokens (quoted, or unquoted when at least three characters
    // long, or the part before or after '=' or ':'), a file name from it, or a command or option name of the CLI.
    private static bool NamesSomething(string error, string[] args)
    {
        // The hint "Run 'modomain vocab --help' for usage." names the command for every parser error; judge the rest,
        // except for "Required command was not provided." (localised by System.CommandLine, so recognised by shape: no
        // quoted token, and the hint names the root or a command group), where the hint names the place of the gap.
        Match hint = HelpHint.Match(error);
        error = HelpHint.Replace(error, string.Empty);
        if (hint.Success && CommandGroups.Contains(hint.Groups[1].Value) && !error.Contains('\'', StringComparison.Ordinal))
        {
            return true;
        }
        var candidates = new List<string>(CliArgumentGrammar.KnownNames.Where(n => n.Length >= 3)) { "FILE", "NAME" };
        foreach (string arg in args)
        {
            int split = arg.IndexOfAny(['=', ':']);
            string[] values = split > 0 ? [arg, arg[..split], arg[(split + 1)..]] : [arg];
            foreach (string value in values)
            {
                candidates.Add("'" + value + "'");
                candidates.Add("'" + MoDomain.Cli.CliInput.Printable(value) + "'");
                candidates.Add("'" + value.Trim() + "'");
                candidates.Add("/" + value + ":");
                candidates.Add("/" + value + "'");
                if (value.Trim().Length >= 3)
                {
                    candidates.Add(value.Trim());
                    candidates.Add(MoDomain.Cli.CliInput.Printable(value.Trim()));
                }
                if (value.Contains('/', StringComparison.Ordinal) && Path.GetFileName(value.TrimEnd('/')) is { Length: >= 3 } name)
                {
                    candidates.Add(name);
                }
            }
        }
        if (candidates.Any(c => c.Trim().Length > 0 && error.Contains(c, StringComparison.Ordinal)))
        {
            return true;
        }
        // A quoted part of a token also names it: "-format" is read as "-f ormat", and the parser quotes 'ormat'.
        // Control characters in tokens are echoed escaped (\uXXXX), so compare with the escaped tokens as well.
        return QuotedPart.Matches(error).Select(m => m.Groups[1].Value).Any(q => q.Trim().Length >= 2
            && args.Any(a => a.Contains(q, StringComparison.Ordinal) || MoDomain.Cli.CliInput.Printable(a).Contains(q, StringComparison.Ordinal)));
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Fail(string[] vector, bool save, string what, string? details)
    {
        string saved = save ? " (saved as " + Save(vector) + ")" : string.Empty;
        Assert.Fail($"{what}{saved}\nvector: {string.Join(" ", vector.Select(Escape))}\n{details}");
    }

    private static string Cut(string text) => text.Length <= 2000 ? text : text[..2000] + "…";

    private static string RegressionDirectory => Path.Combine(RepositoryFiles.Root(), "tests", "MoDomain.Tests", "Support", "Regressions");

    // One argument per line, escaped so that control characters, line breaks and lone surrogates survive.
    private static string Save(string[] vector)
    {
        string text = string.Join("\n", vector.Select(Escape)) + "\n";
        string name = "cli-args-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16] + ".txt";
        Directory.CreateDirectory(RegressionDirectory);
        File.WriteAllText(Path.Combine(RegressionDirectory, name), text, new UTF8Encoding(false));
        return name;
    }

    private static IEnumerable<string[]> Regressions() =>
        Directory.Exists(RegressionDirectory)
            ? Directory.GetFiles(RegressionDirectory, "cli-args-*.txt").Order(StringComparer.Ordinal)
                .Select(f => File.ReadAllText(f, Encoding.UTF8).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Unescape).ToArray())
            : [];

    private static string Escape(string arg)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in arg)
        {
            if (c is >= ' ' and <= '~' && c is not '\\' and not '"')
            {
                sb.Append(c);
            }
            else
            {
                sb.Append(string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"));
            }
        }
        return sb.Append('"').ToString();
    }

    private static string Unescape(string line)
    {
        string body = line.Trim()[1..^1];
        var sb = new StringBuilder();
        for (int i = 0; i < body.Length; i++)
        {
            if (body[i] == '\\' && i + 5 < body.Length && body[i + 1] == 'u')
            {
                sb.Append((char)int.Parse(body.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 5;
            }
            else
            {
                sb.Append(body[i]);
            }
        }
        return sb.ToString();
    }
}
