using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.Rules;

/// <summary>
/// Facts a caller adds to a subject beyond the ones the library models (for example the municipality of an
/// organisation's seat, which a local funding guideline asks for): each is a text value, known or unknown, under a
/// kebab-case fact id.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe; entries are kept in ordinal order of their ids, so two collections with the same
/// entries are equal whatever order they were given in. An id that is absent reads as unknown, exactly like an id that
/// is present with an unknown value; both are kept apart only so that a document written and read again is the same.</para>
/// <para>Values are culture-invariant text (names, ids, numbers written with <c>.</c> as decimal separator). Rules over
/// them are built with <see cref="Criterion"/>'s caller-fact factories or with <see cref="Descriptor{TSubject}"/>.</para>
/// </remarks>
public sealed class CallerFacts : IEquatable<CallerFacts>
{
    private readonly ImmutableSortedDictionary<string, Fact<string>> facts;

    private CallerFacts(ImmutableSortedDictionary<string, Fact<string>> facts) => this.facts = facts;

    /// <summary>Gets the empty collection (no caller facts).</summary>
    public static CallerFacts Empty { get; } = new(ImmutableSortedDictionary.Create<string, Fact<string>>(StringComparer.Ordinal));

    /// <summary>Gets the number of entries (known or unknown).</summary>
    public int Count => facts.Count;

    /// <summary>Gets the fact ids, in ordinal order.</summary>
    public IEnumerable<string> Ids => facts.Keys;

    /// <summary>Gets the entries (fact id and value, known or unknown), in ordinal order of their ids.</summary>
    public IEnumerable<KeyValuePair<string, Fact<string>>> Entries => facts;

    /// <summary>Creates a collection from entries.</summary>
    /// <param name="entries">The entries: fact id and value (known or unknown).</param>
    /// <returns>The collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is not kebab-case, appears twice, or a known value is blank.</exception>
    public static CallerFacts Of(IEnumerable<KeyValuePair<string, Fact<string>>> entries)
    {
        Guard.Against.Null(entries);
        var result = Empty;
        foreach (var entry in entries)
        {
            Guard.Against.Unsatisfied(!result.facts.ContainsKey(entry.Key ?? string.Empty), $"The caller fact '{entry.Key}' is given twice.", nameof(entries));
            result = result.With(entry.Key!, entry.Value);
        }
        return result;
    }

    /// <summary>Returns a copy with one fact set (replacing an entry of the same id).</summary>
    /// <param name="id">The fact id (kebab-case).</param>
    /// <param name="value">The value, known or unknown.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not kebab-case, or the known value is blank.</exception>
    public CallerFacts With(string id, Fact<string> value)
    {
        ConceptIds.Check(id);
        Guard.Against.Unsatisfied(!value.IsKnown || !string.IsNullOrWhiteSpace(value.Value), $"The caller fact '{id}' has a blank value; leave it unknown instead.", nameof(value));
        return new(facts.SetItem(id, value));
    }

    /// <summary>Returns a copy with one known fact set.</summary>
    /// <param name="id">The fact id (kebab-case).</param>
    /// <param name="value">The value (not blank).</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not kebab-case, or <paramref name="value"/> is blank.</exception>
    public CallerFacts With(string id, string value) => With(id, new Fact<string>(Guard.Against.Null(value)));

    /// <summary>Gets a fact: its value when known, unknown when absent or given as unknown.</summary>
    /// <param name="id">The fact id.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public Fact<string> Get(string id)
    {
        Guard.Against.Null(id);
        return facts.TryGetValue(id, out var value) ? value : default;
    }

    /// <summary>Returns whether an entry (known or unknown) exists for the id.</summary>
    /// <param name="id">The fact id.</param>
    /// <returns><see langword="true"/> when present.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool Contains(string id) => facts.ContainsKey(Guard.Against.Null(id));

    /// <summary>Returns a descriptor that reads a caller fact of any subject carrying caller facts, for use in
    /// <see cref="Criterion{TSubject}.Reads"/> and hand-written criteria.</summary>
    /// <typeparam name="TSubject">The subject type.</typeparam>
    /// <param name="id">The fact id (kebab-case).</param>
    /// <param name="label">The fact's label (English and German).</param>
    /// <returns>The descriptor; its values are the texts as given.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not kebab-case.</exception>
    public static FactDescriptor<TSubject, string> Descriptor<TSubject>(string id, LocalizedText label)
        where TSubject : ICallerFactSubject
    {
        ConceptIds.Check(id);
        return new FactDescriptor<TSubject, string>(id, label, s => s.CallerFacts.Get(id), static v => v);
    }

    /// <inheritdoc/>
    public bool Equals(CallerFacts? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }
        foreach (var (id, value) in facts)
        {
            if (!other.facts.TryGetValue(id, out var theirs) || !theirs.Equals(value))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CallerFacts);

    /// <summary>Tells whether two values are equal (as <see cref="Equals(CallerFacts)"/>; two nulls are equal).</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(CallerFacts? left, CallerFacts? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Tells whether two values differ (the negation of <c>==</c>).</summary>
    /// <param name="left">The first value, or null.</param>
    /// <param name="right">The second value, or null.</param>
    /// <returns><see langword="true"/> when exactly one is null or they differ.</returns>
    public static bool operator !=(CallerFacts? left, CallerFacts? right) => !(left == right);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (id, value) in facts)
        {
            hash.Add(id, StringComparer.Ordinal);
            hash.Add(value.IsKnown ? StringComparer.Ordinal.GetHashCode(value.Value) : 0);
        }
        return hash.ToHashCode();
    }

    /// <summary>Returns the entries as <c>id=value</c>, separated by commas, or <c>none</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => facts.IsEmpty ? "none" : string.Join(", ", System.Linq.Enumerable.Select(facts, f => $"{f.Key}={f.Value}"));
}
