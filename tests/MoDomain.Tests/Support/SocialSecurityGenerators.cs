using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using MoDomain.Rules;
using MoDomain.SocialSecurity;
using NodaTime;

namespace MoDomain.Tests.Support;

/// <summary>
/// FsCheck generators for the social-security functions (DOMAIN.md §3.1–3.2): references, evidence items, evidence
/// profiles, reorderings, additions, perspective filters and invalid constructor arguments.
/// </summary>
public static class SocialSecurityGenerators
{
    /// <summary>The number of cases per property.</summary>
    public static readonly int Runs = Generators.Scaled(300);

    private static readonly string[] Organisations = ["Together e.V.", "Ortak e.V.", "Ameren e.V.", "Frauentreff Miteinander", "Ελληνική Κοινότητα", "emoji 🤝 e.V.", "Zeile\neins"];

    // A small pool so that generated lists often repeat a reference (and sometimes a whole item).
    private static readonly string[] DocumentIds = ["interview-mo-01", "interview-mo-02", "interview-wv-01", "interview-ba-01", "Interview 03.docx", "Ü \"quoted\"", "back\\slash"];

    /// <summary>Gets the property configuration: <see cref="Runs"/> cases, throwing on failure.</summary>
    public static Config Config { get; } = Config.QuickThrowOnFailure.WithMaxTest(Runs);

    /// <summary>Gets a generator of indicators.</summary>
    public static Gen<FunctionIndicator> Indicator { get; } = Gen.Elements(Enum.GetValues<FunctionIndicator>());

    /// <summary>Gets a generator of functions.</summary>
    public static Gen<SocialSecurityFunction> Function { get; } = Gen.Elements(Enum.GetValues<SocialSecurityFunction>());

    /// <summary>Gets a generator of perspectives.</summary>
    public static Gen<Perspective> PerspectiveValue { get; } = Gen.Elements(Enum.GetValues<Perspective>());

    /// <summary>Gets a generator of stances.</summary>
    public static Gen<EvidenceStance> Stance { get; } = Gen.Elements(Enum.GetValues<EvidenceStance>());

    /// <summary>Gets a generator of administrative roles.</summary>
    public static Gen<AdministrativeRole> Role { get; } = Gen.Elements(Enum.GetValues<AdministrativeRole>());

    /// <summary>Gets a generator of optional texts (null or a non-blank text).</summary>
    public static Gen<string?> OptionalText { get; } = Gen.Frequency(
        (2, Gen.Constant<string?>(null)),
        (1, Gen.Elements<string?>("seg-1", "seg-12", "a note", "Zitat: „Wie eine große Familie“", "line\nbreak", "x")));

    /// <summary>Gets a generator of optional dates (unknown, or a date between 1900 and 2100).</summary>
    public static Gen<Fact<LocalDate>> Date { get; } = Gen.Frequency(
        (1, Gen.Constant(Fact<LocalDate>.Unknown)),
        (2, from days in Gen.Choose(0, 73_000) select new Fact<LocalDate>(new LocalDate(1900, 1, 1).PlusDays(days))),
        (1, Gen.Elements(new Fact<LocalDate>(new LocalDate(2020, 2, 29)), new Fact<LocalDate>(new LocalDate(1, 1, 1)), new Fact<LocalDate>(new LocalDate(9999, 12, 31)))));

    /// <summary>Gets a generator of references.</summary>
    public static Gen<EvidenceReference> Reference { get; } =
        from doc in Gen.Elements(DocumentIds)
        from segment in OptionalText
        from note in OptionalText
        from date in Date
        select new EvidenceReference(doc, segment, note, date);

    /// <summary>Gets a generator of valid evidence items (a role only with public administration, sometimes unknown).</summary>
    public static Gen<FunctionEvidence> Evidence { get; } =
        from indicator in Indicator
        from perspective in PerspectiveValue
        from stance in Stance
        from reference in Reference
        from role in perspective == Perspective.PublicAdministration
            ? Gen.Frequency((1, Gen.Constant(Fact<AdministrativeRole>.Unknown)), (3, Role.Select(r => new Fact<AdministrativeRole>(r))))
            : Gen.Constant(Fact<AdministrativeRole>.Unknown)
        select new FunctionEvidence(indicator, perspective, stance, reference, role);

    /// <summary>Gets a generator of evidence lists (possibly empty, possibly with repeated items).</summary>
    public static Gen<FunctionEvidence[]> EvidenceList { get; } = Gen.Sized(size =>
        from n in Gen.Choose(0, Math.Max(0, size))
        from items in Gen.ArrayOf(Evidence, n)
        from repeats in Gen.SubListOf(items)
        select items.Concat(repeats).ToArray());

    /// <summary>Gets a generator of evidence profiles.</summary>
    public static Gen<FunctionEvidenceProfile> Profile { get; } =
        from name in Gen.Elements(Organisations)
        from items in EvidenceList
        select new FunctionEvidenceProfile(name, items);

    /// <summary>Gets an arbitrary of evidence profiles.</summary>
    public static Arbitrary<FunctionEvidenceProfile> ProfileArb { get; } = Profile.ToArbitrary();

    /// <summary>Gets an arbitrary of an evidence list together with a shuffled copy.</summary>
    public static Arbitrary<(FunctionEvidence[] Items, FunctionEvidence[] Shuffled)> ReorderingArb { get; } =
        (from items in EvidenceList
         from shuffled in Gen.Shuffle(items)
         select (items, shuffled.ToArray())).ToArbitrary();

    /// <summary>Gets an arbitrary of a profile together with more evidence to add.</summary>
    public static Arbitrary<(FunctionEvidenceProfile Profile, FunctionEvidence[] Added)> AdditionArb { get; } =
        (from p in Profile
         from added in EvidenceList
         select (p, added)).ToArbitrary();

    /// <summary>Gets an arbitrary of a profile together with a perspective.</summary>
    public static Arbitrary<(FunctionEvidenceProfile Profile, Perspective Perspective)> FilterArb { get; } =
        (from p in Profile
         from perspective in PerspectiveValue
         select (p, perspective)).ToArbitrary();

    /// <summary>Gets an arbitrary of an invalid role combination: a known role with a perspective other than public administration.</summary>
    public static Arbitrary<(FunctionIndicator Indicator, Perspective Perspective, AdministrativeRole Role, EvidenceStance Stance)> MisplacedRoleArb { get; } =
        (from indicator in Indicator
         from perspective in Gen.Elements(Perspective.MigrantOrganisation, Perspective.WelfareAssociation)
         from role in Role
         from stance in Stance
         select (indicator, perspective, role, stance)).ToArbitrary();

    /// <summary>Gets a generator of enum values outside the defined range.</summary>
    public static Gen<int> UndefinedEnumValue { get; } = Gen.OneOf(Gen.Choose(16, 10_000), Gen.Choose(-10_000, -1), Gen.Elements(int.MinValue, int.MaxValue));

    /// <summary>Gets a generator of blank texts.</summary>
    public static Gen<string> Blank { get; } = Gen.Elements(string.Empty, " ", "\t", "\n", "  \r\n ");
}
