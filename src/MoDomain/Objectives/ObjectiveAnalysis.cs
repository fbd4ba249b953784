using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using MoDomain.Internal;
using MoDomain.Rules;

namespace MoDomain.Objectives;

/// <summary>
/// What an <see cref="ObjectiveProfile"/> says in terms of Preißler's matrix: the objectives per cell, the weighted
/// shares inward vs. outward and explicit vs. implicit, the dominant cell(s), whether the organisation is mainly
/// inward-oriented ("binnenorientiert") and which objectives were never evidenced.
/// </summary>
/// <remarks>
/// <para><b>Weights.</b> Every considered objective weighs its <see cref="PursuedObjective.Emphasis"/> (1 by default, so
/// that shares are shares of counted objectives). The inward share is the inward weight divided by the total weight,
/// computed as <c>1 / (1 + outward / inward)</c> so that adding an inward objective can never lower it, not even by
/// rounding; the outward share is one minus the inward share. The explicit and implicit shares work the same way.
/// Shares lie in [0, 1] and sum to 1.</para>
/// <para><b>Unknown.</b> When no objective is considered (an empty profile, or no objective with the filtered evidence
/// source), the shares are unknown (<see cref="Fact{T}.Unknown"/>, never NaN), there is no dominant cell and
/// <see cref="IsMainlyInward"/> is <see cref="Truth.Unknown"/>.</para>
/// <para><b>Dominant cells.</b> Every cell whose weight equals the largest cell weight (within a relative
/// <see cref="DominantCellTolerance"/>, to absorb rounding) is dominant; ties are reported as ties, never broken.</para>
/// <para><b>Order.</b> The analysis depends only on the profile's content, never on the order the objectives were given in.</para>
/// <para>Immutable and safe to share across threads.</para>
/// </remarks>
public sealed class ObjectiveAnalysis
{
    /// <summary>The relative tolerance within which two cell weights count as a tie: 10^-9.</summary>
    public const double DominantCellTolerance = 1e-9;

    private static readonly int CellCount = Enum.GetValues<ObjectiveCell>().Length;

    private readonly ImmutableArray<ImmutableArray<Objective>> objectivesByCell;
    private readonly ImmutableArray<double> weightByCell;

    internal ObjectiveAnalysis(ObjectiveProfile profile, ObjectiveAnalysisParameters parameters, EvidenceSource? evidence)
    {
        Profile = Guard.Against.Null(profile);
        Parameters = Guard.Against.Null(parameters);
        if (evidence is { } e)
        {
            Guard.Against.UndefinedValue(e, nameof(evidence));
        }
        EvidenceFilter = evidence;

        // The profile keeps its objectives in enum order, so every sum below is taken in one canonical order.
        var considered = ImmutableArray.CreateBuilder<PursuedObjective>();
        var perCell = new List<Objective>[CellCount];
        var weights = new double[CellCount];
        for (int c = 0; c < CellCount; c++)
        {
            perCell[c] = [];
        }
        foreach (var pursued in profile.Objectives)
        {
            if (evidence is { } filter && pursued.Evidence != filter)
            {
                continue;
            }
            considered.Add(pursued);
            int cell = (int)pursued.Cell;
            perCell[cell].Add(pursued.Objective);
            weights[cell] += pursued.Emphasis;
        }
        Considered = considered.ToImmutable();
        var cellsBuilder = ImmutableArray.CreateBuilder<ImmutableArray<Objective>>(CellCount);
        foreach (var list in perCell)
        {
            cellsBuilder.Add([.. list]);
        }
        objectivesByCell = cellsBuilder.MoveToImmutable();
        weightByCell = [.. weights];

        double inward = weights[(int)ObjectiveCell.InwardExplicit] + weights[(int)ObjectiveCell.InwardImplicit];
        double outward = weights[(int)ObjectiveCell.OutwardExplicit] + weights[(int)ObjectiveCell.OutwardImplicit];
        double explicitWeight = weights[(int)ObjectiveCell.InwardExplicit] + weights[(int)ObjectiveCell.OutwardExplicit];
        double implicitWeight = weights[(int)ObjectiveCell.InwardImplicit] + weights[(int)ObjectiveCell.OutwardImplicit];
        TotalWeight = inward + outward;

        if (Considered.IsEmpty)
        {
            DominantCells = ValueSet.Of<ObjectiveCell>();
            IsMainlyInward = Truth.Unknown;
        }
        else
        {
            double inwardShare = ShareOf(inward, outward);
            double explicitShare = ShareOf(explicitWeight, implicitWeight);
            InwardShare = inwardShare;
            OutwardShare = 1.0 - inwardShare;
            ExplicitShare = explicitShare;
            ImplicitShare = 1.0 - explicitShare;
            DominantCells = Dominant(weights);
            // The same relative tolerance as for dominant cells: an inward share that exceeds the threshold only by
            // rounding (for example 0.1 + 0.2 against 0.3) is not "mainly inward".
            IsMainlyInward = Truth.FromBoolean(inwardShare - parameters.MainlyInwardThreshold > DominantCellTolerance);
        }

        var never = new List<Objective>();
        foreach (var objective in Enum.GetValues<Objective>())
        {
            if (!objectivesByCell[(int)ObjectivesVocabulary.CellOf(objective)].Contains(objective))
            {
                never.Add(objective);
            }
        }
        NeverEvidenced = ValueSet.Of<Objective>(never);
    }

    /// <summary>Gets the analysed profile.</summary>
    public ObjectiveProfile Profile { get; }

    /// <summary>Gets the interpretive parameters used.</summary>
    public ObjectiveAnalysisParameters Parameters { get; }

    /// <summary>Gets the evidence source the analysis was restricted to, or null when every objective was considered.</summary>
    public EvidenceSource? EvidenceFilter { get; }

    /// <summary>Gets the pursued objectives the analysis considered (all, or those with the filtered evidence source), in the order of <see cref="Objective"/>.</summary>
    public ImmutableArray<PursuedObjective> Considered { get; }

    /// <summary>Gets whether no objective was considered, in which case shares are unknown.</summary>
    public bool IsEmpty => Considered.IsEmpty;

    /// <summary>Gets the sum of the emphases of the considered objectives (0 when none).</summary>
    public double TotalWeight { get; }

    /// <summary>Gets the weighted share of inward objectives, in [0, 1]; unknown when no objective was considered.</summary>
    public Fact<double> InwardShare { get; }

    /// <summary>Gets the weighted share of outward objectives (one minus <see cref="InwardShare"/>); unknown when no objective was considered.</summary>
    public Fact<double> OutwardShare { get; }

    /// <summary>Gets the weighted share of explicit objectives, in [0, 1]; unknown when no objective was considered.</summary>
    public Fact<double> ExplicitShare { get; }

    /// <summary>Gets the weighted share of implicit objectives (one minus <see cref="ExplicitShare"/>); unknown when no objective was considered.</summary>
    public Fact<double> ImplicitShare { get; }

    /// <summary>Gets the cell(s) with the largest weight; several when tied, empty when no objective was considered.</summary>
    public ValueSet<ObjectiveCell> DominantCells { get; }

    /// <summary>Gets whether several cells share the largest weight.</summary>
    public bool HasTiedDominantCells => DominantCells.Count > 1;

    /// <summary>
    /// Gets whether the organisation is mainly inward-oriented ("binnenorientiert"): yes when <see cref="InwardShare"/>
    /// exceeds (by more than <see cref="DominantCellTolerance"/>, so rounding never decides) <see cref="ObjectiveAnalysisParameters.MainlyInwardThreshold"/> (interpretive, 0.5 by default), no when
    /// not, unknown when no objective was considered.
    /// </summary>
    public Truth IsMainlyInward { get; }

    /// <summary>Gets the objectives of the matrix that the considered evidence does not show at all, in source order.</summary>
    public ValueSet<Objective> NeverEvidenced { get; }

    /// <summary>Analyses a profile.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="parameters">The interpretive parameters; <see cref="ObjectiveAnalysisParameters.Default"/> when null.</param>
    /// <param name="evidence">When given, only objectives with this evidence source are considered.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="evidence"/> is not a defined value.</exception>
    public static ObjectiveAnalysis Of(ObjectiveProfile profile, ObjectiveAnalysisParameters? parameters = null, EvidenceSource? evidence = null)
    {
        Guard.Against.Null(profile);
        return new ObjectiveAnalysis(profile, parameters ?? ObjectiveAnalysisParameters.Default, evidence);
    }

    /// <summary>Gets the considered objectives in a cell, in source order.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The objectives; empty when none.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cell"/> is not a defined value.</exception>
    public ImmutableArray<Objective> ObjectivesIn(ObjectiveCell cell) => objectivesByCell[(int)Guard.Against.UndefinedValue(cell)];

    /// <summary>Gets the number of considered objectives in a cell.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cell"/> is not a defined value.</exception>
    public int CountIn(ObjectiveCell cell) => ObjectivesIn(cell).Length;

    /// <summary>Gets the summed emphasis of the considered objectives in a cell.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The weight; 0 when none.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cell"/> is not a defined value.</exception>
    public double WeightIn(ObjectiveCell cell) => weightByCell[(int)Guard.Against.UndefinedValue(cell)];

    /// <summary>Gets a cell's share of the total weight, in [0, 1]; unknown when no objective was considered.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The share.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cell"/> is not a defined value.</exception>
    public Fact<double> ShareIn(ObjectiveCell cell)
    {
        double weight = WeightIn(cell);
        return IsEmpty ? Fact<double>.Unknown : Math.Min(1.0, weight / TotalWeight);
    }

    /// <summary>Returns the organisation, the inward and explicit shares and the dominant cells, for example
    /// <c>Verein: inward 0.75, explicit 0.5, dominant inward-explicit, mainly-inward yes</c>.</summary>
    /// <returns>The text, culture-invariant, with ids.</returns>
    public override string ToString()
    {
        var dominant = new List<string>(DominantCells.Count);
        foreach (var cell in DominantCells)
        {
            dominant.Add(ObjectivesVocabulary.Cells.IdOf(cell));
        }
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Profile.Organisation}: inward {InwardShare}, explicit {ExplicitShare}, dominant {(dominant.Count == 0 ? "none" : string.Join(" + ", dominant))}, mainly-inward {IsMainlyInward}");
    }

    // a / (a + b) written as 1 / (1 + b / a): every step is monotone in a, so a larger a never gives a smaller share.
    private static double ShareOf(double a, double b) => a == 0.0 ? 0.0 : 1.0 / (1.0 + (b / a));

    private static ValueSet<ObjectiveCell> Dominant(double[] weights)
    {
        double max = 0.0;
        foreach (double w in weights)
        {
            max = Math.Max(max, w);
        }
        double floor = max - (max * DominantCellTolerance);
        var dominant = new List<ObjectiveCell>();
        for (int c = 0; c < weights.Length; c++)
        {
            if (weights[c] >= floor)
            {
                dominant.Add((ObjectiveCell)c);
            }
        }
        return ValueSet.Of<ObjectiveCell>(dominant);
    }
}
