using System;
using System.IO;

namespace MoDomain.Tests.Support;

/// <summary>Finds files of the repository the tests check generated artefacts against.</summary>
internal static class RepositoryFiles
{
    internal static string Root()
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

    /// <summary>
    /// Compares a generated artefact with its committed file. Outside CI a differing file is rewritten so the change
    /// shows up in the diff; the comparison fails either way until the file is committed.
    /// </summary>
    internal static void AssertCommitted(string relativePath, string actual)
    {
        string path = Path.Combine(Root(), relativePath);
        string? expected = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("CI") != "true")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
        }

        Assert.Fail($"{relativePath} is stale: it differs from what the code generates. Review the diff of that file and commit it with the change (in CI the file is not rewritten).");
    }
}
