using MoDomain.Internal;
using MoDomain.Rules;
using NodaTime;

namespace MoDomain.Funding;

/// <summary>What a funding policy is evaluated on: a funding case at a date, optionally for one funder.</summary>
public sealed class FundingSubject : ICallerFactSubject
{
    /// <summary>Initializes a new subject.</summary>
    /// <param name="case">The funding case.</param>
    /// <param name="at">The date of the evaluation ("today" is always an argument).</param>
    /// <param name="funder">The funder applied to, or <see langword="null"/> when no specific funder is meant; requirements
    /// restricted to some funders (e.g. recognition when a youth department funds) then do not apply.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="case"/> is null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="funder"/> is not defined.</exception>
    public FundingSubject(FundingCase @case, LocalDate at, FunderKind? funder = null)
    {
        Case = Guard.Against.Null(@case);
        At = at;
        Funder = funder is { } f ? Guard.Against.UndefinedValue(f, nameof(funder)) : null;
    }

    /// <summary>Gets the funding case.</summary>
    public FundingCase Case { get; }

    /// <summary>Gets the evaluation date.</summary>
    public LocalDate At { get; }

    /// <summary>Gets the funder applied to, or <see langword="null"/>.</summary>
    public FunderKind? Funder { get; }

    /// <summary>Gets the caller's own facts of the case (<see cref="FundingCase.CallerFacts"/>).</summary>
    public CallerFacts CallerFacts => Case.CallerFacts;

    /// <summary>Returns the same subject at another date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The subject.</returns>
    public FundingSubject WithDate(LocalDate date) => new(Case, date, Funder);

    /// <inheritdoc/>
    public override string ToString() => $"{Case.Profile.Name} @ {NodaTime.Text.LocalDatePattern.Iso.Format(At)}";
}
