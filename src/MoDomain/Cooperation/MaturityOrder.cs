using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MoDomain.Internal;
using MoDomain.Rules;
using MoDomain.Vocabulary;

namespace MoDomain.Cooperation;

/// <summary>
/// The maturity (institutionalisation) order of cooperation arrangements: a <b>partial</b> order built only from
/// stated edges (DOMAIN.md §5.1). Pairs no chain of edges connects stay <see cref="MaturityComparison.Incomparable"/>.
/// </summary>
/// <remarks>
/// <para>The order is the reflexive-transitive closure of the edges. The constructor rejects edges that form a cycle,
/// so the order is antisymmetric by construction. <see cref="HasseEdges"/> are the covering pairs (the transitive
/// reduction); each is one of the stated edges and keeps its statement.</para>
/// <para><see cref="Default"/> holds only what the Qualitätszirkel 2023 states; <see cref="Subsuming"/> adds the
/// library's reading that regular thematic working groups and political advisory bodies are working groups and
/// bodies in the source's sense (marked <see cref="SourceKeys.Interpretive"/>). Callers may build their own.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class MaturityOrder
{
    private readonly Dictionary<CooperationArrangement, int> index;
    private readonly bool[,] less;

    /// <summary>Initializes an order over <see cref="CooperationArrangement.All"/> from stated edges.</summary>
    /// <param name="edges">The stated edges (lower &lt; upper).</param>
    /// <exception cref="ArgumentNullException"><paramref name="edges"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="edges"/> holds a null element, states the same pair twice, or the edges form a cycle (the message names it).</exception>
    public MaturityOrder(IEnumerable<MaturityEdge> edges)
    {
        Guard.Against.NullElements(edges);
        Elements = CooperationArrangement.All;
        StatedEdges = [.. edges];
        index = new Dictionary<CooperationArrangement, int>();
        for (int i = 0; i < Elements.Length; i++)
        {
            index.Add(Elements[i], i);
        }
        int n = Elements.Length;
        less = new bool[n, n];
        foreach (var edge in StatedEdges)
        {
            int a = index[edge.Lower], b = index[edge.Upper];
            Guard.Against.Unsatisfied(!less[a, b], $"The edge {edge} is stated twice.", nameof(edges));
            less[a, b] = true;
        }
        for (int k = 0; k < n; k++)
        {
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    if (less[i, k] && less[k, j])
                    {
                        less[i, j] = true;
                    }
                }
            }
        }
        for (int i = 0; i < n; i++)
        {
            Guard.Against.Unsatisfied(!less[i, i], $"The edges form a cycle through '{Elements[i].Id}'; an order must be antisymmetric.", nameof(edges));
        }
        HasseEdges = [.. StatedEdges.Where(e => IsCovering(index[e.Lower], index[e.Upper]))];
    }

    /// <summary>Gets the order built only from what the Qualitätszirkel 2023 states (see the remarks of the class).</summary>
    public static MaturityOrder Default { get; } = new(StatedBySource());

    /// <summary>Gets <see cref="Default"/> plus the interpretive edges that treat regular thematic working groups and
    /// political advisory bodies as working groups and bodies (more institutionalised than events and projects).</summary>
    public static MaturityOrder Subsuming { get; } = new([.. StatedBySource(), .. SubsumedBodies()]);

    /// <summary>Gets the elements of the order (<see cref="CooperationArrangement.All"/>).</summary>
    public ImmutableArray<CooperationArrangement> Elements { get; }

    /// <summary>Gets the edges the order was built from, in the given order.</summary>
    public ImmutableArray<MaturityEdge> StatedEdges { get; }

    /// <summary>Gets the covering pairs of the order (its Hasse diagram), each with its statement, in stated order.</summary>
    public ImmutableArray<MaturityEdge> HasseEdges { get; }

    /// <summary>Compares two arrangements.</summary>
    /// <param name="left">The first arrangement.</param>
    /// <param name="right">The second arrangement.</param>
    /// <returns>Less, equal or greater when the order relates them; incomparable when it does not.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public MaturityComparison Compare(CooperationArrangement left, CooperationArrangement right)
    {
        Guard.Against.Null(left);
        Guard.Against.Null(right);
        int a = index[left], b = index[right];
        if (a == b)
        {
            return MaturityComparison.Equal;
        }
        return less[a, b] ? MaturityComparison.Less : less[b, a] ? MaturityComparison.Greater : MaturityComparison.Incomparable;
    }

    /// <summary>
    /// Compares two arrangements whose forms may be unknown: the answer is known when every possible form gives the
    /// same comparison, and unknown otherwise.
    /// </summary>
    /// <param name="leftLevel">The first level.</param>
    /// <param name="leftForm">The first form (ignored for levels without forms).</param>
    /// <param name="rightLevel">The second level.</param>
    /// <param name="rightForm">The second form (ignored for levels without forms).</param>
    /// <returns>The comparison, or unknown.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A level or known form is not defined.</exception>
    /// <remarks>Learning an unknown form never flips a known answer: a known answer holds for every form.</remarks>
    public Fact<MaturityComparison> Compare(CooperationLevel leftLevel, Fact<CooperationForm> leftForm, CooperationLevel rightLevel, Fact<CooperationForm> rightForm)
    {
        MaturityComparison? common = null;
        foreach (var l in Completions(leftLevel, leftForm))
        {
            foreach (var r in Completions(rightLevel, rightForm))
            {
                var c = Compare(l, r);
                if (common is { } seen && seen != c)
                {
                    return Fact<MaturityComparison>.Unknown;
                }
                common = c;
            }
        }
        return common!.Value;
    }

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/> (less or equal).</summary>
    /// <param name="left">The first arrangement.</param>
    /// <param name="right">The second arrangement.</param>
    /// <returns>True when less or equal.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public bool IsAtMost(CooperationArrangement left, CooperationArrangement right) =>
        Compare(left, right) is MaturityComparison.Less or MaturityComparison.Equal;

    private bool IsCovering(int a, int b)
    {
        for (int c = 0; c < Elements.Length; c++)
        {
            if (less[a, c] && less[c, b])
            {
                return false;
            }
        }
        return true;
    }

    private static IEnumerable<CooperationArrangement> Completions(CooperationLevel level, Fact<CooperationForm> form)
    {
        Guard.Against.UndefinedValue(level);
        if (!CooperationArrangement.HasForms(level))
        {
            return [new CooperationArrangement(level)];
        }
        if (form.IsKnown)
        {
            return [new CooperationArrangement(level, Guard.Against.UndefinedValue(form.Value))];
        }
        return Enum.GetValues<CooperationForm>().Select(f => new CooperationArrangement(level, f));
    }

    private static IEnumerable<MaturityEdge> StatedBySource()
    {
        var joint = new LocalizedText(
            "Planning and carrying out together is the most demanding form of cooperation; moving from MOs as door-openers to partners at eye level can indicate structural integration.",
            "Gemeinsame Planung und Durchführung ist die anspruchsvollste Form der Zusammenarbeit; die Entwicklung von MO als Türöffnerinnen hin zu Partnerinnen auf Augenhöhe kann strukturelle Integration anzeigen.");
        var bodies = new LocalizedText(
            "Working groups and bodies are a more institutionalised form of cooperation than single events and time-limited projects, because they require regularity.",
            "Arbeitskreise und Gremien sind eine institutionalisiertere Form der Zusammenarbeit als Einzelveranstaltungen und befristete Projekte, weil sie Regelmäßigkeit bedingen.");
        foreach (var level in new[] { CooperationLevel.SingleEvent, CooperationLevel.Project })
        {
            yield return new MaturityEdge(new(level, CooperationForm.MunicipalityLed), new(level, CooperationForm.Joint), joint, SourceKeys.Qualitaetszirkel2023);
            yield return new MaturityEdge(new(level, CooperationForm.MoLed), new(level, CooperationForm.Joint), joint, SourceKeys.Qualitaetszirkel2023);
        }
        foreach (var level in new[] { CooperationLevel.SingleEvent, CooperationLevel.Project })
        {
            yield return new MaturityEdge(new(level, CooperationForm.Joint), new(CooperationLevel.StandingBody), bodies, SourceKeys.Qualitaetszirkel2023);
        }
    }

    private static IEnumerable<MaturityEdge> SubsumedBodies()
    {
        var statement = new LocalizedText(
            "Reading: regular thematic working groups are working groups and migration councils or integration committees are bodies, so the source's statement about working groups and bodies applies to them.",
            "Lesart: Regelmäßige thematische Arbeitskreise sind Arbeitskreise, Migrationsbeiräte und Integrationsausschüsse sind Gremien; die Aussage der Quelle über Arbeitskreise und Gremien gilt daher auch für sie.");
        foreach (var upper in new[] { CooperationLevel.ThematicWorkingGroup, CooperationLevel.PoliticalAdvisoryBody })
        {
            foreach (var level in new[] { CooperationLevel.SingleEvent, CooperationLevel.Project })
            {
                yield return new MaturityEdge(new(level, CooperationForm.Joint), new(upper), statement, SourceKeys.Interpretive);
            }
        }
    }
}
