using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.Funding;

/// <summary>
/// A funding ladder: a strict total order of funding forms (rungs), lowest first, each with the policy an organisation
/// must meet to reach it. <see cref="Default"/> puts institutional funding at the top.
/// </summary>
/// <remarks>
/// Every form appears at most once; a ladder need not contain every form. Build your own with the constructor (rungs in
/// order) or <see cref="FromRelations"/> (pairs "higher above lower"), or load one with
/// <c>MoDomain.Interop.FundingJson.ReadLadder</c>. The ladder is not the survey frequency order
/// (<see cref="FundingFrequency"/>).
/// </remarks>
public sealed class FundingLadder : IEquatable<FundingLadder>
{
    private readonly int[] rankByForm;

    /// <summary>Initializes a new ladder from rungs given lowest first.</summary>
    /// <param name="id">The ladder id (kebab-case).</param>
    /// <param name="label">The label.</param>
    /// <param name="rungs">The rungs, lowest first.</param>
    /// <exception cref="ArgumentNullException">An argument or a rung is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not kebab-case, there are no rungs, or a form appears
    /// twice (a duplicate rung, which would make the order cyclic).</exception>
    public FundingLadder(string id, LocalizedText label, IEnumerable<FundingRung> rungs)
    {
        Id = ConceptIds.Check(id);
        Label = Guard.Against.Null(label);
        Guard.Against.NullElements(rungs);
        Rungs = [.. rungs];
        Guard.Against.Unsatisfied(!Rungs.IsEmpty, "A ladder needs at least one rung.", nameof(rungs));
        rankByForm = new int[Enum.GetValues<FundingForm>().Length];
        Array.Fill(rankByForm, -1);
        for (int i = 0; i < Rungs.Length; i++)
        {
            int form = (int)Rungs[i].Form;
            Guard.Against.Unsatisfied(
                rankByForm[form] < 0,
                $"The form '{FundingVocabulary.Forms.IdOf(Rungs[i].Form)}' appears twice (rungs {rankByForm[form]} and {i}); a duplicate rung would make the ladder cyclic.",
                nameof(rungs));
            rankByForm[form] = i;
        }
    }

    /// <summary>Gets the default ladder (every rung's place is interpretive; see docs/funding.md).</summary>
    public static FundingLadder Default { get; } = CreateDefault();

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the label.</summary>
    public LocalizedText Label { get; }

    /// <summary>Gets the rungs, lowest first.</summary>
    public ImmutableArray<FundingRung> Rungs { get; }

    /// <summary>Gets the top rung.</summary>
    public FundingRung Top => Rungs[^1];

    /// <summary>Builds a ladder from unordered rungs and "higher above lower" pairs.</summary>
    /// <param name="id">The ladder id.</param>
    /// <param name="label">The label.</param>
    /// <param name="rungs">The rungs, in any order.</param>
    /// <param name="above">Pairs (higher, lower); their transitive closure must order every two rungs.</param>
    /// <returns>The ladder.</returns>
    /// <exception cref="ArgumentNullException">An argument or a rung is null.</exception>
    /// <exception cref="ArgumentException">A form appears twice among the rungs; a pair names a form that is not a
    /// rung or a form above itself; the pairs contain a cycle; or they leave two rungs unordered.</exception>
    public static FundingLadder FromRelations(string id, LocalizedText label, IEnumerable<FundingRung> rungs, IEnumerable<(FundingForm Higher, FundingForm Lower)> above)
    {
        Guard.Against.NullElements(rungs);
        Guard.Against.Null(above);
        var byForm = new Dictionary<FundingForm, FundingRung>();
        foreach (var rung in rungs)
        {
            Guard.Against.Unsatisfied(byForm.TryAdd(rung.Form, rung), $"The form '{FundingVocabulary.Forms.IdOf(rung.Form)}' appears twice among the rungs.", nameof(rungs));
        }
        var below = byForm.Keys.ToDictionary(f => f, _ => new HashSet<FundingForm>());
        foreach (var (higher, lower) in above)
        {
            Guard.Against.Unsatisfied(byForm.ContainsKey(higher) && byForm.ContainsKey(lower), $"The pair ({Name(higher)}, {Name(lower)}) names a form that is not a rung.", nameof(above));
            Guard.Against.Unsatisfied(higher != lower, $"The form '{Name(higher)}' cannot be above itself (a cycle).", nameof(above));
            below[higher].Add(lower);
        }
        // Kahn's algorithm from the bottom: a rung may be placed when every rung below it is placed. A unique order
        // requires exactly one candidate at each step.
        var placed = new HashSet<FundingForm>();
        var order = new List<FundingRung>();
        while (order.Count < byForm.Count)
        {
            var ready = byForm.Keys.Where(f => !placed.Contains(f) && below[f].All(placed.Contains)).OrderBy(f => f).ToList();
            if (ready.Count == 0)
            {
                var rest = byForm.Keys.Where(f => !placed.Contains(f)).Select(Name);
                throw new ArgumentException($"The pairs contain a cycle among: {string.Join(", ", rest)}.", nameof(above));
            }
            if (ready.Count > 1)
            {
                throw new ArgumentException($"The pairs do not order the rungs {string.Join(", ", ready.Select(Name))} against each other; a ladder must be a total order.", nameof(above));
            }
            placed.Add(ready[0]);
            order.Add(byForm[ready[0]]);
        }
        return new FundingLadder(id, label, order);
    }

    /// <summary>Returns the rank of a form (0 = lowest).</summary>
    /// <param name="form">The form.</param>
    /// <param name="rank">The rank, or -1 when the form is not on the ladder.</param>
    /// <returns><see langword="true"/> when the form is on the ladder.</returns>
    public bool TryGetRank(FundingForm form, out int rank)
    {
        rank = (uint)form < (uint)rankByForm.Length ? rankByForm[(int)form] : -1;
        return rank >= 0;
    }

    /// <summary>Returns whether a form is on the ladder.</summary>
    /// <param name="form">The form.</param>
    /// <returns><see langword="true"/> when it is a rung.</returns>
    public bool Contains(FundingForm form) => TryGetRank(form, out _);

    /// <summary>Compares two forms on the ladder.</summary>
    /// <param name="x">The first form.</param>
    /// <param name="y">The second form.</param>
    /// <returns>Negative when <paramref name="x"/> is lower, zero when equal, positive when higher.</returns>
    /// <exception cref="ArgumentException">A form is not on the ladder.</exception>
    public int Compare(FundingForm x, FundingForm y) => RankOf(x, nameof(x)).CompareTo(RankOf(y, nameof(y)));

    /// <summary>Returns whether one form is strictly above another.</summary>
    /// <param name="higher">The form expected higher.</param>
    /// <param name="lower">The form expected lower.</param>
    /// <returns><see langword="true"/> when <paramref name="higher"/> is strictly above <paramref name="lower"/>.</returns>
    /// <exception cref="ArgumentException">A form is not on the ladder.</exception>
    public bool IsAbove(FundingForm higher, FundingForm lower) => Compare(higher, lower) > 0;

    /// <inheritdoc/>
    public bool Equals(FundingLadder? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && Label.Equals(other.Label) && Rungs.SequenceEqual(other.Rungs);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FundingLadder);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Rungs.Length);

    /// <inheritdoc/>
    public override string ToString() => Id;

    private int RankOf(FundingForm form, string paramName)
    {
        if (!TryGetRank(form, out int rank))
        {
            throw new ArgumentException($"The form '{form}' is not on the ladder '{Id}'.", paramName);
        }
        return rank;
    }

    private static string Name(FundingForm form) => FundingVocabulary.Forms.ConceptOf(form).Id;

    private static FundingLadder CreateDefault()
    {
        const string I = SourceKeys.Interpretive;
        return new FundingLadder(
            "default-funding-ladder",
            new LocalizedText("Default funding ladder (the more fixed, the more binding)", "Standard-Förderleiter (je fester, desto verbindlicher)"),
            [
                new(FundingForm.SingleMeasureFunding, null, new LocalizedText("One-off money for a single activity: the least fixed form.", "Einmalige Mittel für eine einzelne Maßnahme: die am wenigsten feste Form."), I),
                new(FundingForm.FlexibleBudget, null, new LocalizedText("Allocated case by case from a flexible budget, without binding criteria.", "Fallweise aus einem flexiblen Budget vergeben, ohne verbindliche Kriterien."), I),
                new(FundingForm.ProjectGrant, FundingPolicies.ProjectEligibilityId, new LocalizedText("A contribution to a project: tied to a project, still one-off.", "Zuschuss zu einem Projekt: projektgebunden, noch einmalig."), I),
                new(FundingForm.ProjectFunding, FundingPolicies.ProjectEligibilityId, new LocalizedText("A whole time-limited project on application.", "Ein ganzes befristetes Projekt auf Antrag."), I),
                new(FundingForm.ThirdPartyFunding, FundingPolicies.ProjectEligibilityId, new LocalizedText("Federal, Land or association pots: larger and longer, still time-limited.", "Bundes-, Landes- oder Verbandsmittel: größer und länger, weiter befristet."), I),
                new(FundingForm.FundingGuidelines, FundingPolicies.ProjectEligibilityId, new LocalizedText("Adopted guidelines bind the funder to published criteria.", "Beschlossene Richtlinien binden den Fördergeber an veröffentlichte Kriterien."), I),
                new(FundingForm.FixedBudget, FundingPolicies.StructuralEligibilityId, new LocalizedText("A fixed yearly amount, e.g. for advice centres or mediators.", "Ein fester jährlicher Betrag, z. B. für Beratungsstellen oder Mittler."), I),
                new(FundingForm.StructuralFunding, FundingPolicies.StructuralEligibilityId, new LocalizedText("Funds the organisation's structures, not single activities.", "Fördert die Strukturen der Organisation, nicht einzelne Aktivitäten."), I),
                new(FundingForm.RegularFunding, FundingPolicies.StructuralEligibilityId, new LocalizedText("Financing through the regular structures of social work, outside time-limited projects.", "Finanzierung über die Regelstrukturen der sozialen Arbeit, außerhalb befristeter Projekte."), I),
                new(FundingForm.InstitutionalFunding, FundingPolicies.InstitutionalFundingId, new LocalizedText("The highest rung: a sign of rise, recognition and distinction (source).", "Die höchste Stufe: Zeichen des Aufstiegs, der Anerkennung und Auszeichnung (Quelle)."), SourceKeys.Qualitaetszirkel2023),
            ]);
    }
}
