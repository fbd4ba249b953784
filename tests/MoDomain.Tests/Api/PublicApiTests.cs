using System;
using System.IO;
using MoDomain.Rules;

namespace MoDomain.Tests.Api;

/// <summary>
/// The public API baseline: the library's public surface is written to <c>docs/api/public-api.txt</c>; the test fails
/// when the surface differs from the committed file (and rewrites the file so the change shows up in the diff).
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_matches_the_committed_baseline()
    {
        string actual = PublicApiWriter.Write(typeof(Truth).Assembly);
        string path = Path.Combine(RepositoryRoot(), "docs", "api", "public-api.txt");
        string? expected = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("CI") != "true")
        {
            // Locally the baseline is refreshed so the change can be reviewed and committed together with the code.
            File.WriteAllText(path, actual);
        }

        Assert.Fail($"The public API differs from {path}. Review the diff of that file and commit it with the change (in CI the file is not rewritten).");
    }

    [Fact]
    public void Writer_lists_members_with_nullability()
    {
        string surface = PublicApiWriter.Write(typeof(Truth).Assembly);
        Assert.Contains("readonly struct MoDomain.Rules.Truth", surface, StringComparison.Ordinal);
        Assert.Contains("System.Boolean TryGet(System.String? id, out MoDomain.Vocabulary.Concept? concept)", surface, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MoDomain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MoDomain.sln not found above " + AppContext.BaseDirectory);
    }
}
