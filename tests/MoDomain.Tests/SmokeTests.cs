using MoDomain.Definitions;
using MoDomain.Samples;

namespace MoDomain.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Sample_has_at_least_twelve_profiles_all_classifiable()
    {
        Assert.True(SampleData.Organisations.Length >= 12);
        foreach (var profile in SampleData.Profiles)
        {
            var report = DefinitionSet.Default.ClassifyAll(profile);
            Assert.Equal(2, report.Classifications.Length);
        }
    }
}
