using System.Collections.Generic;
using NodaTime;

namespace MoDomain.Interop;

/// <summary>The JSON shape of a classification report for one organisation.</summary>
internal sealed class ReportDto
{
    public string Organisation { get; set; } = "";

    public LocalDate AsOf { get; set; }

    public string SelfIdentification { get; set; } = "";

    public EvaluationDto ContainerTerm { get; set; } = new();

    public List<ClassificationDto> Classifications { get; set; } = [];
}
