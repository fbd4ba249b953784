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
        RepositoryFiles.AssertCommitted(Path.Combine("docs", "api", "public-api.txt"), actual);
    }

    [Fact]
    public void Writer_lists_members_with_nullability()
    {
        string surface = PublicApiWriter.Write(typeof(Truth).Assembly);
        Assert.Contains("readonly struct MoDomain.Rules.Truth", surface, StringComparison.Ordinal);
        Assert.Contains("System.Boolean TryGet(System.String? id, out MoDomain.Vocabulary.Concept? concept)", surface, StringComparison.Ordinal);
    }
}
