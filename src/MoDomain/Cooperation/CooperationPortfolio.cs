using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MoDomain.Internal;

namespace MoDomain.Cooperation;

/// <summary>
/// The cooperation records of one owner — a municipality or an MO — with their analysis (<see cref="Analyze"/>) and
/// the trajectories of each MO–partner pair.
/// </summary>
/// <remarks>Immutable. Record ids are unique within a portfolio.</remarks>
public sealed class CooperationPortfolio
{
    // Set for a portfolio made by ForMo: its pairs and trajectories are those of this MO only.
    private readonly string? onlyMo;

    /// <summary>Initializes a portfolio.</summary>
    /// <param name="owner">Whose portfolio it is (a municipality's or an MO's name).</param>
    /// <param name="records">The records (may be empty).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="owner"/> is blank, <paramref name="records"/> holds a null element, or two records share an id.</exception>
    public CooperationPortfolio(string owner, IEnumerable<CooperationRecord> records)
        : this(owner, records, null)
    {
    }

    private CooperationPortfolio(string owner, IEnumerable<CooperationRecord> records, string? onlyMo)
    {
        this.onlyMo = onlyMo;
        Owner = Preconditions.CheckNotBlank(owner);
        Preconditions.CheckNoNullElements(records);
        Records = [.. records];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in Records)
        {
            Preconditions.CheckArgument(ids.Add(record.Id), $"The record id '{record.Id}' is used twice.", nameof(records));
        }
    }

    /// <summary>Gets the owner's name.</summary>
    public string Owner { get; }

    /// <summary>Gets the records, in the given order.</summary>
    public ImmutableArray<CooperationRecord> Records { get; }

    /// <summary>Gets the distinct MO–partner pairs, in order of first appearance (MO key, partner name); for a portfolio
    /// of one MO (<see cref="ForMo"/>) only that MO's pairs, even where a record is shared with other MOs.</summary>
    public ImmutableArray<KeyValuePair<string, string>> Pairs
    {
        get
        {
            var pairs = new List<KeyValuePair<string, string>>();
            var seen = new HashSet<(string, string)>();
            foreach (var record in Records)
            {
                foreach (var mo in record.Mos)
                {
                    if (onlyMo is not null && !string.Equals(mo, onlyMo, StringComparison.Ordinal))
                    {
                        continue;
                    }
                    foreach (var partner in record.Partners)
                    {
                        if (seen.Add((mo, partner.Name)))
                        {
                            pairs.Add(new KeyValuePair<string, string>(mo, partner.Name));
                        }
                    }
                }
            }
            return [.. pairs];
        }
    }

    /// <summary>Analyses the portfolio.</summary>
    /// <returns>The analysis.</returns>
    public PortfolioAnalysis Analyze() => new(this);

    /// <summary>Gets the portfolio of one MO: the records it takes part in, with only its own pairs and trajectories.</summary>
    /// <param name="mo">The MO key.</param>
    /// <returns>The MO's portfolio (owner: the key); records shared with other MOs are kept whole, but
    /// <see cref="Pairs"/> and <see cref="Trajectories"/> hold only this MO's.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mo"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="mo"/> is blank.</exception>
    public CooperationPortfolio ForMo(string mo)
    {
        Preconditions.CheckNotBlank(mo);
        return new(mo, Records.Where(r => r.Mos.Contains(mo, StringComparer.Ordinal)), mo);
    }

    /// <summary>Gets the trajectory of one MO–partner pair.</summary>
    /// <param name="mo">The MO key.</param>
    /// <param name="partnerName">The partner's name.</param>
    /// <param name="order">The maturity order; <see cref="MaturityOrder.Default"/> when null.</param>
    /// <returns>The trajectory (empty when the pair never cooperated).</returns>
    /// <exception cref="ArgumentNullException">A string is null.</exception>
    /// <exception cref="ArgumentException">A string is blank.</exception>
    public CooperationTrajectory TrajectoryOf(string mo, string partnerName, MaturityOrder? order = null) =>
        new(mo, partnerName, Records, order ?? MaturityOrder.Default);

    /// <summary>Gets the trajectories of every pair in <see cref="Pairs"/>.</summary>
    /// <param name="order">The maturity order; <see cref="MaturityOrder.Default"/> when null.</param>
    /// <returns>The trajectories, in pair order.</returns>
    public ImmutableArray<CooperationTrajectory> Trajectories(MaturityOrder? order = null) =>
        [.. Pairs.Select(p => TrajectoryOf(p.Key, p.Value, order))];
}
