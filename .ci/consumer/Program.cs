using MoDomain.Definitions;
using MoDomain.Interop;
using MoDomain.Samples;

// Classify the embedded sample through the packed package and check a documented result.
int meets = 0;
foreach (var profile in SampleData.Profiles)
{
    var report = DefinitionSet.Default.ClassifyAll(profile);
    foreach (var c in report.Classifications)
    {
        if (c.Verdict.IsYes)
        {
            meets++;
        }
    }
}
var roundTrip = MoDomainJson.DeserializeProfiles(MoDomainJson.SerializeProfiles(SampleData.Profiles));
bool ok = meets > 0 && roundTrip.SequenceEqual(SampleData.Profiles);
Console.WriteLine($"consumer: {SampleData.Profiles.Length} profiles, {meets} definition verdicts met, JSON round trip {(ok ? "ok" : "FAILED")}");
return ok ? 0 : 1;
