#:project ../../src/MoDomain/MoDomain.csproj
#:property PublishAot=false
#:property ImplicitUsings=enable
// The README quick start as a runnable file-based script: dotnet run docs/examples/quickstart.cs
using MoDomain.Definitions;
using MoDomain.Rules;
using NodaTime;

var profile = new OrganisationProfile("Kulturbrücke e.V.", new LocalDate(2026, 1, 1),
    legalForm: LegalForm.RegisteredAssociation, nonProfitStatus: NonProfitStatus.Recognised,
    carrierMigrantShare: 0.5, migrationReferences: ValueSet.Of(MigrationReference.LivingTogether));

foreach (var c in DefinitionSet.Default.ClassifyAll(profile).Classifications)
{
    Console.WriteLine($"{c.Definition.Id}: {c.Verdict} - {c.Evaluation.Explanation.English}");
    if (c.Verdict.IsUnknown)
    {
        Console.WriteLine($"  would be decided by: {string.Join(", ", c.Evaluation.MissingFacts)}");
    }
}

// Pin the documented result so the script fails if the library changes behaviour.
if (!StandardDefinitions.Svr2020.Decide(profile).IsYes || !StandardDefinitions.Bpb2013.Decide(profile).IsUnknown)
{
    Console.Error.WriteLine("unexpected verdicts: expected svr-2020 met and bpb-2013 undetermined");
    return 1;
}
return 0;
