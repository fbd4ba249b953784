using System;
using MoDomain.Internal;
using MoDomain.Rules;

namespace MoDomain.Definitions;

/// <summary>
/// The interpretive thresholds of the BpB 2013 definition (<c>bpb-2013</c>). The source gives no numbers for
/// "a large part" (zu einem Großteil) and "a considerable role" (eine beachtliche Rolle).
/// </summary>
/// <remarks>
/// Defaults (interpretive, documented in docs/definitions.md): a large part means a member share of at least 0.5
/// (inclusive); a considerable role means <see cref="InternalRole.Considerable"/> or more; purposes arising from
/// migrants' situation and interests are the migration process and participation in the regions of arrival and origin.
/// </remarks>
public sealed class BpbParameters
{
    /// <summary>Creates parameters.</summary>
    /// <param name="largePartThreshold">The smallest member share that counts as "a large part" (inclusive), in [0, 1].</param>
    /// <param name="considerableRoleMinimum">The smallest role that counts as "considerable".</param>
    /// <param name="migrantInterestPurposes">The purposes that arise from the situation and interests of people with a migration history.</param>
    /// <exception cref="ArgumentNullException"><paramref name="migrantInterestPurposes"/> is null.</exception>
    /// <exception cref="ArgumentException">A value is out of range or undefined, or the purpose set is empty.</exception>
    public BpbParameters(double largePartThreshold, InternalRole considerableRoleMinimum, ValueSet<Purpose> migrantInterestPurposes)
    {
        LargePartThreshold = Guard.Against.NotAShare(largePartThreshold);
        ConsiderableRoleMinimum = Guard.Against.UndefinedValue(considerableRoleMinimum);
        MigrantInterestPurposes = ProfileChecks.CheckSet(Fact.Known(Guard.Against.Null(migrantInterestPurposes)), nameof(migrantInterestPurposes)).Value;
        Guard.Against.Unsatisfied(!migrantInterestPurposes.IsEmpty, "At least one purpose must count.", nameof(migrantInterestPurposes));
    }

    /// <summary>Gets the documented default parameters.</summary>
    public static BpbParameters Default { get; } = new(
        0.5,
        InternalRole.Considerable,
        ValueSet.Of(Purpose.MigrationProcess, Purpose.ParticipationInArrivalRegion, Purpose.ParticipationInOriginRegion));

    /// <summary>Gets the smallest member share that counts as "a large part" (inclusive).</summary>
    public double LargePartThreshold { get; }

    /// <summary>Gets the smallest role that counts as "considerable".</summary>
    public InternalRole ConsiderableRoleMinimum { get; }

    /// <summary>Gets the purposes that arise from migrants' situation and interests.</summary>
    public ValueSet<Purpose> MigrantInterestPurposes { get; }
}
