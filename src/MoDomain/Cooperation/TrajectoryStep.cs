using System;
using MoDomain.Internal;
using MoDomain.Rules;

namespace MoDomain.Cooperation;

/// <summary>One step of a <see cref="CooperationTrajectory"/>: a record and how its arrangement compares with the previous step's.</summary>
/// <remarks>Immutable. On the first step <see cref="ComparedWithPrevious"/> is unknown and <see cref="IsFirst"/> is true.</remarks>
public sealed class TrajectoryStep
{
    /// <summary>Initializes a step.</summary>
    /// <param name="record">The record.</param>
    /// <param name="isFirst">Whether it is the first step.</param>
    /// <param name="comparedWithPrevious">This step's arrangement compared with the previous one (unknown when the first step or when an unknown form leaves it open).</param>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentException">The first step carries a known comparison.</exception>
    public TrajectoryStep(CooperationRecord record, bool isFirst, Fact<MaturityComparison> comparedWithPrevious)
    {
        Record = Guard.Against.Null(record);
        Guard.Against.Unsatisfied(!isFirst || comparedWithPrevious.IsUnknown, "The first step has no previous step to compare with.", nameof(comparedWithPrevious));
        IsFirst = isFirst;
        ComparedWithPrevious = comparedWithPrevious;
    }

    /// <summary>Gets the record.</summary>
    public CooperationRecord Record { get; }

    /// <summary>Gets whether this is the first step.</summary>
    public bool IsFirst { get; }

    /// <summary>Gets how this step's arrangement compares with the previous step's: greater means more institutionalised.</summary>
    public Fact<MaturityComparison> ComparedWithPrevious { get; }
}
