using System;
using MoDomain.Internal;
using MoDomain.Rules;

namespace MoDomain.Cooperation;

/// <summary>One survey figure of the municipal set-up and whether the municipality belongs to the group it counts.</summary>
/// <remarks>Immutable. <see cref="InGroup"/> is unknown when the set-up leaves the deciding fact unknown.</remarks>
public sealed class SetUpComparisonLine
{
    /// <summary>Initializes a line.</summary>
    /// <param name="figure">The survey figure.</param>
    /// <param name="inGroup">Whether the municipality belongs to the group the figure counts.</param>
    /// <exception cref="ArgumentNullException"><paramref name="figure"/> is null.</exception>
    public SetUpComparisonLine(SurveyFigure figure, Truth inGroup)
    {
        Figure = Guard.Against.Null(figure);
        InGroup = inGroup;
    }

    /// <summary>Gets the survey figure.</summary>
    public SurveyFigure Figure { get; }

    /// <summary>Gets whether the municipality belongs to the counted group.</summary>
    public Truth InGroup { get; }
}
