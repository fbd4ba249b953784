using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace MoDomain.Cli.Report.Charts;

/// <summary>Formats dates in charts as ISO 8601 (<c>yyyy-MM-dd</c>), independent of culture.</summary>
public static class ChartDates
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Create("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);

    /// <summary>Formats a date as <c>yyyy-MM-dd</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string Format(LocalDate date) => Iso.Format(date);
}
