using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using MoDomain.Internal;

namespace MoDomain.Objectives;

/// <summary>
/// An immutable record of which of Preißler's thirteen objectives an organisation pursues, each with its emphasis
/// and evidence source.
/// </summary>
/// <remarks>
/// <para>Order never matters: <see cref="Objectives"/> is kept in the order of <see cref="Objective"/> (source order),
/// whatever order the objectives were given in, and two profiles are equal when they have the same organisation name
/// (ordinal) and the same pursued objectives.</para>
/// <para>An objective appears at most once. An empty profile is allowed: it records that no objective is known, and
/// its analysis reports the shares as unknown.</para>
/// </remarks>
public sealed class ObjectiveProfile : IEquatable<ObjectiveProfile>
{
    /// <summary>Creates a profile.</summary>
    /// <param name="organisation">The organisation's name (not blank).</param>
    /// <param name="objectives">The objectives it pursues, in any order; each objective at most once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="organisation"/> or <paramref name="objectives"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="organisation"/> is blank, <paramref name="objectives"/> holds a
    /// null element, or the same objective appears twice; <see cref="ArgumentException.ParamName"/> names the parameter.</exception>
    public ObjectiveProfile(string organisation, IEnumerable<PursuedObjective> objectives)
    {
        Organisation = Guard.Against.Blank(organisation);
        Guard.Against.NullElements(objectives);
        var byObjective = new PursuedObjective?[Enum.GetValues<Objective>().Length];
        int count = 0;
        foreach (var pursued in objectives)
        {
            int index = (int)pursued.Objective;
            Guard.Against.Unsatisfied(
                byObjective[index] is null,
                $"The objective '{ObjectivesVocabulary.Objectives.IdOf(pursued.Objective)}' appears more than once in the profile of '{organisation}'.",
                nameof(objectives));
            byObjective[index] = pursued;
            count++;
        }
        var builder = ImmutableArray.CreateBuilder<PursuedObjective>(count);
        foreach (var pursued in byObjective)
        {
            if (pursued is not null)
            {
                builder.Add(pursued);
            }
        }
        Objectives = builder.MoveToImmutable();
    }

    /// <summary>Gets the organisation's name.</summary>
    public string Organisation { get; }

    /// <summary>Gets the pursued objectives in the order of <see cref="Objective"/>, each objective at most once.</summary>
    public ImmutableArray<PursuedObjective> Objectives { get; }

    /// <summary>Gets whether the profile records no objective at all.</summary>
    public bool IsEmpty => Objectives.IsEmpty;

    /// <summary>Returns whether the organisation is recorded as pursuing <paramref name="objective"/>.</summary>
    /// <param name="objective">The objective.</param>
    /// <returns>True when recorded.</returns>
    public bool Contains(Objective objective) => TryGet(objective, out _);

    /// <summary>Looks up how the organisation pursues <paramref name="objective"/>.</summary>
    /// <param name="objective">The objective.</param>
    /// <param name="pursued">The entry when recorded.</param>
    /// <returns>True when recorded.</returns>
    public bool TryGet(Objective objective, [NotNullWhen(true)] out PursuedObjective? pursued)
    {
        foreach (var candidate in Objectives)
        {
            if (candidate.Objective == objective)
            {
                pursued = candidate;
                return true;
            }
        }
        pursued = null;
        return false;
    }

    /// <summary>Returns a copy with one more pursued objective.</summary>
    /// <param name="pursued">The objective to add; it must not be in the profile yet.</param>
    /// <returns>The new profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pursued"/> is null.</exception>
    /// <exception cref="ArgumentException">The profile already records that objective.</exception>
    public ObjectiveProfile Add(PursuedObjective pursued)
    {
        Guard.Against.Null(pursued);
        Guard.Against.Unsatisfied(
            !Contains(pursued.Objective),
            $"The objective '{ObjectivesVocabulary.Objectives.IdOf(pursued.Objective)}' is already in the profile of '{Organisation}'.",
            nameof(pursued));
        return new ObjectiveProfile(Organisation, [.. Objectives, pursued]);
    }

    /// <summary>Analyses the profile (see <see cref="ObjectiveAnalysis"/>).</summary>
    /// <param name="parameters">The interpretive parameters; <see cref="ObjectiveAnalysisParameters.Default"/> when null.</param>
    /// <param name="evidence">When given, only objectives with this evidence source are considered.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="evidence"/> is not a defined value.</exception>
    public ObjectiveAnalysis Analyze(ObjectiveAnalysisParameters? parameters = null, EvidenceSource? evidence = null) =>
        new(this, parameters ?? ObjectiveAnalysisParameters.Default, evidence);

    /// <inheritdoc />
    public bool Equals(ObjectiveProfile? other)
    {
        if (other is null || !string.Equals(Organisation, other.Organisation, StringComparison.Ordinal) || Objectives.Length != other.Objectives.Length)
        {
            return false;
        }
        for (int i = 0; i < Objectives.Length; i++)
        {
            if (!Objectives[i].Equals(other.Objectives[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ObjectiveProfile);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Organisation, StringComparer.Ordinal);
        foreach (var pursued in Objectives)
        {
            hash.Add(pursued);
        }
        return hash.ToHashCode();
    }

    /// <summary>Returns the organisation's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Organisation;

    /// <summary>Value equality, the same as <see cref="Equals(ObjectiveProfile?)"/>; two null references are equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(ObjectiveProfile? left, ObjectiveProfile? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality: the negation of the equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when exactly one is null or they differ.</returns>
    public static bool operator !=(ObjectiveProfile? left, ObjectiveProfile? right) => !(left == right);
}
