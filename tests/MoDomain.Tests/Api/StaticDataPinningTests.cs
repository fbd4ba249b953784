using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MoDomain.Tests.Api;

/// <summary>
/// The static data that mutation testing cannot reach (its initialisers run once per test process, so Stryker's
/// runner never switches a mutant on there) is marked in the source with a <c>Stryker disable</c> comment. This test
/// checks the claim those comments make: every string literal of every member marked as pinned by the vocabulary
/// snapshot occurs in a committed file of <c>docs/vocabularies/</c>, so changing it fails
/// <see cref="VocabularySnapshotTests"/>.
/// </summary>
public sealed class StaticDataPinningTests
{
    private const string Marker = "// Stryker disable";
    private const string SnapshotPin = "pinned by VocabularySnapshotTests";
    private const string SamplePin = "pinned by SampleSnapshotTests";

    private static readonly Regex StringLiteral = new("(?<!@)\\$?\"((?:[^\"\\\\]|\\\\.)*)\"", RegexOptions.CultureInvariant);
    private static readonly Regex Interpolation = new("\\{[^{}]*\\}", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData(SnapshotPin, "vocabularies", 100, 1_000)]
    [InlineData(SamplePin, "samples", 20, 300)]
    public void Every_literal_of_pinned_static_data_is_in_the_committed_snapshot(string pin, string folder, int minimumMembers, int minimumLiterals)
    {
        string root = RepositoryFiles.Root();
        var pinned = PinnedValues(Path.Combine(root, "docs", folder));
        var exact = new HashSet<string>(pinned, StringComparer.Ordinal);
        var missing = new List<string>();
        int literals = 0;
        int members = 0;
        foreach (string file in new[] { "MoDomain", "MoDomain.Research", "MoDomain.Samples" }.SelectMany(p => Directory.GetFiles(Path.Combine(root, "src", p), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            foreach (var (line, body) in MarkedMembers(File.ReadAllLines(file), pin))
            {
                members++;
                foreach (var (literal, whole) in LiteralsOf(body))
                {
                    literals++;
                    // A whole literal must be a pinned value, except a long one that code joins with others (corpus texts)
                    // and an id prefix such as "criterion:" that code puts before a pinned id.
                    bool found = whole && literal.Length < 12 && !literal.EndsWith(':')
                        ? exact.Contains(literal)
                        : exact.Contains(literal) || pinned.Any(p => p.Contains(literal, StringComparison.Ordinal));
                    if (!found)
                    {
                        missing.Add($"{Path.GetFileName(file)}:{line}: \"{literal}\"");
                    }
                }
            }
        }

        Assert.True(members >= minimumMembers, $"only {members} marked members found; the markers moved?");
        Assert.True(literals >= minimumLiterals, $"only {literals} literals found; the scan is broken?");
        Assert.True(missing.Count == 0, $"Not in docs/{folder}/:\n" + string.Join("\n", missing.Take(50)));
    }

    [Fact]
    public void A_marker_only_ever_precedes_a_static_member()
    {
        string root = RepositoryFiles.Root();
        foreach (string file in new[] { "MoDomain", "MoDomain.Research", "MoDomain.Samples" }.SelectMany(p => Directory.GetFiles(Path.Combine(root, "src", p), "*.cs", SearchOption.AllDirectories)))
        {
            string[] lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].TrimStart().StartsWith(Marker, StringComparison.Ordinal))
                {
                    Assert.Contains("docs/quality.md", lines[i], StringComparison.Ordinal);
                    string next = lines.Skip(i + 1).First(l => !l.TrimStart().StartsWith("///", StringComparison.Ordinal) && !l.TrimStart().StartsWith('['));
                    Assert.Matches("^    (public|private|internal) static ", next);
                }
            }
        }
    }

    // The member after each marker line that names the pin: from its first line up to the next line at member level.
    private static IEnumerable<(int Line, string Body)> MarkedMembers(string[] lines, string pin)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].TrimStart().StartsWith(Marker, StringComparison.Ordinal) || !lines[i].Contains(pin, StringComparison.Ordinal))
            {
                continue;
            }

            int start = i + 1;
            while (lines[start].TrimStart().StartsWith("///", StringComparison.Ordinal))
            {
                start++;
            }

            var body = new StringBuilder(lines[start]).Append('\n');
            int end = start + 1;
            while (end < lines.Length && !IsMemberLevel(lines[end]))
            {
                body.Append(lines[end]).Append('\n');
                end++;
            }

            yield return (start + 1, body.ToString());
        }
    }

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
