using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MoDomain.Tests.Api;

/// <summary>
/// The static data that mutation testing cannot reach (its initialisers run once per test process, so Stryker's
/// runner never switches a mutant on there) is left out of mutation in <c>tests/MoDomain.Tests/stryker-config.json</c>:
/// one <c>"!**/Folder/File.cs{start..end}"</c> entry of <c>mutate</c> per file, one character span per member. These
/// tests keep those spans from rotting: each must still cover exactly one static member of an existing file, and every
/// string literal of that member must occur in a committed file of <c>docs/vocabularies/</c> or <c>docs/samples/</c>,
/// so changing it fails <see cref="VocabularySnapshotTests"/> or <see cref="SampleSnapshotTests"/>.
/// </summary>
/// <remarks>
/// An edit above such a member shifts its characters and fails <see cref="Every_excluded_span_is_one_whole_static_member"/>;
/// the message names the span and the line it now starts with. Production code carries no <c>Stryker</c> comments.
/// </remarks>
public sealed class StaticDataPinningTests
{
    private const string ConfigFile = "stryker-config.json";

    private static readonly Regex StringLiteral = new("(?<!@)\\$?\"((?:[^\"\\\\]|\\\\.)*)\"", RegexOptions.CultureInvariant);
    private static readonly Regex Interpolation = new("\\{[^{}]*\\}", RegexOptions.CultureInvariant);
    private static readonly Regex Exclusion = new("^!\\*\\*/(?<path>[^{]+)(?<spans>(\\{\\d+\\.\\.\\d+\\})+)$", RegexOptions.CultureInvariant);
    private static readonly Regex Span = new("\\{(?<start>\\d+)\\.\\.(?<end>\\d+)\\}", RegexOptions.CultureInvariant);
    private static readonly Regex StaticMember = new("^(public|private|internal) static ", RegexOptions.CultureInvariant);

    [Fact]
    public void Every_excluded_span_is_one_whole_static_member()
    {
        var problems = new List<string>();
        int members = 0;
        foreach (var (file, text, spans) in Exclusions())
        {
            int previousEnd = 0;
            foreach (var (start, end) in spans)
            {
                members++;
                string where = $"{Path.GetFileName(file)}{{{start}..{end}}}";
                if (start < previousEnd || end <= start || end > text.Length)
                {
                    problems.Add($"{where}: out of order or outside the file ({text.Length} characters)");
                    continue;
                }

                previousEnd = end;
                string body = text[start..end];
                bool startsMember = start >= 5 && text.Substring(start - 5, 5) == "\n    " && StaticMember.IsMatch(body);
                bool endsMember = (body.EndsWith(';') || body.EndsWith('}') || body.EndsWith(']'))
                    && (end == text.Length || text[end] == '\n');
                bool oneMember = !body.Split('\n').Skip(1).Any(IsMemberLevel);
                if (!startsMember || !endsMember || !oneMember)
                {
                    string first = body.Split('\n')[0];
                    problems.Add($"{where}: not one whole static member (starts with \"{first[..Math.Min(first.Length, 80)]}\")");
                }
            }
        }

        Assert.True(members >= 150, $"only {members} excluded members in {ConfigFile}; the exclusions were lost?");
        Assert.True(problems.Count == 0, $"The static-data spans in tests/MoDomain.Tests/{ConfigFile} no longer match the sources; " +
            "recompute them for the edited files (docs/quality.md, \"Mutation testing\"):\n" + string.Join("\n", problems.Take(50)));
    }

    [Fact]
    public void Every_literal_of_excluded_static_data_is_in_a_committed_snapshot()
    {
        string root = RepositoryFiles.Root();
        var pinned = PinnedValues(Path.Combine(root, "docs", "vocabularies")).Concat(PinnedValues(Path.Combine(root, "docs", "samples"))).ToList();
        var exact = new HashSet<string>(pinned, StringComparer.Ordinal);
        var missing = new List<string>();
        int literals = 0;
        foreach (var (file, text, spans) in Exclusions())
        {
            foreach (var (start, end) in spans.Where(s => s.End <= text.Length && s.Start < s.End))
            {
                foreach (var (literal, whole) in LiteralsOf(text[start..end]))
                {
                    literals++;
                    // A whole literal must be a pinned value, except a long one that code joins with others (corpus texts)
                    // and an id prefix such as "criterion:" that code puts before a pinned id.
                    bool found = whole && literal.Length < 12 && !literal.EndsWith(':')
                        ? exact.Contains(literal)
                        : exact.Contains(literal) || pinned.Any(p => p.Contains(literal, StringComparison.Ordinal));
                    if (!found)
                    {
                        missing.Add($"{Path.GetFileName(file)}{{{start}..{end}}}: \"{literal}\"");
                    }
                }
            }
        }

        Assert.True(literals >= 1_300, $"only {literals} literals found; the scan is broken?");
        Assert.True(missing.Count == 0, "Not in docs/vocabularies/ or docs/samples/:\n" + string.Join("\n", missing.Take(50)));
    }

    [Fact]
    public void Production_code_carries_no_mutation_tool_comments()
    {
        string root = RepositoryFiles.Root();
        var marked = SourceFiles(root)
            .Where(f => File.ReadLines(f).Any(l => l.TrimStart().StartsWith("// Stryker", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(root, f))
            .ToList();
        Assert.True(marked.Count == 0, $"Stryker comments in src/ (configure exclusions in {ConfigFile}): " + string.Join(", ", marked));
    }

    // The mutate entries that exclude spans, each resolved to the one source file whose path ends with the pattern.
    private static List<(string File, string Text, List<(int Start, int End)> Spans)> Exclusions()
    {
        string root = RepositoryFiles.Root();
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "tests", "MoDomain.Tests", ConfigFile)));
        var sources = SourceFiles(root).ToList();
        var result = new List<(string File, string Text, List<(int Start, int End)> Spans)>();
        foreach (var entry in config.RootElement.GetProperty("stryker-config").GetProperty("mutate").EnumerateArray())
        {
            var m = Exclusion.Match(entry.GetString()!);
            if (!m.Success)
            {
                continue;
            }

            string suffix = Path.DirectorySeparatorChar + m.Groups["path"].Value.Replace('/', Path.DirectorySeparatorChar);
            var files = sources.Where(f => f.EndsWith(suffix, StringComparison.Ordinal)).ToList();
            Assert.True(files.Count == 1, $"{ConfigFile}: \"{entry.GetString()![..Math.Min(entry.GetString()!.Length, 60)]}\" matches {files.Count} files in src/");
            var spans = Span.Matches(m.Groups["spans"].Value)
                .Select(s => (int.Parse(s.Groups["start"].Value, CultureInfo.InvariantCulture), int.Parse(s.Groups["end"].Value, CultureInfo.InvariantCulture)))
                .ToList();
            result.Add((files[0], File.ReadAllText(files[0]), spans));
        }

        Assert.True(result.Count >= 20, $"only {result.Count} files with excluded spans in {ConfigFile}");
        return result;
    }

    private static IEnumerable<string> SourceFiles(string root) =>
        new[] { "MoDomain", "MoDomain.Research", "MoDomain.Samples" }
            .SelectMany(p => Directory.GetFiles(Path.Combine(root, "src", p), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    private static bool IsMemberLevel(string line) =>
        line.StartsWith("    public ", StringComparison.Ordinal) || line.StartsWith("    private ", StringComparison.Ordinal)
        || line.StartsWith("    internal ", StringComparison.Ordinal) || line.StartsWith("    ///", StringComparison.Ordinal)
        || line.StartsWith("    // ", StringComparison.Ordinal) || line.StartsWith('}');

    // String literals of a member, unescaped, and whether the literal must be a whole pinned value; interpolated
    // literals give their constant pieces, which must occur inside one. Comments are skipped, and so are the messages
    // of consistency checks that throw while the data is built: such a throw fails the type's initialisation, which
    // every test touching the type reports.
    private static IEnumerable<(string Literal, bool Whole)> LiteralsOf(string body)
    {
        foreach (string raw in body.Split('\n'))
        {
            string trimmed = raw.TrimStart();
            if (trimmed.StartsWith("//", StringComparison.Ordinal) || raw.Contains("throw new ", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match m in StringLiteral.Matches(raw))
            {
                string text = Regex.Unescape(m.Groups[1].Value);
                if (!m.Value.StartsWith('$'))
                {
                    yield return (text, true);
                    continue;
                }

                foreach (string piece in Interpolation.Split(text).Where(p => p.Length > 0))
                {
                    yield return (piece, false);
                }
            }
        }
    }

    private static List<string> PinnedValues(string dir)
    {
        var values = new List<string>();
        foreach (string file in Directory.GetFiles(dir))
        {
            if (file.EndsWith(".json", StringComparison.Ordinal))
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(file));
                Collect(doc.RootElement, values);
            }
            else
            {
                values.AddRange(File.ReadAllLines(file).SelectMany(l => l.Split('\t')));
            }
        }

        return values;
    }

    private static void Collect(JsonElement e, List<string> values)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String: values.Add(e.GetString()!); break;
            case JsonValueKind.Object: foreach (var p in e.EnumerateObject()) { Collect(p.Value, values); } break;
            case JsonValueKind.Array: foreach (var item in e.EnumerateArray()) { Collect(item, values); } break;
        }
    }
}
