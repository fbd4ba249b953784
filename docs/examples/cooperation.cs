#:project ../../src/MoDomain.Samples/MoDomain.Samples.csproj
#:property PublishAot=false
#:property ImplicitUsings=enable
// The worked examples of docs/cooperation.md as a runnable file-based script: dotnet run docs/examples/cooperation.cs
using MoDomain.Cooperation;
using MoDomain.Rules;
using MoDomain.Samples;
using NodaTime;

// 1. The partial maturity order.
var order = MaturityOrder.Default;
var jointEvent = new CooperationArrangement(CooperationLevel.SingleEvent, CooperationForm.Joint);
var moProject = new CooperationArrangement(CooperationLevel.Project, CooperationForm.MoLed);
Console.WriteLine($"{jointEvent} vs standing-body: {order.Compare(jointEvent, new CooperationArrangement(CooperationLevel.StandingBody))}");
Console.WriteLine($"{jointEvent} vs {moProject}: {order.Compare(jointEvent, moProject)}");
foreach (var edge in order.HasseEdges)
{
    Console.WriteLine($"  {edge}  ({edge.Source})");
}

// 2. Portfolio of the sample municipality compared with the survey.
var analysis = SampleCooperation.Municipality.Portfolio.Analyze();
foreach (var c in analysis.EventForms)
{
    Console.WriteLine($"events {c.Category}: {c.Observed.Count} ({c.Observed.Share}) vs survey {c.Survey.Share:0.00}");
}
foreach (var gap in analysis.TopicGaps)
{
    Console.WriteLine($"topic below the survey ranking: {gap.Topic}, exceeded by {string.Join(", ", gap.ExceededBy)}");
}

// 3. A trajectory: steps, no score.
var trajectory = SampleCooperation.Municipality.Portfolio.TrajectoryOf("anadolu-kulturverein", SampleCooperation.IntegrationOffice);
foreach (var step in trajectory.Steps)
{
    Console.WriteLine($"  {step.Record.Period} {step.Record.Arrangement} vs previous: {step.ComparedWithPrevious}");
}
Console.WriteLine($"moves towards institutionalisation: {trajectory.MovesTowardsInstitutionalisation}");

// 4. Due diligence: origin, nationality and religion are never read.
var candidate = new MsoCandidate("Elternverein Brücke",
    umbrellaMemberships: ValueSet.OfStrings("Landesverband der Elternvereine"),
    observationReport: new ObservationReport(false, "Verfassungsschutzbericht 2023", new LocalDate(2024, 6, 1)),
    commissionerClarification: CommissionerClarification.NoConcerns,
    religion: "muslimisch");
var result = DueDiligence.Check(candidate);
Console.WriteLine($"due diligence: {result.Outcome}");
foreach (var reason in result.Reasons)
{
    Console.WriteLine($"  {reason.English}");
}
Console.WriteLine($"same without the religion fact: {DueDiligence.Check(candidate.WithIdentity(default, default, default)).Outcome}");
