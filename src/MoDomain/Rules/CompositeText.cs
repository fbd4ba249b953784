using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using MoDomain.Vocabulary;

namespace MoDomain.Rules;

/// <summary>Builds the generated explanations of composite rules.</summary>
internal static class CompositeText
{
    internal static string Labels(IEnumerable<Evaluation> parts, Truth outcome, Language language) =>
        string.Join("; ", parts.Where(p => p.Outcome == outcome).Select(p => p.Parts.IsEmpty ? $"{p.Label.In(language)} ({Trim(p.Explanation.In(language))})" : p.Label.In(language)));

    private static string Trim(string sentence) => sentence.EndsWith('.') ? sentence[..^1] : sentence;

    internal static LocalizedText AllOf(IReadOnlyList<Evaluation> parts, Truth outcome)
    {
        if (outcome.IsYes)
        {
            string count = parts.Count.ToString(CultureInfo.InvariantCulture);
            return new LocalizedText($"All {count} criteria are met.", $"Alle {count} Kriterien sind erfüllt.");
        }
        if (outcome.IsNo)
        {
            return new LocalizedText(
                $"Not met: {Labels(parts, Truth.No, Language.English)}.",
                $"Nicht erfüllt: {Labels(parts, Truth.No, Language.German)}.");
        }
        return new LocalizedText(
            $"Undetermined: no criterion fails, but {Labels(parts, Truth.Unknown, Language.English)} cannot be decided from the known facts.",
            $"Offen: kein Kriterium scheitert, aber {Labels(parts, Truth.Unknown, Language.German)} lässt sich aus den bekannten Fakten nicht entscheiden.");
    }

    internal static LocalizedText AnyOf(IReadOnlyList<Evaluation> parts, Truth outcome)
    {
        if (outcome.IsYes)
        {
            return new LocalizedText(
                $"Met through: {Labels(parts, Truth.Yes, Language.English)}.",
                $"Erfüllt durch: {Labels(parts, Truth.Yes, Language.German)}.");
        }
        if (outcome.IsNo)
        {
            return new LocalizedText(
                $"None of the alternatives is met: {Labels(parts, Truth.No, Language.English)}.",
                $"Keine der Alternativen ist erfüllt: {Labels(parts, Truth.No, Language.German)}.");
        }
        return new LocalizedText(
            $"Undetermined: no alternative is met yet; open: {Labels(parts, Truth.Unknown, Language.English)}.",
            $"Offen: noch keine Alternative erfüllt; offen sind: {Labels(parts, Truth.Unknown, Language.German)}.");
    }

    internal static LocalizedText Negation(Evaluation inner, Truth outcome) => outcome.Id switch
    {
        "yes" => new LocalizedText($"Holds because '{inner.Label.English}' is not met.", $"Trifft zu, weil „{inner.Label.German}“ nicht erfüllt ist."),
        "no" => new LocalizedText($"Does not hold because '{inner.Label.English}' is met.", $"Trifft nicht zu, weil „{inner.Label.German}“ erfüllt ist."),
        _ => new LocalizedText($"Undetermined because '{inner.Label.English}' is undetermined.", $"Offen, weil „{inner.Label.German}“ offen ist."),
    };
}
