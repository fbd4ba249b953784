using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Definitions;
using MoDomain.Rules;
using NodaTime;
using NodaTime.Text;

namespace MoDomain.Tests.Support;

/// <summary>
/// FsCheck generators for the domain types: truth values, facts (known and unknown) of every fact type, value sets
/// of enums, whole valid organisation profiles, refinements of profiles, reordered copies, and invalid constructor
/// arguments. Every property of the suite draws from here.
/// </summary>
public static class Generators
{
    /// <summary>The number of cases for the cheap properties (500; see <see cref="Scaled"/>).</summary>
    public static readonly int ManyRuns = Scaled(500);

    /// <summary>The number of cases for properties that classify several profiles per case (300; see <see cref="Scaled"/>).</summary>
    public static readonly int Runs = Scaled(300);

    /// <summary>
    /// Scales a property's number of cases by the environment variable <c>MODOMAIN_PROPERTY_RUNS_PERCENT</c> (1–100,
    /// default 100). Mutation testing sets it low so that each mutant's test run is short (docs/quality.md); the
    /// default suite and CI always run the full numbers.
    /// </summary>
    /// <param name="runs">The full number of cases.</param>
    /// <returns>The scaled number, at least 10.</returns>
    public static int Scaled(int runs)
    {
        string? text = System.Environment.GetEnvironmentVariable("MODOMAIN_PROPERTY_RUNS_PERCENT");
        if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int percent) || percent is < 1 or > 100)
        {
            return runs;
        }
        return System.Math.Max(10, runs * percent / 100);
    }

    private static readonly LocalDate FirstAsOf = new(1950, 1, 1);

    private static readonly string[] ValidNames =
    [
        "Anadolu Kulturverein e.V.",
        "Freundeskreis Musterstadt–Lissabon",
        "Asociación Cultural Andalucía",
        "Verein für Begegnung und Integration",
        "Ü",
        "  Netzwerk mit Leerzeichen  ",
        "Ελληνική Κοινότητα",
        "جمعية الجالية",
    ];

    private static readonly string[] UmbrellaNames =
    [
        "Der Paritätische (fictional member list)",
        "Bund der Vertriebenen (fictional)",
        "Landesverband der Moscheegemeinden (fictional)",
        "Stadtsportbund Musterstadt",
        "DaMigra (fictional)",
    ];

    /// <summary>Gets a generator of the three truth values.</summary>
    public static Gen<Truth> TruthValue { get; } = Gen.Elements(Truth.No, Truth.Unknown, Truth.Yes);

    /// <summary>Gets an arbitrary of the three truth values.</summary>
    public static Arbitrary<Truth> TruthArb { get; } = TruthValue.ToArbitrary();

    /// <summary>Gets a generator of valid (finite, in [0, 1]) shares, weighted towards the interesting boundaries.</summary>
    public static Gen<double> Share { get; } = Gen.Frequency(
        (2, Gen.Elements(0.0, 0.25, 0.45, 0.5, 0.55, 0.75, 1.0, Math.BitDecrement(0.5), Math.BitIncrement(0.5), Math.BitDecrement(1.0), double.Epsilon)),
        (3, Gen.Choose(0, 1000).Select(i => i / 1000.0)),
        (2, Gen.Choose(0, int.MaxValue).Select(i => i / (double)int.MaxValue)));

    /// <summary>Gets a generator of valid shares strictly below one half.</summary>
    public static Gen<double> ShareBelowHalf { get; } = Gen.Frequency(
        (1, Gen.Elements(0.0, double.Epsilon, 0.25, 0.45, 0.499, Math.BitDecrement(0.5))),
        (3, Gen.Choose(0, int.MaxValue - 1).Select(i => i / (double)int.MaxValue * 0.5)));

    /// <summary>Gets a generator of valid shares at or above one half.</summary>
    public static Gen<double> ShareAtLeastHalf { get; } = Gen.Frequency(
        (1, Gen.Elements(0.5, Math.BitIncrement(0.5), 0.75, Math.BitDecrement(1.0), 1.0)),
        (3, Gen.Choose(0, int.MaxValue).Select(i => 0.5 + (i / (double)int.MaxValue * 0.5))));

    /// <summary>Gets a generator of invalid shares: NaN, infinities, negatives and values above one.</summary>
    public static Gen<double> InvalidShare { get; } = Gen.OneOf(
        Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity, -double.Epsilon, Math.BitIncrement(1.0), -1.0, 2.0, double.MaxValue, double.MinValue, -0.5),
        Gen.Choose(1, 1_000_000).Select(i => 1.0 + (i / 1000.0)),
        Gen.Choose(1, 1_000_000).Select(i => -i / 1000.0));

    /// <summary>Gets a generator of names that are null, empty or white space only.</summary>
    public static Gen<string?> BlankName { get; } = Gen.Elements<string?>(null, string.Empty, " ", "   ", "\t", "\r\n", "\u00A0", "\u2003 \t");

    /// <summary>Gets a generator of valid organisation names.</summary>
    public static Gen<string> Name { get; } = Gen.Elements(ValidNames);

    /// <summary>Gets a generator of evaluation dates.</summary>
    public static Gen<LocalDate> AsOfDate { get; } = Gen.Choose(0, 30_000).Select(d => FirstAsOf.PlusDays(d));

    /// <summary>Gets a generator of known sets of umbrella names (possibly empty).</summary>
    public static Gen<ValueSet<string>> UmbrellaNameSet { get; } = Gen.SubListOf(UmbrellaNames).Select(l => ValueSet.OfStrings(l));

    /// <summary>Gets the settable facts of a profile (everything but name and date), each with its generators.</summary>
    public static ImmutableArray<Slot> Slots { get; } =
    [
        Slot.Of("legal-form", p => p.LegalForm, (b, f) => b.LegalForm = f, _ => EnumValue<LegalForm>(), v => v == LegalForm.Other),
        Slot.Of("non-profit-status", p => p.NonProfitStatus, (b, f) => b.NonProfitStatus = f, _ => EnumValue<NonProfitStatus>()),
        Slot.Of("founding-date", p => p.FoundingDate, (b, f) => b.FoundingDate = f, FoundingDateOnOrBefore),
        Slot.Of("founded-by-migrants", p => p.FoundedByMigrants, (b, f) => b.FoundedByMigrants = f, _ => Gen.Elements(true, false)),
        Slot.Of("carrier-migrant-share", p => p.CarrierMigrantShare, (b, f) => b.CarrierMigrantShare = f, _ => Share),
        Slot.Of("member-migrant-share", p => p.MemberMigrantShare, (b, f) => b.MemberMigrantShare = f, _ => Share),
        Slot.Of("migrant-role-in-structures", p => p.MigrantRoleInStructures, (b, f) => b.MigrantRoleInStructures = f, _ => EnumValue<InternalRole>()),
        Slot.Of("migration-references", p => p.MigrationReferences, (b, f) => b.MigrationReferences = f, _ => SetOf<MigrationReference>()),
        Slot.Of("purposes", p => p.Purposes, (b, f) => b.Purposes = f, _ => SetOf<Purpose>()),
        Slot.Of("self-identification", p => p.SelfIdentification, (b, f) => b.SelfIdentification = f, _ => EnumValue<SelfIdentification>()),
        Slot.Of("kinds", p => p.Kinds, (b, f) => b.Kinds = f, _ => SetOf<OrganisationKind>()),
        Slot.Of("umbrella-memberships", p => p.UmbrellaMemberships, (b, f) => b.UmbrellaMemberships = f, _ => UmbrellaNameSet),
        Slot.Of("orientations", p => p.Orientations, (b, f) => b.Orientations = f, _ => SetOf<Orientation>()),
        Slot.Of("staffing", p => p.Staffing, (b, f) => b.Staffing = f, _ => EnumValue<Staffing>()),
        Slot.Of("own-premises", p => p.OwnPremises, (b, f) => b.OwnPremises = f, _ => Gen.Elements(true, false)),
        Slot.Of("office-with-set-hours", p => p.OfficeWithSetHours, (b, f) => b.OfficeWithSetHours = f, _ => Gen.Elements(true, false)),
        Slot.Of("geographic-scale", p => p.GeographicScale, (b, f) => b.GeographicScale = f, _ => EnumValue<GeographicScale>()),
    ];

    /// <summary>Gets a generator of valid profiles where each fact is unknown with probability 1/3.</summary>
    public static Gen<OrganisationProfile> Profile { get; } = ProfileWith(unknownWeight: 1, knownWeight: 2);

    /// <summary>Gets an arbitrary of <see cref="Profile"/>.</summary>
    public static Arbitrary<OrganisationProfile> ProfileArb { get; } = Profile.ToArbitrary();

    /// <summary>Gets a generator of valid profiles where every fact is known.</summary>
    public static Gen<OrganisationProfile> KnownProfile { get; } = ProfileWith(unknownWeight: 0, knownWeight: 1);

    /// <summary>Gets a generator of profiles with many unknown facts (each unknown with probability 1/2).</summary>
    public static Gen<OrganisationProfile> SparseProfile { get; } = ProfileWith(unknownWeight: 1, knownWeight: 1);

    /// <summary>Gets an arbitrary of a profile together with a refinement of it: some of its unknown facts made known.</summary>
    public static Arbitrary<Refinement> RefinementArb { get; } =
        (from p in SparseProfile
         let unknown = Slots.Where(s => !s.IsKnown(p)).ToArray()
         from chosen in ChooseSome(unknown)
         from setters in Gen.CollectToArray(chosen.Select(s => s.Known(p.AsOf)))
         select new Refinement(p, Apply(p, setters), string.Join(", ", chosen.Select(s => s.Id)))).ToArbitrary();

    /// <summary>Gets an arbitrary of a profile together with a copy built from its list-valued facts in another order, with duplicates.</summary>
    public static Arbitrary<Reordering> ReorderingArb { get; } =
        (from p in Profile
         from migrationReferences in Reorder(p.MigrationReferences, l => ValueSet.Of<MigrationReference>(l))
         from purposes in Reorder(p.Purposes, l => ValueSet.Of<Purpose>(l))
         from kinds in Reorder(p.Kinds, l => ValueSet.Of<OrganisationKind>(l))
         from orientations in Reorder(p.Orientations, l => ValueSet.Of<Orientation>(l))
         from umbrellas in Reorder(p.UmbrellaMemberships, l => ValueSet.OfStrings(l))
         select new Reordering(p, new OrganisationProfileBuilder(p.Name, p.AsOf)
         {
             LegalForm = p.LegalForm,
             NonProfitStatus = p.NonProfitStatus,
             FoundingDate = p.FoundingDate,
             FoundedByMigrants = p.FoundedByMigrants,
             CarrierMigrantShare = p.CarrierMigrantShare,
             MemberMigrantShare = p.MemberMigrantShare,
             MigrantRoleInStructures = p.MigrantRoleInStructures,
             MigrationReferences = migrationReferences,
             Purposes = purposes,
             SelfIdentification = p.SelfIdentification,
             Kinds = kinds,
             UmbrellaMemberships = umbrellas,
             Orientations = orientations,
             Staffing = p.Staffing,
             OwnPremises = p.OwnPremises,
             OfficeWithSetHours = p.OfficeWithSetHours,
             GeographicScale = p.GeographicScale,
         }.Build())).ToArbitrary();

    /// <summary>Gets an arbitrary of a valid profile with exactly one argument made invalid, and the parameter name that must be reported.</summary>
    public static Arbitrary<InvalidProfileCase> InvalidProfileArb { get; } =
        (from p in Profile
         from c in InvalidArgument(p.AsOf)
         select new InvalidProfileCase(p, c.ParamName, c.Description, c.Corrupt)).ToArbitrary();

    private static Gen<string> IdGroup { get; } =
        from length in Gen.Choose(1, 6)
        from chars in Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789".ToCharArray()), length)
        select new string(chars);

    /// <summary>Gets a generator of well-formed ids.</summary>
    public static Gen<string> ValidId { get; } =
        from groups in Gen.Choose(1, 4)
        from parts in Gen.ArrayOf(IdGroup, groups)
        select string.Join("-", parts);

    /// <summary>Gets a generator of malformed ids (upper case, blanks, leading/trailing/double hyphens, other characters).</summary>
    public static Gen<string> InvalidId { get; } = Gen.OneOf(
        Gen.Elements(string.Empty, "-", "--", "a-", "-a", "a--b", "A", "aB", "a b", " a", "a_b", "ä", "a.b", "a/b", "ab-", "a\tb", "x\u0301", "ＡＢ", "a-b-", "a-B"),
        from good in ValidId
        from bad in Gen.Elements("A", "_", " ", ".", "--", "ß", "Z", "é", "!")
        from at in Gen.Choose(0, good.Length)
        select good.Insert(at, bad));

    /// <summary>Gets a generator of strings over a small alphabet that mixes valid and invalid id characters.</summary>
    public static Gen<string> IdLikeString { get; } =
        from length in Gen.Choose(0, 8)
        from chars in Gen.ArrayOf(Gen.Elements('a', 'z', '0', '9', '-', '-', 'A', ' ', '_', 'ä'), length)
        select new string(chars);

    /// <summary>Returns a generator of the defined values of an enum.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <returns>The generator.</returns>
    public static Gen<TEnum> EnumValue<TEnum>()
        where TEnum : struct, Enum => Gen.Elements(Enum.GetValues<TEnum>());

    /// <summary>Returns a generator of values that are not defined members of an enum.</summary>
    /// <typeparam name="TEnum">The (int-backed) enum type.</typeparam>
    /// <returns>The generator.</returns>
    public static Gen<TEnum> UndefinedEnumValue<TEnum>()
        where TEnum : struct, Enum
    {
        int count = Enum.GetValues<TEnum>().Length;
        return Gen.OneOf(
                Gen.Elements(-1, count, 99, int.MaxValue, int.MinValue),
                Gen.Choose(count, 100_000),
                Gen.Choose(-100_000, -1))
            .Select(i => (TEnum)Enum.ToObject(typeof(TEnum), i));
    }

    /// <summary>Returns a generator of known sets of enum values (possibly empty).</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <returns>The generator.</returns>
    public static Gen<ValueSet<TEnum>> SetOf<TEnum>()
        where TEnum : struct, Enum => Gen.SubListOf(Enum.GetValues<TEnum>()).Select(l => ValueSet.Of<TEnum>(l));

    /// <summary>Returns a generator of facts: unknown with weight 1, known with weight 2.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="values">The generator of known values.</param>
    /// <returns>The generator.</returns>
    public static Gen<Fact<T>> FactOf<T>(Gen<T> values) => FactOf(values, 1, 2);

    /// <summary>Returns a generator of facts with the given weights for unknown and known.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="values">The generator of known values.</param>
    /// <param name="unknownWeight">The weight of unknown (0 for never).</param>
    /// <param name="knownWeight">The weight of known (0 for never).</param>
    /// <returns>The generator.</returns>
    public static Gen<Fact<T>> FactOf<T>(Gen<T> values, int unknownWeight, int knownWeight)
    {
        var known = values.Select(v => Fact.Known(v));
        var unknown = Gen.Constant(Fact<T>.Unknown);
        if (unknownWeight == 0)
        {
            return known;
        }
        return knownWeight == 0 ? unknown : Gen.Frequency((unknownWeight, unknown), (knownWeight, known));
    }

    /// <summary>Returns a generator of founding dates on or before <paramref name="asOf"/> (up to 150 years before).</summary>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The generator.</returns>
    public static Gen<LocalDate> FoundingDateOnOrBefore(LocalDate asOf) =>
        Gen.Frequency((1, Gen.Constant(asOf)), (5, Gen.Choose(0, 365 * 150).Select(d => asOf.PlusDays(-d))));

    /// <summary>Returns a generator of valid profiles with the given weights of unknown and known facts.</summary>
    /// <param name="unknownWeight">The weight of an unknown fact.</param>
    /// <param name="knownWeight">The weight of a known fact.</param>
    /// <returns>The generator.</returns>
    public static Gen<OrganisationProfile> ProfileWith(int unknownWeight, int knownWeight) =>
        from asOf in AsOfDate
        from name in Name
        from setters in Gen.CollectToArray(Slots.Select(s => s.Any(asOf, unknownWeight, knownWeight)))
        select Apply(new OrganisationProfileBuilder(name, asOf), setters);

    /// <summary>Returns a copy of <paramref name="profile"/> with the given changes applied.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="changes">The changes.</param>
    /// <returns>The new profile.</returns>
    public static OrganisationProfile Apply(OrganisationProfile profile, IEnumerable<Action<OrganisationProfileBuilder>> changes) =>
        Apply(profile.ToBuilder(), changes);

    /// <summary>Returns a copy of <paramref name="profile"/> with one change applied.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="change">The change.</param>
    /// <returns>The new profile.</returns>
    public static OrganisationProfile With(this OrganisationProfile profile, Action<OrganisationProfileBuilder> change)
    {
        var builder = profile.ToBuilder();
        change(builder);
        return builder.Build();
    }

    /// <summary>Returns the slot with the given id.</summary>
    /// <param name="id">The slot id.</param>
    /// <returns>The slot.</returns>
    public static Slot SlotOf(string id) => Slots.Single(s => s.Id == id);

    /// <summary>Describes every fact of a profile, for failure messages.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The text.</returns>
    public static string Describe(OrganisationProfile profile) =>
        $"'{profile.Name}' as of {LocalDatePattern.Iso.Format(profile.AsOf)}: "
        + string.Join("; ", Slots.Select(s => $"{s.Id}={s.Describe(profile)}"));

    /// <summary>Returns a generator of invalid arguments, each with the parameter name that must be reported.</summary>
    /// <param name="asOf">The evaluation date of the profile to corrupt.</param>
    /// <returns>The generator.</returns>
    public static Gen<InvalidArgumentCase> InvalidArgument(LocalDate asOf) => Gen.OneOf(
        BlankName.Select(n => new InvalidArgumentCase("name", $"name '{n ?? "null"}'", b => b.Name = n!)),
        InvalidShare.Select(s => new InvalidArgumentCase("carrierMigrantShare", Invariant(s), b => b.CarrierMigrantShare = s)),
        InvalidShare.Select(s => new InvalidArgumentCase("memberMigrantShare", Invariant(s), b => b.MemberMigrantShare = s)),
        UndefinedEnumValue<LegalForm>().Select(v => new InvalidArgumentCase("legalForm", Invariant(v), b => b.LegalForm = v)),
        UndefinedEnumValue<NonProfitStatus>().Select(v => new InvalidArgumentCase("nonProfitStatus", Invariant(v), b => b.NonProfitStatus = v)),
        UndefinedEnumValue<InternalRole>().Select(v => new InvalidArgumentCase("migrantRoleInStructures", Invariant(v), b => b.MigrantRoleInStructures = v)),
        UndefinedEnumValue<SelfIdentification>().Select(v => new InvalidArgumentCase("selfIdentification", Invariant(v), b => b.SelfIdentification = v)),
        UndefinedEnumValue<Staffing>().Select(v => new InvalidArgumentCase("staffing", Invariant(v), b => b.Staffing = v)),
        UndefinedEnumValue<GeographicScale>().Select(v => new InvalidArgumentCase("geographicScale", Invariant(v), b => b.GeographicScale = v)),
        SetWithUndefined<MigrationReference>().Select(s => new InvalidArgumentCase("migrationReferences", s.ToString(), b => b.MigrationReferences = s)),
        SetWithUndefined<Purpose>().Select(s => new InvalidArgumentCase("purposes", s.ToString(), b => b.Purposes = s)),
        SetWithUndefined<OrganisationKind>().Select(s => new InvalidArgumentCase("kinds", s.ToString(), b => b.Kinds = s)),
        SetWithUndefined<Orientation>().Select(s => new InvalidArgumentCase("orientations", s.ToString(), b => b.Orientations = s)),
        Gen.Frequency((1, Gen.Constant(1)), (1, Gen.Choose(2, 31)), (2, Gen.Choose(1, 365 * 100))).Select(d => asOf.PlusDays(d)).Select(date => new InvalidArgumentCase(
            "foundingDate", $"founding {LocalDatePattern.Iso.Format(date)} after {LocalDatePattern.Iso.Format(asOf)}", b => b.FoundingDate = date)),
        (from names in Gen.SubListOf(UmbrellaNames)
         from blank in BlankName.Where(n => n is not null)
         from order in Gen.Shuffle(names.Append(blank!).ToArray())
         select new InvalidArgumentCase("umbrellaMemberships", $"[{string.Join("|", order)}]", b => b.UmbrellaMemberships = ValueSet.OfStrings(order))));

    private static Gen<ValueSet<TEnum>> SetWithUndefined<TEnum>()
        where TEnum : struct, Enum =>
        from valid in Gen.SubListOf(Enum.GetValues<TEnum>())
        from bad in UndefinedEnumValue<TEnum>()
        select ValueSet.Of<TEnum>(valid.Append(bad));

    private static Gen<T[]> ChooseSome<T>(T[] items) =>
        items.Length == 0
            ? Gen.Constant(items)
            : from order in Gen.Shuffle(items)
              from count in Gen.Choose(1, items.Length)
              select order.Take(count).ToArray();

    private static Gen<Fact<ValueSet<T>>> Reorder<T>(Fact<ValueSet<T>> fact, Func<IEnumerable<T>, ValueSet<T>> make)
        where T : notnull
    {
        if (fact.IsUnknown)
        {
            return Gen.Constant(fact);
        }
        T[] items = [.. fact.Value.Items];
        return from duplicates in Gen.SubListOf(items)
               from order in Gen.Shuffle(items.Concat(duplicates).ToArray())
               select Fact.Known(make(order));
    }

    private static OrganisationProfile Apply(OrganisationProfileBuilder builder, IEnumerable<Action<OrganisationProfileBuilder>> changes)
    {
        foreach (var change in changes)
        {
            change(builder);
        }
        return builder.Build();
    }

    private static string Invariant(object value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>One settable fact of a profile with generators for its values.</summary>
    public sealed class Slot
    {
        private readonly Func<OrganisationProfile, bool> isKnown;
        private readonly Func<OrganisationProfile, string> describe;
        private readonly Func<LocalDate, int, int, Gen<Action<OrganisationProfileBuilder>>> any;
        private readonly Func<LocalDate, Gen<Action<OrganisationProfileBuilder>>> known;

        private Slot(
            string id,
            Func<OrganisationProfile, bool> isKnown,
            Func<OrganisationProfile, string> describe,
            Func<LocalDate, int, int, Gen<Action<OrganisationProfileBuilder>>> any,
            Func<LocalDate, Gen<Action<OrganisationProfileBuilder>>> known,
            Action<OrganisationProfileBuilder> clear)
        {
            Id = id;
            this.isKnown = isKnown;
            this.describe = describe;
            this.any = any;
            this.known = known;
            Clear = clear;
        }

        /// <summary>Gets the id (the fact id where rules read the fact).</summary>
        public string Id { get; }

        /// <summary>Gets the change that makes the fact unknown.</summary>
        public Action<OrganisationProfileBuilder> Clear { get; }

        /// <summary>Creates a slot.</summary>
        /// <typeparam name="T">The value type.</typeparam>
        /// <param name="id">The id.</param>
        /// <param name="get">Reads the fact.</param>
        /// <param name="set">Sets the fact on a builder.</param>
        /// <param name="values">The generator of valid known values for an evaluation date.</param>
        /// <param name="isVague">Which known values are too vague to decide anything (excluded from <see cref="Known"/>).</param>
        /// <returns>The slot.</returns>
        public static Slot Of<T>(
            string id,
            Func<OrganisationProfile, Fact<T>> get,
            Action<OrganisationProfileBuilder, Fact<T>> set,
            Func<LocalDate, Gen<T>> values,
            Func<T, bool>? isVague = null) => new(
                id,
                p => get(p).IsKnown,
                p => get(p).ToString(),
                (asOf, u, k) => FactOf(values(asOf), u, k).Select(f => (Action<OrganisationProfileBuilder>)(b => set(b, f))),
                asOf => values(asOf).Where(v => isVague is null || !isVague(v)).Select(v => (Action<OrganisationProfileBuilder>)(b => set(b, Fact.Known(v)))),
                b => set(b, default));

        /// <summary>Returns whether the fact is known in <paramref name="profile"/>.</summary>
        /// <param name="profile">The profile.</param>
        /// <returns>True when known.</returns>
        public bool IsKnown(OrganisationProfile profile) => isKnown(profile);

        /// <summary>Returns the fact's text in <paramref name="profile"/>.</summary>
        /// <param name="profile">The profile.</param>
        /// <returns>The text.</returns>
        public string Describe(OrganisationProfile profile) => describe(profile);

        /// <summary>Returns a generator of changes setting the fact to unknown or a known value.</summary>
        /// <param name="asOf">The evaluation date.</param>
        /// <param name="unknownWeight">The weight of unknown.</param>
        /// <param name="knownWeight">The weight of known.</param>
        /// <returns>The generator.</returns>
        public Gen<Action<OrganisationProfileBuilder>> Any(LocalDate asOf, int unknownWeight, int knownWeight) => any(asOf, unknownWeight, knownWeight);

        /// <summary>Returns a generator of changes setting the fact to a known, decisive (not vague) value.</summary>
        /// <param name="asOf">The evaluation date.</param>
        /// <returns>The generator.</returns>
        public Gen<Action<OrganisationProfileBuilder>> Known(LocalDate asOf) => known(asOf);

        /// <summary>Returns the id.</summary>
        /// <returns>The id.</returns>
        public override string ToString() => Id;
    }
}

/// <summary>A profile and a refinement of it (some unknown facts made known).</summary>
/// <param name="Before">The original profile.</param>
/// <param name="After">The refined profile.</param>
/// <param name="Filled">The ids of the facts made known.</param>
public sealed record Refinement(OrganisationProfile Before, OrganisationProfile After, string Filled)
{
    /// <inheritdoc />
    public override string ToString() => $"filled [{Filled}]{Environment.NewLine}before: {Generators.Describe(Before)}{Environment.NewLine}after:  {Generators.Describe(After)}";
}

/// <summary>A profile and a copy built from its list-valued facts in another order and with duplicates.</summary>
/// <param name="Original">The original profile.</param>
/// <param name="Reordered">The copy.</param>
public sealed record Reordering(OrganisationProfile Original, OrganisationProfile Reordered)
{
    /// <inheritdoc />
    public override string ToString() => Generators.Describe(Original);
}

/// <summary>One invalid argument: the parameter that must be named and the change that makes a builder invalid.</summary>
/// <param name="ParamName">The expected parameter name.</param>
/// <param name="Description">What is invalid.</param>
/// <param name="Corrupt">The change.</param>
public sealed record InvalidArgumentCase(string ParamName, string Description, Action<OrganisationProfileBuilder> Corrupt)
{
    /// <inheritdoc />
    public override string ToString() => $"{ParamName}: {Description}";
}

/// <summary>A valid profile and one invalid argument to apply to it.</summary>
/// <param name="Valid">The valid profile.</param>
/// <param name="ParamName">The expected parameter name.</param>
/// <param name="Description">What is invalid.</param>
/// <param name="Corrupt">The change.</param>
public sealed record InvalidProfileCase(OrganisationProfile Valid, string ParamName, string Description, Action<OrganisationProfileBuilder> Corrupt)
{
    /// <inheritdoc />
    public override string ToString() => $"{ParamName}: {Description}";
}
