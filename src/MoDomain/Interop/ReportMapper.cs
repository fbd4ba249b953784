using MoDomain.Definitions;
using MoDomain.Rules;
using MoDomain.Vocabulary;

namespace MoDomain.Interop;

/// <summary>Maps classification reports and evaluations to their JSON shape.</summary>
internal static class ReportMapper
{
    internal static ReportDto ToDto(ClassificationReport report)
    {
        var dto = new ReportDto
        {
            Organisation = report.Profile.Name,
            AsOf = report.Profile.AsOf,
            SelfIdentification = report.SelfIdentification.IsKnown ? DefinitionsVocabulary.SelfIdentifications.IdOf(report.SelfIdentification.Value) : "unknown",
            ContainerTerm = ToDto(report.ContainerTerm),
        };
        foreach (var c in report.Classifications)
        {
            dto.Classifications.Add(new ClassificationDto
            {
                Definition = c.Definition.Id,
                Verdict = c.Verdict.Id,
                DiffersFromSelfIdentification = c.DiffersFromSelfIdentification.Id,
                Evaluation = ToDto(c.Evaluation),
            });
        }
        return dto;
    }

    internal static EvaluationDto ToDto(Evaluation evaluation)
    {
        var dto = new EvaluationDto
        {
            RuleId = evaluation.RuleId,
            Label = Text(evaluation.Label),
            Source = evaluation.Source,
            Outcome = evaluation.Outcome.Id,
            Explanation = Text(evaluation.Explanation),
        };
        foreach (var f in evaluation.FactsRead)
        {
            dto.FactsRead.Add(new FactReadingDto { Id = f.Id, Known = f.IsKnown, Value = f.IsKnown ? f.Value.Value : null });
        }
        dto.MissingFacts.AddRange(evaluation.MissingFacts);
        foreach (var part in evaluation.Parts)
        {
            dto.Parts.Add(ToDto(part));
        }
        return dto;
    }

    private static TextDto Text(LocalizedText text) => new() { En = text.English, De = text.German };
}
