using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MoDomain.Internal;
using MoDomain.Rules;
using NodaTime;

namespace MoDomain.Cooperation;

/// <summary>
/// The course of the cooperation between one MO and one institutional partner over time: the steps in date order,
/// each compared with the one before in a <see cref="MaturityOrder"/>, and the milestones of the source's development
/// from door-opener events towards joint work and working bodies. No score.
/// </summary>
/// <remarks>Immutable. Steps are ordered by start date, then end date, then record id.</remarks>
public sealed class CooperationTrajectory
{
    /// <summary>Builds the trajectory of a pair from records.</summary>
    /// <param name="mo">The MO key.</param>
    /// <param name="partnerName">The partner's name.</param>
    /// <param name="records">The records; those not involving both are ignored.</param>
    /// <param name="order">The maturity order to compare with.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A string is blank or <paramref name="records"/> holds a null element.</exception>
    public CooperationTrajectory(string mo, string partnerName, IEnumerable<CooperationRecord> records, MaturityOrder order)
    {
        Mo = Guard.Against.Blank(mo);
        PartnerName = Guard.Against.Blank(partnerName);
        Guard.Against.NullElements(records);
        Order = Guard.Against.Null(order);
        var ordered = records.Where(r => r.Involves(mo, partnerName))
            .OrderBy(r => r.Period.Start).ThenBy(r => r.Period.End).ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        var steps = ImmutableArray.CreateBuilder<TrajectoryStep>(ordered.Count);
        for (int i = 0; i < ordered.Count; i++)
        {
            var comparison = i == 0
                ? Fact<MaturityComparison>.Unknown
                : order.Compare(ordered[i].Level, ordered[i].Form, ordered[i - 1].Level, ordered[i - 1].Form);
            steps.Add(new TrajectoryStep(ordered[i], i == 0, comparison));
        }
        Steps = steps.MoveToImmutable();
    }

    // Maturity comparisons made so far by MovesTowardsInstitutionalisation; a test reads it to catch quadratic work.
    private long comparisons;

    /// <summary>Gets how many maturity comparisons <see cref="MovesTowardsInstitutionalisation"/> has made so far (for
    /// tests that count work).</summary>
    internal long Comparisons => System.Threading.Interlocked.Read(ref comparisons);

    /// <summary>Gets the MO key.</summary>
    public string Mo { get; }

    /// <summary>Gets the partner's name.</summary>
    public string PartnerName { get; }

    /// <summary>Gets the order the steps were compared in.</summary>
    public MaturityOrder Order { get; }

    /// <summary>Gets the steps in date order.</summary>
    public ImmutableArray<TrajectoryStep> Steps { get; }

    /// <summary>
    /// Gets whether the relationship moves towards more institutionalised arrangements, judged only by the order:
    /// <list type="bullet">
    /// <item>no when some step is lower than an earlier step (a known regression), or when the last step equals the first;</item>
    /// <item>otherwise unknown when an unknown form leaves some comparison between steps open;</item>
    /// <item>otherwise yes when the last step is higher than the first, and unknown when the order does not relate them
    /// (or when there are fewer than two steps).</item>
    /// </list>
    /// </summary>
    /// <remarks>Steps the order leaves incomparable with each other (e.g. an MO event, then a municipal event) are no
    /// regression. Parallel activities count as steps too: a project started while a standing body runs is a step down.</remarks>
    public Truth MovesTowardsInstitutionalisation
    {
        get
        {
            if (Steps.Length < 2)
            {
                return Truth.Unknown;
            }
            // A comparison depends only on the level and form of the two records, and there are few of those: each
            // step is compared with each distinct earlier (level, form) once, which keeps this linear in the steps.
            bool open = false;
            var earlier = new List<(CooperationLevel Level, Fact<CooperationForm> Form)>();
            var seen = new HashSet<(CooperationLevel, Fact<CooperationForm>)>();
            for (int j = 0; j < Steps.Length; j++)
            {
                var record = Steps[j].Record;
                foreach (var (level, form) in earlier)
                {
                    System.Threading.Interlocked.Increment(ref comparisons);
                    var c = Order.Compare(record.Level, record.Form, level, form);
                    if (!c.IsKnown)
                    {
                        open = true;
                    }
                    else if (c.Value == MaturityComparison.Less)
                    {
                        return Truth.No;
                    }
                }
                if (seen.Add((record.Level, record.Form)))
                {
                    earlier.Add((record.Level, record.Form));
                }
            }
            if (open)
            {
                return Truth.Unknown;
            }
            return Compare(Steps[^1].Record, Steps[0].Record).Value switch
            {
                MaturityComparison.Greater => Truth.Yes,
                MaturityComparison.Equal => Truth.No,
                _ => Truth.Unknown,
            };
        }
    }

    /// <summary>Gets the first date on which the MO acted as door-opener, or unknown when no step records that role.</summary>
    public Fact<LocalDate> FirstAsDoorOpener => First(r => r.Roles.IsKnown && r.Roles.Value.Contains(CooperationRole.DoorOpener));

    /// <summary>Gets the first date of a jointly planned and carried out event or project, or unknown when there is none.</summary>
    public Fact<LocalDate> FirstJoint => First(r => r.Form.IsKnown && r.Form.Value == CooperationForm.Joint);

    /// <summary>Gets the first date of membership in a working group or body (standing body, thematic working group or
    /// political advisory body), or unknown when there is none.</summary>
    public Fact<LocalDate> FirstInWorkingBody => First(r => r.Level is CooperationLevel.StandingBody or CooperationLevel.ThematicWorkingGroup or CooperationLevel.PoliticalAdvisoryBody);

    private Fact<MaturityComparison> Compare(CooperationRecord later, CooperationRecord earlier) =>
        Order.Compare(later.Level, later.Form, earlier.Level, earlier.Form);

    private Fact<LocalDate> First(Func<CooperationRecord, bool> predicate)
    {
        foreach (var step in Steps)
        {
            if (predicate(step.Record))
            {
                return step.Record.Period.Start;
            }
        }
        return Fact<LocalDate>.Unknown;
    }
}
