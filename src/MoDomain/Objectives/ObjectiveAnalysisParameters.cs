using System;
using System.Globalization;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.Objectives;

/// <summary>
/// The interpretive choices of <see cref="ObjectiveAnalysis"/>: when an organisation counts as mainly inward-oriented
/// ("binnenorientiert").
/// </summary>
/// <remarks>
/// <para>The source (Qualitätszirkel 2023) says that most MOs direct their work "binnenorientiert" at their members'
/// interests, but it gives no measure. The library's reading is <em>interpretive</em> (source
/// <see cref="SourceKeys.Interpretive"/>): an organisation is mainly inward-oriented when the weighted share of its
/// inward objectives is strictly greater than <see cref="MainlyInwardThreshold"/>, by default 0.5 (more than half).
/// Callers can supply their own threshold.</para>
/// </remarks>
public sealed class ObjectiveAnalysisParameters : IEquatable<ObjectiveAnalysisParameters>
{
    /// <summary>The default threshold: 0.5.</summary>
    public const double DefaultMainlyInwardThreshold = 0.5;

    /// <summary>Creates parameters.</summary>
    /// <param name="mainlyInwardThreshold">The inward share an organisation must exceed (strictly) to count as mainly inward-oriented; in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mainlyInwardThreshold"/> is NaN or outside [0, 1].</exception>
    public ObjectiveAnalysisParameters(double mainlyInwardThreshold = DefaultMainlyInwardThreshold)
    {
        MainlyInwardThreshold = Guard.Against.NotAShare(mainlyInwardThreshold);
    }

    /// <summary>Gets the documented default parameters (threshold 0.5, interpretive).</summary>
    public static ObjectiveAnalysisParameters Default { get; } = new();

    /// <summary>Gets the inward share an organisation must exceed (strictly) to count as mainly inward-oriented.</summary>
    public double MainlyInwardThreshold { get; }

    /// <summary>Gets the source of the threshold: <see cref="SourceKeys.Interpretive"/>.</summary>
    public static string Source => SourceKeys.Interpretive;

    /// <inheritdoc />
    public bool Equals(ObjectiveAnalysisParameters? other) => other is not null && MainlyInwardThreshold.Equals(other.MainlyInwardThreshold);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ObjectiveAnalysisParameters);

    /// <inheritdoc />
    public override int GetHashCode() => MainlyInwardThreshold.GetHashCode();

    /// <summary>Returns the threshold, for example <c>mainly-inward &gt; 0.5</c>.</summary>
    /// <returns>The text, culture-invariant.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"mainly-inward > {MainlyInwardThreshold:R}");

    /// <summary>Value equality, the same as <see cref="Equals(ObjectiveAnalysisParameters?)"/>; two null references are equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(ObjectiveAnalysisParameters? left, ObjectiveAnalysisParameters? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality: the negation of the equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when exactly one is null or they differ.</returns>
    public static bool operator !=(ObjectiveAnalysisParameters? left, ObjectiveAnalysisParameters? right) => !(left == right);
}
