using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using MoDomain.Internal;

namespace MoDomain.Cooperation;

/// <summary>A municipality's cooperation with MOs: its set-up (DOMAIN.md §5.3) and its cooperation records.</summary>
/// <remarks>Immutable. <see cref="Portfolio"/> is the records as a portfolio owned by the municipality.</remarks>
public sealed class MunicipalityCooperation
{
    /// <summary>Initializes a municipality's cooperation.</summary>
    /// <param name="name">The municipality's name.</param>
    /// <param name="setUp">Its set-up.</param>
    /// <param name="records">Its cooperation records (ids unique).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, a record is null, or two records share an id.</exception>
    public MunicipalityCooperation(string name, MunicipalSetUp setUp, IEnumerable<CooperationRecord> records)
    {
        Name = Guard.Against.Blank(name);
        SetUp = Guard.Against.Null(setUp);
        Portfolio = new CooperationPortfolio(name, records);
    }

    /// <summary>Gets the municipality's name.</summary>
    public string Name { get; }

    /// <summary>Gets the set-up.</summary>
    public MunicipalSetUp SetUp { get; }

    /// <summary>Gets the records as a portfolio.</summary>
    public CooperationPortfolio Portfolio { get; }

    /// <summary>Gets the records.</summary>
    public ImmutableArray<CooperationRecord> Records => Portfolio.Records;
}
