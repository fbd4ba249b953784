using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using MoDomain.Definitions;
using MoDomain.Interop;
using MoDomain.Rules;

namespace MoDomain.Tests.Api;

/// <summary>
/// The vocabularies as data in <c>docs/vocabularies/</c>: every scheme's ids, German and English labels, descriptions
/// and sources, and the organisation facts the definitions read. The files are generated from the code and fail the
/// build when they drift, so a changed label or source is always a deliberate, reviewed change, and an id can never be
/// renamed silently (DOMAIN.md ids are the JSON values).
/// </summary>
public sealed class VocabularySnapshotTests
{
    public static TheoryData<string> SchemeIds() => [.. VocabularyCatalog.All.Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(SchemeIds))]
    public void Committed_vocabulary_matches_the_code(string schemeId)
    {
        string json = VocabularyJson.Write(VocabularyCatalog.Get(schemeId)).ReplaceLineEndings("\n") + "\n";
        RepositoryFiles.AssertCommitted(Path.Combine("docs", "vocabularies", schemeId + ".json"), json);
    }

    [Fact]
    public void Committed_organisation_facts_match_the_code()
    {
        var text = new StringBuilder("# The facts of an organisation profile that rules read: id, English label, German label.\n");
        foreach (var property in typeof(OrganisationFacts).GetProperties(BindingFlags.Public | BindingFlags.Static).OrderBy(p => p.MetadataToken))
        {
            var descriptor = (FactDescriptor<OrganisationProfile>)property.GetValue(null)!;
            text.Append(descriptor.Id).Append('\t').Append(descriptor.Label.English).Append('\t').Append(descriptor.Label.German).Append('\n');
        }
        RepositoryFiles.AssertCommitted(Path.Combine("docs", "vocabularies", "organisation-facts.tsv"), text.ToString());
    }

    [Fact]
    public void Every_vocabulary_file_belongs_to_a_scheme()
    {
        string dir = Path.Combine(RepositoryFiles.Root(), "docs", "vocabularies");
        var names = Directory.GetFiles(dir, "*.json").Select(f => Path.GetFileNameWithoutExtension(f));
        Assert.All(names, n => Assert.Contains(n, VocabularyCatalog.All.Select(s => s.Id)));
    }
}
