using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using MoDomain.Internal;

namespace MoDomain.Cooperation;

/// <summary>What the <c>define-goals</c> step produced: the goals and the added value for both sides (DOMAIN.md §5.5).</summary>
/// <remarks>Immutable. The source insists the added value must be clear, so both added values are required.</remarks>
public sealed class GoalsDefinition
{
    /// <summary>Initializes a goals definition.</summary>
    /// <param name="goals">What the cooperation should achieve (at least one, none blank).</param>
    /// <param name="addedValueForInstitution">What the institution gains.</param>
    /// <param name="addedValueForMso">What the MSO gains.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No goal is given, or a text is blank.</exception>
    public GoalsDefinition(IEnumerable<string> goals, string addedValueForInstitution, string addedValueForMso)
    {
        Guard.Against.NullElements(goals);
        Goals = [.. goals];
        Guard.Against.Unsatisfied(!Goals.IsEmpty, "Name at least one goal.", nameof(goals));
        foreach (var goal in Goals)
        {
            Guard.Against.Blank(goal, nameof(goals));
        }
        AddedValueForInstitution = Guard.Against.Blank(addedValueForInstitution);
        AddedValueForMso = Guard.Against.Blank(addedValueForMso);
    }

    /// <summary>Gets the goals.</summary>
    public ImmutableArray<string> Goals { get; }

    /// <summary>Gets what the institution gains.</summary>
    public string AddedValueForInstitution { get; }

    /// <summary>Gets what the MSO gains.</summary>
    public string AddedValueForMso { get; }
}
