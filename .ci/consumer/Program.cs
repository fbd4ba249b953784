using MoDomain.Definitions;
using MoDomain.Interop;
using MoDomain.Rules;
using MoDomain.Samples;
using MoDomain.SocialSecurity;
using NodaTime;

// Built twice by .ci/run: net8.0 with C# 12 and net10.0. Every call below must compile with C# 12, which has no
// params collections: ValueSet.Of / OfStrings and FunctionEvidenceProfile.Add take params arrays.
int meets = 0;
foreach (var profile in SampleData.Profiles)
{
    var report = DefinitionSet.Default.ClassifyAll(profile);
    foreach (var c in report.Classifications)
    {
        // A switch on the enum view of a Truth (issue 18).
        switch (c.Verdict.Value)
        {
            case TruthValue.Yes:
                meets++;
                break;
            case TruthValue.No:
            case TruthValue.Unknown:
                break;
        }
    }
}
var roundTrip = MoDomainJson.DeserializeProfiles(MoDomainJson.SerializeProfiles(SampleData.Profiles));
bool ok = meets > 0 && roundTrip.SequenceEqual(SampleData.Profiles);

// The README quick start, as a C# 12 consumer writes it.
var quick = new OrganisationProfile("Kulturbrücke e.V.", new LocalDate(2026, 1, 1),
    legalForm: LegalForm.RegisteredAssociation, nonProfitStatus: NonProfitStatus.Recognised,
    carrierMigrantShare: 0.5, migrationReferences: ValueSet.Of(MigrationReference.LivingTogether, MigrationReference.MigrationSituation));
ok &= DefinitionSet.Default.ClassifyAll(quick).Classifications[0].Verdict.IsYes;
ok &= ValueSet.OfStrings("b", "a").Count == 2 && ValueSet.Of<MigrationReference>().Count == 0;

var evidence = new FunctionEvidenceProfile("Together e.V.", []).Add(
    new FunctionEvidence(FunctionIndicator.SafeSpace, Perspective.MigrantOrganisation, EvidenceStance.Supports, new EvidenceReference("interview-1")),
    new FunctionEvidence(FunctionIndicator.ReferralAndAccess, Perspective.PublicAdministration, EvidenceStance.Supports, new EvidenceReference("interview-2")));
ok &= evidence.Evidence.Length == 2;
ok &= TruthVocabulary.Values.ConceptOf(Truth.Yes.Value).Label.German == "Ja";

Console.WriteLine($"consumer: {SampleData.Profiles.Length} profiles, {meets} definition verdicts met, JSON round trip and C# 12 calls {(ok ? "ok" : "FAILED")}");
return ok ? 0 : 1;
