using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using MoDomain.Definitions;
using MoDomain.Interop;
using MoDomain.Samples;

namespace MoDomain.Tests.Definitions;

/// <summary>
/// Shared rules, vocabularies and analyses evaluated from many threads at once give exactly the sequential results
/// (bounded in count, not in time).
/// </summary>
public sealed class ConcurrencyTests
{
    private const int Rounds = 2_000;

    [Fact]
    public void Classifying_from_many_threads_gives_the_sequential_reports()
    {
        var profiles = SampleData.Profiles;
        string[] sequential = [.. profiles.Select(p => MoDomainJson.SerializeReports([DefinitionSet.Default.ClassifyAll(p)]))];
        var differences = new ConcurrentBag<string>();
        Parallel.For(0, Rounds, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            int k = i % profiles.Length;
            string report = MoDomainJson.SerializeReports([DefinitionSet.Default.ClassifyAll(profiles[k])]);
            if (report != sequential[k])
            {
                differences.Add(profiles[k].Name);
            }
        });
        Assert.Empty(differences);
    }

    [Fact]
    public void Objective_and_function_analyses_from_many_threads_match_the_sequential_ones()
    {
        string objectives = ObjectivesJson.SerializeProfiles(SampleObjectives.Profiles);
        string evidence = FunctionEvidenceJson.SerializeProfiles(SampleFunctionEvidence.Profiles);
        var dominant = SampleObjectives.Profiles.Select(p => string.Join(",", p.Analyze().DominantCells)).ToArray();
        var differences = new ConcurrentBag<int>();
        Parallel.For(0, Rounds, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            int k = i % SampleObjectives.Profiles.Length;
            if (string.Join(",", SampleObjectives.Profiles[k].Analyze().DominantCells) != dominant[k]
                || (i % 50 == 0 && (ObjectivesJson.SerializeProfiles(SampleObjectives.Profiles) != objectives
                    || FunctionEvidenceJson.SerializeProfiles(SampleFunctionEvidence.Profiles) != evidence)))
            {
                differences.Add(i);
            }
        });
        Assert.Empty(differences);
    }

    [Fact]
    public void Vocabulary_lookups_from_many_threads_are_consistent()
    {
        var schemes = VocabularyCatalog.All;
        var differences = new ConcurrentBag<string>();
        Parallel.For(0, Rounds, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var scheme = schemes[i % schemes.Length];
            foreach (var concept in scheme.Concepts)
            {
                if (!ReferenceEquals(scheme[concept.Id], concept))
                {
                    differences.Add(scheme.Id + "/" + concept.Id);
                }
            }
        });
        Assert.Empty(differences);
    }
}
