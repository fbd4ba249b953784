using System;
using MoDomain.Internal;
using MoDomain.Rules;
using NodaTime;

namespace MoDomain.Cooperation;

/// <summary>What the <c>first-contact</c> step produced: with which candidate, when and in what form (DOMAIN.md §5.5).</summary>
/// <remarks>Immutable.</remarks>
public sealed class FirstContactRecord
{
    /// <summary>Initializes a first-contact record.</summary>
    /// <param name="candidate">The candidate's name (one of the search's candidates).</param>
    /// <param name="date">The date of the contact.</param>
    /// <param name="form">The form of the contact.</param>
    /// <param name="atEyeLevel">Whether the contact took place at eye level, as the source demands.</param>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="candidate"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="form"/> is not defined.</exception>
    public FirstContactRecord(string candidate, LocalDate date, ContactForm form, Fact<bool> atEyeLevel = default)
    {
        Candidate = Guard.Against.Blank(candidate);
        Date = date;
        Form = Guard.Against.UndefinedValue(form);
        AtEyeLevel = atEyeLevel;
    }

    /// <summary>Gets the candidate's name.</summary>
    public string Candidate { get; }

    /// <summary>Gets the date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the form.</summary>
    public ContactForm Form { get; }

    /// <summary>Gets whether the contact was at eye level.</summary>
    public Fact<bool> AtEyeLevel { get; }

    /// <summary>Gets whether the contact was in person, as the source recommends.</summary>
    public bool InPerson => Form == ContactForm.InPerson;
}
