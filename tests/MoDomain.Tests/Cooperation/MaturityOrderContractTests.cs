using System;
using System.Linq;
using MoDomain.Cooperation;
using MoDomain.Rules;
using MoDomain.Vocabulary;

namespace MoDomain.Tests.Cooperation;

/// <summary>
/// Contracts of the maturity order and its edges that mutation testing found unchecked: argument checks with
/// parameter names and messages, the transitive reduction (Hasse edges) of a caller's order, and edge texts.
/// </summary>
public sealed class MaturityOrderContractTests
{
    private static readonly LocalizedText Because = new("because", "weil");
    private static readonly CooperationArrangement EventMunicipal = new(CooperationLevel.SingleEvent, CooperationForm.MunicipalityLed);
    private static readonly CooperationArrangement EventJoint = new(CooperationLevel.SingleEvent, CooperationForm.Joint);
    private static readonly CooperationArrangement Body = new(CooperationLevel.StandingBody);

    private static MaturityEdge Edge(CooperationArrangement lower, CooperationArrangement upper) => new(lower, upper, Because, "test-source");

    [Fact]
    public void An_edge_needs_two_different_arrangements_and_prints_them()
    {
        var e = Assert.Throws<ArgumentException>(() => Edge(EventJoint, new CooperationArrangement(CooperationLevel.SingleEvent, CooperationForm.Joint)));
        Assert.Equal("upper", e.ParamName);
        Assert.Contains("An edge needs two different arrangements, but both are 'single-event/joint'.", e.Message, StringComparison.Ordinal);
        var edge = Edge(EventJoint, Body);
        Assert.Equal("single-event/joint < standing-body", edge.ToString());
        Assert.Equal(("test-source", Because), (edge.Source, edge.Statement));
    }

    [Fact]
    public void The_edges_must_be_present_and_without_nulls()
    {
        Assert.Equal("edges", Assert.Throws<ArgumentNullException>(() => new MaturityOrder(null!)).ParamName);
        var e = Assert.Throws<ArgumentException>(() => new MaturityOrder([Edge(EventJoint, Body), null!]));
        Assert.Equal("edges", e.ParamName);
        Assert.Contains("null elements", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edge_stated_twice_is_refused_by_name()
    {
        var e = Assert.Throws<ArgumentException>(() => new MaturityOrder([Edge(EventJoint, Body), Edge(EventMunicipal, EventJoint), Edge(EventJoint, Body)]));
        Assert.Equal("edges", e.ParamName);
        Assert.Contains("The edge single-event/joint < standing-body is stated twice.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hasse_edges_leave_out_stated_edges_implied_by_a_chain()
    {
        var shortcut = Edge(EventMunicipal, Body);
        var order = new MaturityOrder([Edge(EventMunicipal, EventJoint), shortcut, Edge(EventJoint, Body)]);
        Assert.Equal(3, order.StatedEdges.Length);
        Assert.Equal(["single-event/municipality-led < single-event/joint", "single-event/joint < standing-body"], order.HasseEdges.Select(e => e.ToString()));
        Assert.DoesNotContain(shortcut, order.HasseEdges);
        Assert.Equal(MaturityComparison.Less, order.Compare(EventMunicipal, Body));

        // Without the chain the same edge covers.
        var alone = new MaturityOrder([shortcut]);
        Assert.Equal([shortcut], alone.HasseEdges);
    }

    [Fact]
    public void Compare_names_the_null_argument()
    {
        Assert.Equal("left", Assert.Throws<ArgumentNullException>(() => MaturityOrder.Default.Compare(null!, Body)).ParamName);
        Assert.Equal("right", Assert.Throws<ArgumentNullException>(() => MaturityOrder.Default.Compare(Body, null!)).ParamName);
        Assert.Equal("left", Assert.Throws<ArgumentNullException>(() => MaturityOrder.Default.IsAtMost(null!, Body)).ParamName);
    }
}
