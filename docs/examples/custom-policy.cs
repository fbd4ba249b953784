#:project ../../src/MoDomain/MoDomain.csproj
#:property PublishAot=false
#:property ImplicitUsings=enable
// A municipality's own funding requirement ("seat in Neustadt") in a policy, a ladder, the gap analysis and JSON, as in
// docs/funding.md ("Your own requirements"). Run: dotnet run docs/examples/custom-policy.cs
using MoDomain.Definitions;
using MoDomain.Funding;
using MoDomain.Interop;
using MoDomain.Rules;
using MoDomain.Vocabulary;
using NodaTime;

const string Guideline = "neustadt-guideline-2024";

// 1. The requirement: the organisation's seat municipality (a caller fact) is Neustadt.
var seatInNeustadt = FundingRequirement.Create(
    Criterion.CallerFactEquals<FundingSubject>(
        "seat-in-neustadt", new LocalizedText("Seat in Neustadt", "Sitz in Neustadt"), Guideline,
        factId: "seat-municipality", factLabel: new LocalizedText("Seat municipality", "Sitzgemeinde"), expected: "Neustadt"));

// 2. A policy that mixes a built-in requirement with the custom one.
var policy = new FundingPolicy(
    "neustadt-project-funding", new LocalizedText("Neustadt project funding", "Neustädter Projektförderung"), Guideline,
    [FundingRequirement.Of(FundingRequirementKind.RecognisedNonProfit), seatInNeustadt]);

// 3. Cases carry the caller fact (or not: then the outcome is undetermined and the fact is reported missing).
var today = new LocalDate(2025, 6, 1);
FundingCase Case(string name, string? seat)
{
    var c = new FundingCase(new OrganisationProfile(name, today, legalForm: LegalForm.RegisteredAssociation, nonProfitStatus: NonProfitStatus.Recognised));
    return seat is null ? c : c.WithCallerFacts(CallerFacts.Empty.With("seat-municipality", seat));
}
foreach (var c in new[] { Case("Kulturbrücke Neustadt e.V.", "Neustadt"), Case("Brückenverein Altdorf e.V.", "Altdorf"), Case("Neuer Verein e.V.", null) })
{
    var result = policy.Evaluate(c, today);
    Console.WriteLine($"{c.Profile.Name} ({c.Profile.Id}): {result.Outcome}; missing: [{string.Join(", ", result.MissingFacts)}]");
    foreach (var r in result.Requirements)
    {
        Console.WriteLine($"  {r.Requirement.Id}: {r.Outcome} — {r.Evaluation.Explanation.English} / {r.Evaluation.Explanation.German}");
    }
}

// 4. The gap analysis on a ladder whose project rung needs the policy.
var ladder = new FundingLadder("neustadt-ladder", new LocalizedText("Neustadt ladder", "Neustädter Förderleiter"),
[
    new FundingRung(FundingForm.SingleMeasureFunding, null, new LocalizedText("Open to every applicant", "Offen für alle"), Guideline),
    new FundingRung(FundingForm.ProjectFunding, policy.Id, new LocalizedText("Needs the seat in Neustadt", "Braucht den Sitz in Neustadt"), Guideline),
]);
var gap = FundingGapAnalysis.Analyse(new FundingSubject(Case("Brückenverein Altdorf e.V.", "Altdorf"), today), ladder, [policy]);
Console.WriteLine($"Highest rung met: {gap.HighestRungMet?.Form}; next: {gap.NextRung?.Form}; blocked by: {string.Join(", ", gap.Blocking.Select(b => b.Requirement.Id))}");

// 5. JSON: the policy names the custom requirement by id; the reader finds it in the registry passed to it.
string json = FundingJson.SerializePolicy(policy);
var registry = new FundingRequirementRegistry([seatInNeustadt]);
var back = FundingJson.DeserializePolicy(json, registry);
Console.WriteLine($"Round trip equal: {back.Equals(policy)}");
try
{
    FundingJson.DeserializePolicy(json); // no registry: a clear error naming the JSON path
}
catch (System.Text.Json.JsonException ex)
{
    Console.WriteLine($"Without the registry: {ex.Message}");
}
string cases = FundingJson.SerializeCases([Case("Kulturbrücke Neustadt e.V.", "Neustadt")]);
Console.WriteLine($"Caller facts in JSON: {FundingJson.DeserializeCases(cases)[0].CallerFacts}");
