using System.Globalization;
using System.Linq;
using MoDomain.Definitions;
using MoDomain.Interop;
using MoDomain.Reference;
using MoDomain.Samples;

namespace MoDomain.Tests.Cli;

/// <summary>Outputs do not depend on the current culture.</summary>
public sealed class CultureTests
{
    [Fact]
    public void The_requested_test_culture_is_in_effect()
    {
        if (TestCulture.Requested is { } culture)
        {
            Assert.Equal(culture.Name, CultureInfo.CurrentCulture.Name);
        }
    }

    [Fact]
    public void Json_and_texts_are_byte_identical_under_de_tr_and_invariant_cultures()
    {
        string[] Render() =>
        [
            MoDomainJson.SerializeProfiles(SampleData.Profiles),
            MoDomainJson.SerializeReports(SampleData.Profiles.Select(p => DefinitionSet.Default.ClassifyAll(p))),
            ObjectivesJson.SerializeProfiles(SampleObjectives.Profiles),
            FunctionEvidenceJson.SerializeProfiles(SampleFunctionEvidence.Profiles),
            string.Join("\n", ReferenceData.Figures.Select(f => f.ToString() + f.Share.ToString())),
            string.Join("\n", SampleData.Profiles.Select(p => DefinitionSet.Default.ClassifyAll(p).ToString())),
        ];

        CultureInfo original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            string[] expected = Render();
            foreach (string name in new[] { "de-DE", "tr-TR", "ar-SA", "fa-IR" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
                Assert.Equal(expected, Render());
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }
}
