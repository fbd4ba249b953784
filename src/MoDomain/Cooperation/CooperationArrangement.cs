using System;
using System.Collections.Immutable;
using MoDomain.Internal;

namespace MoDomain.Cooperation;

/// <summary>
/// A cooperation arrangement: a level and, for single events and projects, the form (DOMAIN.md §5.1). The elements
/// of the <see cref="MaturityOrder"/>.
/// </summary>
/// <remarks>Immutable value. Only <see cref="CooperationLevel.SingleEvent"/> and <see cref="CooperationLevel.Project"/>
/// have forms; for every other level <see cref="Form"/> is null, which means "not applicable", never "unknown".</remarks>
public sealed class CooperationArrangement : IEquatable<CooperationArrangement>
{
    /// <summary>Initializes an arrangement of a level without forms.</summary>
    /// <param name="level">The level.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="level"/> is a level with forms (single event or project): use the other constructor.</exception>
    public CooperationArrangement(CooperationLevel level)
    {
        Level = Guard.Against.UndefinedValue(level);
        Guard.Against.Unsatisfied(!HasForms(level), $"The level '{CooperationVocabulary.Levels.IdOf(level)}' needs a form.", nameof(level));
    }

    /// <summary>Initializes an arrangement of a single event or project in one form.</summary>
    /// <param name="level">The level: single event or project.</param>
    /// <param name="form">The form.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="level"/> has no forms.</exception>
    public CooperationArrangement(CooperationLevel level, CooperationForm form)
    {
        Level = Guard.Against.UndefinedValue(level);
        Form = Guard.Against.UndefinedValue(form);
        Guard.Against.Unsatisfied(HasForms(level), $"The level '{CooperationVocabulary.Levels.IdOf(level)}' has no forms.", nameof(level));
    }

    /// <summary>Gets the level.</summary>
    public CooperationLevel Level { get; }

    /// <summary>Gets the form, or null when the level has no forms.</summary>
    public CooperationForm? Form { get; }

    /// <summary>Gets the id: the level id, followed by <c>/</c> and the form id when there is a form (e.g. <c>project/joint</c>).</summary>
    public string Id => Form is { } form
        ? CooperationVocabulary.Levels.IdOf(Level) + "/" + CooperationVocabulary.Forms.IdOf(form)
        : CooperationVocabulary.Levels.IdOf(Level);

    /// <summary>Gets every arrangement: each form of single events and projects, then every other level.</summary>
    public static ImmutableArray<CooperationArrangement> All { get; } = CreateAll();

    /// <summary>Whether a level distinguishes the forms of <see cref="CooperationForm"/>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>True for single events and projects.</returns>
    public static bool HasForms(CooperationLevel level) => level is CooperationLevel.SingleEvent or CooperationLevel.Project;

    /// <summary>Parses an id as written by <see cref="Id"/>.</summary>
    /// <param name="id">The id.</param>
    /// <param name="arrangement">The arrangement, when the id is valid.</param>
    /// <returns>Whether the id names an arrangement.</returns>
    public static bool TryParse(string? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CooperationArrangement? arrangement)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.Id, id, StringComparison.Ordinal))
            {
                arrangement = candidate;
                return true;
            }
        }
        arrangement = null;
        return false;
    }

    /// <inheritdoc />
    public bool Equals(CooperationArrangement? other) => other is not null && Level == other.Level && Form == other.Form;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CooperationArrangement);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Level, Form);

    /// <inheritdoc />
    public override string ToString() => Id;

    private static ImmutableArray<CooperationArrangement> CreateAll()
    {
        var builder = ImmutableArray.CreateBuilder<CooperationArrangement>();
        foreach (var level in Enum.GetValues<CooperationLevel>())
        {
            if (HasForms(level))
            {
                foreach (var form in Enum.GetValues<CooperationForm>())
                {
                    builder.Add(new CooperationArrangement(level, form));
                }
            }
            else
            {
                builder.Add(new CooperationArrangement(level));
            }
        }
        return builder.ToImmutable();
    }

    /// <summary>Value equality, the same as <see cref="Equals(CooperationArrangement?)"/>; two null references are equal.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when both are null or equal.</returns>
    public static bool operator ==(CooperationArrangement? left, CooperationArrangement? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Value inequality: the negation of the equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>True when exactly one is null or they differ.</returns>
    public static bool operator !=(CooperationArrangement? left, CooperationArrangement? right) => !(left == right);
}
