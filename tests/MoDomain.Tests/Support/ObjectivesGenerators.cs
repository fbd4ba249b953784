using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Objectives;

namespace MoDomain.Tests.Support;

/// <summary>
/// FsCheck generators for Preißler's objectives matrix: emphases (valid and invalid), pursued objectives, whole
/// objective profiles, reorderings, additions of an inward objective and invalid constructor arguments.
/// </summary>
public static class ObjectivesGenerators
{
    /// <summary>The number of cases per property.</summary>
    public static readonly int Runs = Generators.Scaled(300);

    private static readonly string[] Organisations =
    [
        "Anadolu Kulturverein e.V.", "Frauentreff Miteinander", "Ελληνική Κοινότητα", "جمعية الجالية", "Ü",
        "Verein \"Brücke\" e.V.", "Back\\slash", "Zeile\neins", "emoji 🤝 e.V.",
    ];

    /// <summary>Gets the property configuration: <see cref="Runs"/> cases, throwing on failure.</summary>
    public static Config Config { get; } = Config.QuickThrowOnFailure.WithMaxTest(Runs);

    /// <summary>Gets a generator of the thirteen objectives.</summary>
    public static Gen<Objective> ObjectiveValue { get; } = Gen.Elements(Enum.GetValues<Objective>());

    /// <summary>Gets a generator of the inward objectives.</summary>
    public static Gen<Objective> InwardObjective { get; } =
        Gen.Elements(Enum.GetValues<Objective>().Where(o => ObjectivesVocabulary.OrientationOf(o) == ObjectiveOrientation.Inward).ToArray());

    /// <summary>Gets a generator of evidence sources.</summary>
    public static Gen<EvidenceSource> Evidence { get; } = Gen.Elements(Enum.GetValues<EvidenceSource>());

    /// <summary>Gets a generator of valid emphases, weighted towards the default and the boundaries.</summary>
    public static Gen<double> Emphasis { get; } = Gen.Frequency(
        (4, Gen.Constant(PursuedObjective.DefaultEmphasis)),
        (2, Gen.Elements(double.Epsilon, 1e-300, 0.1, 0.2, 0.3, 0.5, 2.0, 3.0, 10.0, PursuedObjective.MaxEmphasis, Math.BitDecrement(PursuedObjective.MaxEmphasis))),
        (3, Gen.Choose(1, 1000).Select(i => i / 10.0)),
        (1, Gen.Choose(1, int.MaxValue).Select(i => i / (double)int.MaxValue * PursuedObjective.MaxEmphasis)));

    /// <summary>Gets a generator of invalid emphases: zero, negatives, NaN, infinities and values above the maximum.</summary>
    public static Gen<double> InvalidEmphasis { get; } = Gen.OneOf(
        Gen.Elements(0.0, -0.0, -double.Epsilon, -1.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, Math.BitIncrement(PursuedObjective.MaxEmphasis)),
        Gen.Choose(1, 1_000_000).Select(i => -i / 100.0),
        Gen.Choose(1, 1_000_000).Select(i => PursuedObjective.MaxEmphasis + i));

    /// <summary>Gets a generator of organisation names (with characters that JSON must escape).</summary>
    public static Gen<string> Organisation { get; } = Gen.Elements(Organisations);

    /// <summary>Gets a generator of valid objective profiles (possibly empty).</summary>
    public static Gen<ObjectiveProfile> Profile { get; } =
        from name in Organisation
        from objectives in Gen.SubListOf(Enum.GetValues<Objective>())
        from pursued in Gen.CollectToArray(objectives.Select(Pursued))
        select new ObjectiveProfile(name, pursued);

    /// <summary>Gets an arbitrary of valid objective profiles (possibly empty).</summary>
    public static Arbitrary<ObjectiveProfile> ProfileArb { get; } = Profile.ToArbitrary();

    /// <summary>Gets an arbitrary of profiles with at least one objective.</summary>
    public static Arbitrary<ObjectiveProfile> NonEmptyProfileArb { get; } = Profile.Where(p => !p.IsEmpty).ToArbitrary();

    /// <summary>Gets an arbitrary of a profile together with its objectives in a shuffled order.</summary>
    public static Arbitrary<(ObjectiveProfile Profile, PursuedObjective[] Shuffled)> ReorderingArb { get; } =
        (from p in Profile
         from order in Gen.Shuffle(p.Objectives.ToArray())
         select (p, order)).ToArbitrary();

    /// <summary>Gets an arbitrary of a profile together with an inward objective it does not pursue yet (profiles pursuing every inward objective are skipped).</summary>
    public static Arbitrary<(ObjectiveProfile Profile, PursuedObjective Added)> InwardAdditionArb { get; } =
        (from p in Profile.Where(p => Enum.GetValues<Objective>().Any(o => IsInward(o) && !p.Contains(o)))
         from o in Gen.Elements(Enum.GetValues<Objective>().Where(o => IsInward(o) && !p.Contains(o)).ToArray())
         from added in Pursued(o)
         select (p, added)).ToArbitrary();

    /// <summary>Gets an arbitrary of a non-empty profile with one of its objectives repeated (possibly with other emphasis and evidence) in a shuffled list.</summary>
    public static Arbitrary<(string Organisation, PursuedObjective[] Objectives, Objective Repeated)> DuplicateArb { get; } =
        (from p in Profile.Where(p => !p.IsEmpty)
         from repeated in Gen.Elements(p.Objectives.ToArray())
         from copy in Pursued(repeated.Objective)
         from order in Gen.Shuffle(p.Objectives.Append(copy).ToArray())
         select (p.Organisation, order, repeated.Objective)).ToArbitrary();

    /// <summary>Returns a generator of pursued forms of one objective.</summary>
    /// <param name="objective">The objective.</param>
    /// <returns>The generator.</returns>
    public static Gen<PursuedObjective> Pursued(Objective objective) =>
        from evidence in Evidence
        from emphasis in Emphasis
        select new PursuedObjective(objective, evidence, emphasis);

    /// <summary>Returns whether an objective is inward-oriented.</summary>
    /// <param name="objective">The objective.</param>
    /// <returns>True when inward.</returns>
    public static bool IsInward(Objective objective) => ObjectivesVocabulary.OrientationOf(objective) == ObjectiveOrientation.Inward;

    /// <summary>Returns the sum of the emphases of the objectives satisfying <paramref name="predicate"/>, exactly as a reference.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="predicate">The filter.</param>
    /// <returns>The sum.</returns>
    public static double WeightWhere(ObjectiveProfile profile, Func<PursuedObjective, bool> predicate) =>
        profile.Objectives.Where(predicate).Sum(p => p.Emphasis);

    /// <summary>Returns the objectives in a profile in a list, for building profiles in other orders.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The objectives.</returns>
    public static IReadOnlyList<Objective> ObjectivesOf(ObjectiveProfile profile) => [.. profile.Objectives.Select(p => p.Objective)];
}
