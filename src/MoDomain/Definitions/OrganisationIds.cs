using System;
using System.Globalization;
using System.Text;
using MoDomain.Internal;

namespace MoDomain.Definitions;

/// <summary>
/// The stable id of an organisation (<see cref="OrganisationProfile.Id"/>): given by the caller, or made from the name
/// when none is given. Cooperation records, funding cases, objective and function-evidence profiles link to an
/// organisation by this id (see <see cref="OrganisationIndex"/>).
/// </summary>
/// <remarks>
/// <para>An id is kebab-case (lower-case ASCII letters and digits in groups separated by single hyphens), the format of
/// every MoDomain id. The generated id is a slug of the name: German umlauts and ß are written out (ä → ae, ß → ss),
/// other accents are dropped, every other run of characters becomes one hyphen, and the result is cut to
/// <see cref="MaximumSlugLength"/> characters at a hyphen. A name with no Latin letter or digit gives
/// <c>organisation-</c> and twelve hex digits of the 64-bit FNV-1a hash of the name's UTF-8 bytes.
/// The same name always gives the same id, on every machine and culture.</para>
/// <para>A generated id changes when the name changes; give an explicit id where names may change.</para>
/// </remarks>
public static class OrganisationIds
{
    /// <summary>The longest slug <see cref="FromName"/> makes.</summary>
    public const int MaximumSlugLength = 64;

    /// <summary>Returns the id generated from a name.</summary>
    /// <param name="name">The organisation's name (not blank).</param>
    /// <returns>The id, kebab-case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static string FromName(string name)
    {
        Guard.Against.Blank(name);
        var slug = new StringBuilder(Math.Min(name.Length, MaximumSlugLength) + 8);
        bool pendingHyphen = false;
        foreach (char c in name.Normalize(NormalizationForm.FormC))
        {
            string? german = c switch
            {
                'ä' or 'Ä' => "ae",
                'ö' or 'Ö' => "oe",
                'ü' or 'Ü' => "ue",
                'ß' or 'ẞ' => "ss",
                _ => null,
            };
            foreach (char d in german ?? c.ToString().Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }
                char lower = d is >= 'A' and <= 'Z' ? (char)(d + 32) : d;
                if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
                {
                    if (pendingHyphen && slug.Length > 0)
                    {
                        slug.Append('-');
                    }
                    pendingHyphen = false;
                    slug.Append(lower);
                }
                else
                {
                    pendingHyphen = true;
                }
            }
            if (slug.Length > MaximumSlugLength)
            {
                break;
            }
        }
        string text = slug.ToString();
        if (text.Length > MaximumSlugLength)
        {
            int cut = text.LastIndexOf('-', MaximumSlugLength);
            text = cut > 0 ? text[..cut] : text[..MaximumSlugLength];
        }
        if (text.Length == 0)
        {
            ulong hash = 14695981039346656037UL;
            foreach (byte b in Encoding.UTF8.GetBytes(name))
            {
                hash = unchecked((hash ^ b) * 1099511628211UL);
            }
            return "organisation-" + (hash >> 16).ToString("x12", CultureInfo.InvariantCulture);
        }
        return text;
    }
}
