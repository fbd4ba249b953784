using System;
using System.Collections.Immutable;
using MoDomain.Internal;
using MoDomain.Vocabulary;

namespace MoDomain.Objectives;

/// <summary>
/// The vocabulary data of Preißler's objectives matrix (Zielsetzungen von MSO, Qualitätszirkel 2023, DOMAIN.md §2):
/// the two axes, the four cells, the thirteen objectives and the evidence sources, each with stable id, German and
/// English label, description and source key, and the placement of every objective in exactly one cell.
/// </summary>
/// <remarks>
/// Data only; the analysis lives in <see cref="ObjectiveAnalysis"/>. All members are immutable and built once; they
/// are safe to share across threads. Category names are quoted from the source; descriptions are the library's own words.
/// </remarks>
public static class ObjectivesVocabulary
{
    // The cell of each objective, indexed by the enum value; the single place where the matrix is laid out.
    private static readonly ImmutableArray<ObjectiveCell> CellByObjective =
    [
        ObjectiveCell.InwardExplicit, // identity-building
        ObjectiveCell.InwardExplicit, // culture-and-tradition
        ObjectiveCell.InwardExplicit, // community-services
        ObjectiveCell.InwardExplicit, // education-support
        ObjectiveCell.OutwardExplicit, // recognition-and-visibility
        ObjectiveCell.OutwardExplicit, // international-understanding-and-integration
        ObjectiveCell.InwardImplicit, // first-orientation
        ObjectiveCell.InwardImplicit, // problem-solver
        ObjectiveCell.InwardImplicit, // group-belonging
        ObjectiveCell.InwardImplicit, // ties-to-origin-country
        ObjectiveCell.OutwardImplicit, // living-together
        ObjectiveCell.OutwardImplicit, // networking-and-cooperation
        ObjectiveCell.OutwardImplicit, // participation-and-co-design
    ];

    private static readonly ImmutableArray<ImmutableArray<Objective>> ObjectivesByCell = GroupByCell();

    /// <summary>Gets the scheme of <see cref="ObjectiveOrientation"/> values (Handlungsorientierung).</summary>
    public static EnumScheme<ObjectiveOrientation> Orientations { get; } = new(new ConceptScheme(
        "objective-orientations",
        new LocalizedText("Orientation of action", "Handlungsorientierung"),
        SourceKeys.Qualitaetszirkel2023,
        [
            new Concept("inward", new LocalizedText("Inward", "nach Innen"), "Action aimed at the organisation's own members and community.", SourceKeys.Qualitaetszirkel2023),
            new Concept("outward", new LocalizedText("Outward", "nach Außen"), "Action aimed at the wider society, its institutions and other groups.", SourceKeys.Qualitaetszirkel2023),
        ]));

    /// <summary>Gets the scheme of <see cref="ObjectivePurpose"/> values (explicit and implicit purposes).</summary>
    public static EnumScheme<ObjectivePurpose> Purposes { get; } = new(new ConceptScheme(
        "objective-purposes",
        new LocalizedText("Kind of purpose", "Art der Zwecke"),
        SourceKeys.Qualitaetszirkel2023,
        [
            new Concept("explicit", new LocalizedText("Explicit purposes", "Explizite Zwecke"), "Aims the organisation names and pursues deliberately, for example in its statutes or programme.", SourceKeys.Qualitaetszirkel2023),
            new Concept("implicit", new LocalizedText("Implicit purposes", "Implizite Zwecke"), "Effects that arise from the organisation's everyday work and existence without being its declared aim.", SourceKeys.Qualitaetszirkel2023),
        ]));

    /// <summary>Gets the scheme of <see cref="ObjectiveCell"/> values: the four cells of the matrix.</summary>
    public static EnumScheme<ObjectiveCell> Cells { get; } = new(new ConceptScheme(
        "objective-cells",
        new LocalizedText("Cells of Preißler's objectives matrix", "Felder der Matrix „Zielsetzungen von MSO“"),
        SourceKeys.Qualitaetszirkel2023,
        [
            new Concept("inward-explicit", new LocalizedText("Inward, explicit purposes", "nach Innen, Explizite Zwecke"), "Declared aims that serve the organisation's own community.", SourceKeys.Qualitaetszirkel2023),
            new Concept("outward-explicit", new LocalizedText("Outward, explicit purposes", "nach Außen, Explizite Zwecke"), "Declared aims that address society beyond the community.", SourceKeys.Qualitaetszirkel2023),
            new Concept("inward-implicit", new LocalizedText("Inward, implicit purposes", "nach Innen, Implizite Zwecke"), "Undeclared effects the organisation has for its own community.", SourceKeys.Qualitaetszirkel2023),
            new Concept("outward-implicit", new LocalizedText("Outward, implicit purposes", "nach Außen, Implizite Zwecke"), "Undeclared effects the organisation has on society beyond the community.", SourceKeys.Qualitaetszirkel2023),
        ]));

    /// <summary>Gets the scheme of <see cref="Objective"/> values: the thirteen objectives, in source order.</summary>
    public static EnumScheme<Objective> Objectives { get; } = new(new ConceptScheme(
        "objectives",
        new LocalizedText("Objectives of migrant organisations (Preißler)", "Zielsetzungen von MSO"),
        SourceKeys.Qualitaetszirkel2023,
        [
            new Concept("identity-building", new LocalizedText("Identity building", "Identitätsstiftung"), "Giving members a shared sense of who they are.", SourceKeys.Qualitaetszirkel2023),
            new Concept("culture-and-tradition", new LocalizedText("Preserving culture and traditions", "Kultur- und Traditionswahrung"), "Keeping the language, customs, festivals and arts of the community alive.", SourceKeys.Qualitaetszirkel2023),
            new Concept("community-services", new LocalizedText("Services for the community", "Dienstleistung für die Community"), "Offering advice, help and other services to people of the community.", SourceKeys.Qualitaetszirkel2023),
            new Concept("education-support", new LocalizedText("Education support", "Bildungsförderung"), "Promoting learning, for example homework help, language courses or parent education.", SourceKeys.Qualitaetszirkel2023),
            new Concept("recognition-and-visibility", new LocalizedText("Recognition and visibility as a group / advocacy", "Anerkennung und Sichtbarkeit als Gruppe / Interessensvertretung"), "Making the group seen and acknowledged in public and speaking up for its interests.", SourceKeys.Qualitaetszirkel2023),
            new Concept("international-understanding-and-integration", new LocalizedText("\"International understanding\" and integration", "„Völkerverständigung“ & Integration"), "Building understanding between peoples and supporting integration into the receiving society.", SourceKeys.Qualitaetszirkel2023),
            new Concept("first-orientation", new LocalizedText("First orientation for newcomers", "Erstorientierung für Neuzugewanderte"), "Helping recently arrived people find their way in the new environment.", SourceKeys.Qualitaetszirkel2023),
            new Concept("problem-solver", new LocalizedText("\"Problem solver\"", "„Problemlöser“"), "Being the place people turn to when everyday difficulties arise.", SourceKeys.Qualitaetszirkel2023),
            new Concept("group-belonging", new LocalizedText("Group belonging", "Gruppenzugehörigkeit"), "Giving people a group where they belong and feel at home.", SourceKeys.Qualitaetszirkel2023),
            new Concept("ties-to-origin-country", new LocalizedText("Ties to the country of origin", "Bezüge zum Herkunftsland"), "Maintaining connections with the country or region people or their families came from.", SourceKeys.Qualitaetszirkel2023),
            new Concept("living-together", new LocalizedText("Fostering living together", "Förderung des Zusammenlebens"), "Contributing to good relations and everyday coexistence in the neighbourhood and town.", SourceKeys.Qualitaetszirkel2023),
            new Concept("networking-and-cooperation", new LocalizedText("Networking and cooperation", "Vernetzung und Kooperationen"), "Linking up and working with other organisations, administrations and institutions.", SourceKeys.Qualitaetszirkel2023),
            new Concept("participation-and-co-design", new LocalizedText("Societal participation and co-shaping", "Gesellschaftliche Teilhabe und Mitgestaltung"), "Taking part in and helping to shape public life and decisions.", SourceKeys.Qualitaetszirkel2023),
        ]));

    /// <summary>Gets the scheme of <see cref="EvidenceSource"/> values.</summary>
    public static EnumScheme<EvidenceSource> EvidenceSources { get; } = new(new ConceptScheme(
        "evidence-sources",
        new LocalizedText("Evidence sources", "Quellen der Belege"),
        SourceKeys.Qualitaetszirkel2023,
        [
            new Concept("self-reported", new LocalizedText("Self-reported", "Selbstauskunft"), "The organisation states the objective itself, for example in statutes, a survey or an interview.", SourceKeys.Qualitaetszirkel2023),
            new Concept("observed", new LocalizedText("Observed", "Beobachtet"), "Someone outside the organisation has seen it pursue the objective in its activities.", SourceKeys.Qualitaetszirkel2023),
        ]));

    /// <summary>Gets the cell an objective sits in.</summary>
    /// <param name="objective">The objective.</param>
    /// <returns>Its cell; every objective sits in exactly one.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="objective"/> is not a defined value.</exception>
    public static ObjectiveCell CellOf(Objective objective) => CellByObjective[(int)Guard.Against.UndefinedValue(objective)];

    /// <summary>Gets the orientation of action of an objective (the orientation of its cell).</summary>
    /// <param name="objective">The objective.</param>
    /// <returns>Inward or outward.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="objective"/> is not a defined value.</exception>
    public static ObjectiveOrientation OrientationOf(Objective objective) => OrientationOf(CellOf(objective));

    /// <summary>Gets the kind of purpose of an objective (the purpose of its cell).</summary>
    /// <param name="objective">The objective.</param>
    /// <returns>Explicit or implicit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="objective"/> is not a defined value.</exception>
    public static ObjectivePurpose PurposeOf(Objective objective) => PurposeOf(CellOf(objective));

    /// <summary>Gets the orientation of action of a cell.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>Inward or outward.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cell"/> is not a defined value.</exception>
    public static ObjectiveOrientation OrientationOf(ObjectiveCell cell) => Guard.Against.UndefinedValue(cell) switch
    {
        ObjectiveCell.InwardExplicit or ObjectiveCell.InwardImplicit => ObjectiveOrientation.Inward,
        _ => ObjectiveOrientation.Outward,
    };

    /// <summary>Gets the kind of purpose of a cell.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>Explicit or implicit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cell"/> is not a defined value.</exception>
    public static ObjectivePurpose PurposeOf(ObjectiveCell cell) => Guard.Against.UndefinedValue(cell) switch
    {
        ObjectiveCell.InwardExplicit or ObjectiveCell.OutwardExplicit => ObjectivePurpose.Explicit,
        _ => ObjectivePurpose.Implicit,
    };

    /// <summary>Gets the cell where an orientation and a kind of purpose meet.</summary>
    /// <param name="orientation">The orientation of action.</param>
    /// <param name="purpose">The kind of purpose.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is not a defined value.</exception>
    public static ObjectiveCell CellAt(ObjectiveOrientation orientation, ObjectivePurpose purpose) =>
        (Guard.Against.UndefinedValue(orientation), Guard.Against.UndefinedValue(purpose)) switch
        {
            (ObjectiveOrientation.Inward, ObjectivePurpose.Explicit) => ObjectiveCell.InwardExplicit,
            (ObjectiveOrientation.Outward, ObjectivePurpose.Explicit) => ObjectiveCell.OutwardExplicit,
            (ObjectiveOrientation.Inward, _) => ObjectiveCell.InwardImplicit,
            _ => ObjectiveCell.OutwardImplicit,
        };

    /// <summary>Gets the objectives that sit in a cell, in source order.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The objectives of the cell (four, two, four or three).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cell"/> is not a defined value.</exception>
    public static ImmutableArray<Objective> ObjectivesIn(ObjectiveCell cell) => ObjectivesByCell[(int)Guard.Against.UndefinedValue(cell)];

    private static ImmutableArray<ImmutableArray<Objective>> GroupByCell()
    {
        var cells = Enum.GetValues<ObjectiveCell>();
        var objectives = Enum.GetValues<Objective>();
        var result = ImmutableArray.CreateBuilder<ImmutableArray<Objective>>(cells.Length);
        foreach (var cell in cells)
        {
            var inCell = ImmutableArray.CreateBuilder<Objective>();
            foreach (var objective in objectives)
            {
                if (CellByObjective[(int)objective] == cell)
                {
                    inCell.Add(objective);
                }
            }
            result.Add(inCell.ToImmutable());
        }
        return result.MoveToImmutable();
    }
}
