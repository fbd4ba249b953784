namespace MoDomain.Reference;

/// <summary>The unit of a <see cref="ReferenceFigure"/> value.</summary>
public enum FigureUnit
{
    /// <summary>A number of cases (respondents, municipalities, organisations, questions …); JSON id <c>count</c>.</summary>
    Count = 0,

    /// <summary>A percentage between 0 and 100; JSON id <c>percent</c>.</summary>
    Percent = 1,
}
