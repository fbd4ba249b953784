using NodaTime;
using NodaTime.Text;

namespace MoDomain.Interop;

/// <summary>
/// The calendar dates a JSON input may carry: 0001-01-01 to 9999-12-31, the dates <c>yyyy-MM-dd</c> writes with four
/// digits and no sign. NodaTime's ISO pattern also reads a year 0000 or −9998; such a date is a typing error, not a
/// date the domain knows, and would not round-trip through other tools. The CLI's <c>--at</c> is narrower
/// (<see cref="EvaluationMin"/> to <see cref="EvaluationMax"/>), because rules add years to it.
/// </summary>
internal static class DateRange
{
    /// <summary>The earliest date a JSON input may carry.</summary>
    internal static readonly LocalDate Min = new(1, 1, 1);

    /// <summary>The latest date a JSON input may carry.</summary>
    internal static readonly LocalDate Max = new(9999, 12, 31);

    /// <summary>The earliest evaluation date (<c>--at</c>).</summary>
    internal static readonly LocalDate EvaluationMin = new(1800, 1, 1);

    /// <summary>The latest evaluation date (<c>--at</c>).</summary>
    internal static readonly LocalDate EvaluationMax = new(2199, 12, 31);

    /// <summary>Whether <paramref name="date"/> lies in the range of JSON dates (both ends included).</summary>
    internal static bool Contains(LocalDate date) => date >= Min && date <= Max;

    /// <summary>Whether <paramref name="date"/> lies in the range of evaluation dates (both ends included).</summary>
    internal static bool ContainsEvaluation(LocalDate date) => date >= EvaluationMin && date <= EvaluationMax;

    /// <summary>The range of JSON dates as text: <c>0001-01-01 to 9999-12-31</c>.</summary>
    internal static string Text => $"{LocalDatePattern.Iso.Format(Min)} to {LocalDatePattern.Iso.Format(Max)}";

    /// <summary>The range of evaluation dates as text: <c>1800-01-01 to 2199-12-31</c>.</summary>
    internal static string EvaluationText => $"{LocalDatePattern.Iso.Format(EvaluationMin)} to {LocalDatePattern.Iso.Format(EvaluationMax)}";
}
