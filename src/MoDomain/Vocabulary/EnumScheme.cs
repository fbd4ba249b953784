using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using MoDomain.Internal;

namespace MoDomain.Vocabulary;

/// <summary>
/// A concept scheme whose concepts correspond one to one, in declaration order, to the members of an enum.
/// This is the single place where a C# enum value is mapped to its stable id.
/// </summary>
/// <typeparam name="TEnum">An <see cref="int"/>-backed enum whose members are numbered 0, 1, 2, … without gaps.</typeparam>
/// <remarks>Instances are immutable and safe to share across threads.</remarks>
public sealed class EnumScheme<TEnum>
    where TEnum : struct, Enum
{
    private readonly Dictionary<string, TEnum> byId;

    /// <summary>Creates the mapping.</summary>
    /// <param name="scheme">The scheme; its concepts must be in enum order, one per member.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is null.</exception>
    /// <exception cref="ArgumentException">The concept count differs from the member count, or the enum is not numbered 0…n-1.</exception>
    public EnumScheme(ConceptScheme scheme)
    {
        Scheme = Guard.Against.Null(scheme);
        var values = Enum.GetValues<TEnum>();
        Guard.Against.Unsatisfied(
            Unsafe.SizeOf<TEnum>() == sizeof(int),
            $"{typeof(TEnum).Name} must be int-backed.",
            nameof(scheme));
        Guard.Against.Unsatisfied(
            values.Length == scheme.Concepts.Length,
            $"Scheme '{scheme.Id}' has {scheme.Concepts.Length} concepts but {typeof(TEnum).Name} has {values.Length} members.",
            nameof(scheme));
        byId = new Dictionary<string, TEnum>(StringComparer.Ordinal);
        for (int i = 0; i < values.Length; i++)
        {
            var v = values[i];
            Guard.Against.Unsatisfied(ToIndex(v) == i, $"{typeof(TEnum).Name} must be numbered 0…n-1.", nameof(scheme));
            byId.Add(scheme.Concepts[i].Id, v);
        }
    }

    /// <summary>Gets the underlying scheme.</summary>
    public ConceptScheme Scheme { get; }

    /// <summary>Gets the concept of an enum value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The concept.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public Concept ConceptOf(TEnum value)
    {
        int index = ToIndex(value);
        if ((uint)index >= (uint)Scheme.Concepts.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"Not a defined {typeof(TEnum).Name}.");
        }
        return Scheme.Concepts[index];
    }

    /// <summary>Gets the stable id of an enum value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined member.</exception>
    public string IdOf(TEnum value) => ConceptOf(value).Id;

    /// <summary>Parses an id (ordinal, case-sensitive).</summary>
    /// <param name="id">The id; null gives false.</param>
    /// <param name="value">The value.</param>
    /// <returns>True when the id is known.</returns>
    public bool TryParse(string? id, out TEnum value)
    {
        if (id is not null && byId.TryGetValue(id, out value))
        {
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>Returns the known ids, comma separated, for error messages.</summary>
    /// <returns>The ids.</returns>
    public string KnownIds() => Scheme.KnownIds();

    /// <summary>Returns the existing ids closest to an unknown id (see <see cref="ConceptScheme.SuggestIds"/>).</summary>
    /// <param name="id">The id that was not found.</param>
    /// <returns>The suggestions, best first, at most three.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public ImmutableArray<string> SuggestIds(string id) => Scheme.SuggestIds(id);

    /// <summary>
    /// Returns the hint for an error message about an unknown id, for example <c>did you mean 'hinge'?</c>, or an
    /// empty string when no existing id is close. The same hint appears in <see cref="ConceptScheme"/>'s indexer error.
    /// </summary>
    /// <param name="id">The id that was not found.</param>
    /// <returns>The hint, or an empty string.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public string Suggest(string id) => IdSuggestions.Text(SuggestIds(id));

    private static int ToIndex(TEnum value) => Unsafe.As<TEnum, int>(ref value);
}
