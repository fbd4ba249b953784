using System;
using NodaTime;

namespace MoDomain.Funding;

/// <summary>How MoDomain counts periods of whole years (the three years of § 75 Abs. 2 SGB VIII, years of success).</summary>
/// <remarks>
/// The start day counts as the first day of the period (as § 187 Abs. 2 BGB does for a period beginning at the start of a
/// day). A period of <c>n</c> years ends with the day before the anniversary (§ 188 Abs. 2 BGB), so the requirement holds
/// from the anniversary itself. A start on 29 February has no anniversary in a common year: the period then ends with
/// 28 February (§ 188 Abs. 3 BGB) and the requirement holds from <b>1 March</b>. NodaTime's
/// <see cref="LocalDate.PlusYears"/> clamps 29 February to 28 February, which would be one day early; this method corrects it.
/// </remarks>
public static class FundingPeriods
{
    /// <summary>Returns the first day on which <paramref name="years"/> whole years counted from <paramref name="start"/> are complete.</summary>
    /// <param name="start">The first day of the period.</param>
    /// <param name="years">The number of years, zero or more.</param>
    /// <returns>The anniversary; for a start on 29 February and a common anniversary year, 1 March.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is negative.</exception>
    /// <example>2021-03-15 + 3 → 2024-03-15; 2020-02-29 + 3 → 2023-03-01; 2020-02-29 + 4 → 2024-02-29.</example>
    public static LocalDate FirstDayAfterYears(LocalDate start, int years)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(years);
        var anniversary = start.PlusYears(years);
        if (start.Month == 2 && start.Day == 29 && anniversary.Day == 28)
        {
            anniversary = anniversary.PlusDays(1);
        }
        return anniversary;
    }
}
