namespace MoDomain.Interop;

/// <summary>The JSON shape of one classification.</summary>
internal sealed class ClassificationDto
{
    public string Definition { get; set; } = "";

    public string Verdict { get; set; } = "";

    public string DiffersFromSelfIdentification { get; set; } = "";

    public EvaluationDto Evaluation { get; set; } = new();
}
