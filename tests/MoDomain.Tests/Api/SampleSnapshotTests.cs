using System;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using MoDomain.Interop;
using MoDomain.Samples;

namespace MoDomain.Tests.Api;

/// <summary>
/// The embedded sample data as committed files in <c>docs/samples/</c>: the JSON a user can feed back to the CLI, plus
/// a field-by-field listing of the two samples that have no JSON contract. A changed sample value is a reviewed diff,
/// and <see cref="StaticDataPinningTests"/> checks that every literal of the sample code is in these files.
/// </summary>
public sealed class SampleSnapshotTests
{
    public static TheoryData<string> Files =>
    [
        "profiles.json", "organisations.tsv", "funding-cases.json", "objective-profiles.json", "function-evidence.json",
        "cooperation-municipality.json", "corpus.json", "codebook.json", "cooperation-assessment-and-start.tsv",
    ];

    [Theory]
    [MemberData(nameof(Files))]
    public void Committed_sample_file_matches_the_code(string name) => Commit(name, name switch
    {
        "profiles.json" => MoDomainJson.SerializeProfiles(SampleData.Profiles),
        "organisations.tsv" => "# Sample organisations: id, description.\n" + string.Concat(SampleData.Organisations.Select(o => o.Id + "\t" + o.Description + "\n")),
        "funding-cases.json" => FundingJson.SerializeCases(SampleFunding.Cases),
        "objective-profiles.json" => ObjectivesJson.SerializeProfiles(SampleObjectives.Profiles),
        "function-evidence.json" => FunctionEvidenceJson.SerializeProfiles(SampleFunctionEvidence.Profiles),
        "cooperation-municipality.json" => CooperationJson.SerializeMunicipality(SampleCooperation.Municipality),
        "corpus.json" => CorpusJson.Write(SampleCorpus.Corpus, includeDirectIdentifiers: true),
        "codebook.json" => CorpusJson.WriteCodebook(SampleCorpus.Codebook),
        "cooperation-assessment-and-start.tsv" => AssessmentAndStart(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such sample file."),
    });

    private static string AssessmentAndStart()
    {
        var text = new StringBuilder("# The sample cooperation assessment and start process, one public value per line: path, value.\n");
        Dump(text, "assessment", SampleCooperation.Assessment, 0);
        Dump(text, "start", SampleCooperation.Start, 0);
        return text.ToString();
    }

    private static void Commit(string name, string content) =>
        RepositoryFiles.AssertCommitted(Path.Combine("docs", "samples", name), content.ReplaceLineEndings("\n").TrimEnd('\n') + "\n");

    // Public read-only state, depth first; leaves are written with their invariant text form.
    private static void Dump(StringBuilder text, string path, object? value, int depth)
    {
        Assert.True(depth < 8, "sample object graph deeper than expected at " + path);
        switch (value)
        {
            case null:
                text.Append(path).Append("\tnull\n");
                return;
            case NodaTime.LocalDate date:
                text.Append(path).Append('\t').Append(NodaTime.Text.LocalDatePattern.Iso.Format(date)).Append('\n');
                return;
            case string or Enum or bool or int or long or double or decimal:
                text.Append(path).Append('\t').Append(Convert.ToString(value, CultureInfo.InvariantCulture)!.ReplaceLineEndings(" ")).Append('\n');
                return;
            case IEnumerable items:
                int i = 0;
                foreach (object? item in items)
                {
                    Dump(text, $"{path}[{i++}]", item, depth + 1);
                }

                return;
        }

        Type type = value.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(MoDomain.Rules.Fact<>))
        {
            bool known = (bool)type.GetProperty(nameof(MoDomain.Rules.Fact<int>.IsKnown))!.GetValue(value)!;
            Dump(text, path, known ? type.GetProperty(nameof(MoDomain.Rules.Fact<int>.Value))!.GetValue(value) : "unknown", depth + 1);
            return;
        }

        if (type.Namespace == "MoDomain.Rules" || type.Namespace == "MoDomain.Vocabulary")
        {
            // Facts, truths, value sets and texts have invariant text forms of their own.
            text.Append(path).Append('\t').Append(value is MoDomain.Vocabulary.LocalizedText t ? t.English + " | " + t.German : value.ToString()).Append('\n');
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).OrderBy(p => p.MetadataToken))
        {
            Dump(text, path + "." + property.Name, property.GetValue(value), depth + 1);
        }
    }
}
