using System.Collections.Generic;

namespace MoDomain.Interop;

/// <summary>The JSON shape of an evaluation tree.</summary>
internal sealed class EvaluationDto
{
    public string RuleId { get; set; } = "";

    public TextDto Label { get; set; } = new();

    public string Source { get; set; } = "";

    public string Outcome { get; set; } = "";

    public TextDto Explanation { get; set; } = new();

    public List<FactReadingDto> FactsRead { get; set; } = [];

    public List<string> MissingFacts { get; set; } = [];

    public List<EvaluationDto> Parts { get; set; } = [];
}
