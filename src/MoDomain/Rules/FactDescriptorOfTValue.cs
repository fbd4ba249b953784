using System;
using System.Globalization;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.Rules;

/// <summary>
/// A fact descriptor with a typed accessor and a culture-invariant formatter.
/// </summary>
/// <typeparam name="TSubject">The subject type.</typeparam>
/// <typeparam name="TValue">The fact's value type.</typeparam>
public sealed class FactDescriptor<TSubject, TValue> : FactDescriptor<TSubject>
{
    private readonly Func<TSubject, Fact<TValue>> accessor;
    private readonly Func<TValue, string> format;

    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">The fact id (kebab-case).</param>
    /// <param name="label">The fact label.</param>
    /// <param name="accessor">Reads the fact from a subject; must be pure.</param>
    /// <param name="format">Formats a known value as invariant text; when null, <see cref="Convert.ToString(object, IFormatProvider)"/> with the invariant culture is used.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> or <paramref name="accessor"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not kebab-case.</exception>
    public FactDescriptor(string id, LocalizedText label, Func<TSubject, Fact<TValue>> accessor, Func<TValue, string>? format = null)
        : base(id, label)
    {
        this.accessor = Guard.Against.Null(accessor);
        this.format = format ?? (static v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? string.Empty);
    }

    /// <summary>Gets the fact of <paramref name="subject"/>.</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>The fact, known or unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    public Fact<TValue> Get(TSubject subject)
    {
        Guard.Against.Null(subject);
        return accessor(subject);
    }

    /// <summary>Formats a value as invariant text.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public string Format(TValue value) => format(value);

    /// <inheritdoc />
    public override bool IsKnownFor(TSubject subject) => Get(subject).IsKnown;

    /// <inheritdoc />
    public override FactReading Read(TSubject subject)
    {
        var fact = Get(subject);
        return new FactReading(Id, Label, fact.IsKnown ? new Fact<string>(format(fact.Value)) : default);
    }
}
