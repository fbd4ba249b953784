using System;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.Rules;

/// <summary>
/// Describes one fact of a subject that rules can read: its id, its label and how to read it.
/// </summary>
/// <typeparam name="TSubject">The subject type (for example an organisation profile).</typeparam>
/// <remarks>Descriptors are immutable and safe to share across threads.</remarks>
public abstract class FactDescriptor<TSubject>
{
    /// <summary>Initialises the descriptor.</summary>
    /// <param name="id">The fact id (kebab-case).</param>
    /// <param name="label">The fact label.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not kebab-case.</exception>
    protected FactDescriptor(string id, LocalizedText label)
    {
        Id = ConceptIds.Check(id);
        Label = Guard.Against.Null(label);
    }

    /// <summary>Gets the fact id.</summary>
    public string Id { get; }

    /// <summary>Gets the fact label.</summary>
    public LocalizedText Label { get; }

    /// <summary>Returns whether the fact is known for <paramref name="subject"/>.</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>True when known.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    public abstract bool IsKnownFor(TSubject subject);

    /// <summary>Reads the fact of <paramref name="subject"/> as a <see cref="FactReading"/>.</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>The reading.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    public abstract FactReading Read(TSubject subject);

    /// <summary>Returns the id.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;
}
