using NodaTime;
using NodaTime.Text;

namespace MoDomain.Interop;

/// <summary>
/// The calendar dates an input may carry: 1800-01-01 to 2199-12-31. Organisations, interviews, awards and
/// cooperation records all lie well inside; a year 0000 or −9998 is a typing error, not a date the domain knows.
/// </summary>
internal static class DateRange
{
    /// <summary>The earliest accepted date.</summary>
    internal static readonly LocalDate Min = new(1800, 1, 1);

    /// <summary>The latest accepted date.</summary>
    internal static readonly LocalDate Max = new(2199, 12, 31);

    /// <summary>Whether <paramref name="date"/> lies in the range (both ends included).</summary>
    internal static bool Contains(LocalDate date) => date >= Min && date <= Max;

    /// <summary>The range as text, for error messages: <c>1800-01-01 to 2199-12-31</c>.</summary>
    internal static string Text => $"{LocalDatePattern.Iso.Format(Min)} to {LocalDatePattern.Iso.Format(Max)}";
}
