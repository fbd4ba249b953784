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

    // Built once on first use, so that every trajectory and every MO's portfolio costs only its own records:
    // the records of each MO–partner pair and of each MO, in record order.
    private readonly Lazy<Dictionary<(string Mo, string Partner), List<CooperationRecord>>> byPair;
    private readonly Lazy<Dictionary<string, List<CooperationRecord>>> byMo;

    // Records handed to trajectories and MO portfolios so far; a test reads it to catch quadratic work.
    private long recordsVisited;

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
        Owner = Guard.Against.Blank(owner);
        Guard.Against.NullElements(records);
        Records = [.. records];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in Records)
        {
            Guard.Against.Unsatisfied(ids.Add(record.Id), $"The record id '{record.Id}' is used twice.", nameof(records));
        }
        byPair = new(IndexPairs);
        byMo = new(IndexMos);
    }

    /// <summary>Gets how many records the trajectories and MO portfolios made from this portfolio have been handed so
    /// far (for tests that count work).</summary>
    internal long RecordsVisited => System.Threading.Interlocked.Read(ref recordsVisited);

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
        Guard.Against.Blank(mo);
        var records = byMo.Value.TryGetValue(mo, out var found) ? found : [];
        System.Threading.Interlocked.Add(ref recordsVisited, records.Count);
        return new(mo, records, mo);
    }

    /// <summary>Gets the trajectory of one MO–partner pair.</summary>
    /// <param name="mo">The MO key.</param>
    /// <param name="partnerName">The partner's name.</param>
    /// <param name="order">The maturity order; <see cref="MaturityOrder.Default"/> when null.</param>
    /// <returns>The trajectory (empty when the pair never cooperated).</returns>
    /// <exception cref="ArgumentNullException">A string is null.</exception>
    /// <exception cref="ArgumentException">A string is blank.</exception>
    /// <remarks>Looks the pair up in an index built once per portfolio, so that the trajectories of all pairs together
    /// take time linear in the records (plus sorting each pair's records).</remarks>
    public CooperationTrajectory TrajectoryOf(string mo, string partnerName, MaturityOrder? order = null)
    {
        Guard.Against.Blank(mo);
        Guard.Against.Blank(partnerName);
        var records = byPair.Value.TryGetValue((mo, partnerName), out var found) ? found : [];
        System.Threading.Interlocked.Add(ref recordsVisited, records.Count);
        return new(mo, partnerName, records, order ?? MaturityOrder.Default);
    }

    /// <summary>Gets the trajectories of every pair in <see cref="Pairs"/>.</summary>
    /// <param name="order">The maturity order; <see cref="MaturityOrder.Default"/> when null.</param>
    /// <returns>The trajectories, in pair order.</returns>
    public ImmutableArray<CooperationTrajectory> Trajectories(MaturityOrder? order = null) =>
        [.. Pairs.Select(p => TrajectoryOf(p.Key, p.Value, order))];

    private Dictionary<(string Mo, string Partner), List<CooperationRecord>> IndexPairs()
    {
        var index = new Dictionary<(string Mo, string Partner), List<CooperationRecord>>();
        foreach (var record in Records)
        {
            foreach (var mo in record.Mos)
            {
                foreach (var partner in record.Partners)
                {
                    if (!index.TryGetValue((mo, partner.Name), out var list))
                    {
                        list = [];
                        index.Add((mo, partner.Name), list);
                    }
                    // A record naming the same MO or partner twice is listed once.
                    if (list.Count == 0 || !ReferenceEquals(list[^1], record))
                    {
                        list.Add(record);
                    }
                }
            }
        }
        return index;
    }

    private Dictionary<string, List<CooperationRecord>> IndexMos()
    {
        var index = new Dictionary<string, List<CooperationRecord>>(StringComparer.Ordinal);
        foreach (var record in Records)
        {
            foreach (var mo in record.Mos)
            {
                if (!index.TryGetValue(mo, out var list))
                {
                    list = [];
                    index.Add(mo, list);
                }
                if (list.Count == 0 || !ReferenceEquals(list[^1], record))
                {
                    list.Add(record);
                }
            }
        }
        return index;
    }
}
