using Rapport.Analysis.Networks;
using Rapport.Model;

namespace Rapport.Analysis.Tests;

public sealed class NetworkMetricsTests
{
    private static ActorId Id(string key) => new(key);

    private static ActorNetwork Network(IEnumerable<string> nodes, IEnumerable<(string From, string To)> edges, Func<string, string?>? group = null)
    {
        var network = new ActorNetwork();
        foreach (var node in nodes)
        {
            network.AddNode(new NetworkNode(Id(node), node.ToUpperInvariant(), ActorKind.Organization, group?.Invoke(node)));
        }

        foreach (var (from, to) in edges)
        {
            network.AddEdge(new NetworkEdge(Id(from), Id(to), EdgeKind.Meeting));
        }

        return network;
    }

    [Fact]
    public void Degree_counts_distinct_neighbours_and_strength_sums_weights()
    {
        var network = Network(["a", "b", "c"], []);
        network.AddEdge(new NetworkEdge(Id("a"), Id("b"), EdgeKind.Meeting, 2));
        network.AddEdge(new NetworkEdge(Id("a"), Id("b"), EdgeKind.Support, 3, Support: SupportKind.Funds));
        network.AddEdge(new NetworkEdge(Id("c"), Id("a"), EdgeKind.Statement, 0.5));

        var degrees = NetworkMetrics.Degrees(network).ToDictionary(d => d.Id.Value);

        Assert.Equal(new NodeDegree(Id("a"), 2, 5.5, 3), degrees["a"]);
        Assert.Equal(new NodeDegree(Id("b"), 1, 5, 2), degrees["b"]);
        Assert.Equal(new NodeDegree(Id("c"), 1, 0.5, 1), degrees["c"]);
    }

    [Fact]
    public void The_centre_of_a_star_has_betweenness_one_and_the_leaves_zero()
    {
        var network = Network(["hub", "x", "y", "z", "w"], [("hub", "x"), ("hub", "y"), ("z", "hub"), ("hub", "w")]);
        var betweenness = NetworkMetrics.Betweenness(network);
        Assert.Equal(1.0, betweenness[Id("hub")], 12);
        Assert.All(new[] { "x", "y", "z", "w" }, leaf => Assert.Equal(0.0, betweenness[Id(leaf)], 12));
    }

    [Fact]
    public void Betweenness_on_a_path_matches_the_textbook_values()
    {
        // Path a–b–c–d–e: b lies on 3 of the pairs' paths, c on 4; normalised by (5−1)(5−2)/2 = 6.
        var network = Network(["a", "b", "c", "d", "e"], [("a", "b"), ("b", "c"), ("c", "d"), ("d", "e")]);
        var raw = NetworkMetrics.Betweenness(network, normalised: false);
        Assert.Equal([0.0, 3, 4, 3, 0], new[] { "a", "b", "c", "d", "e" }.Select(n => raw[Id(n)]));
        Assert.Equal(4 / 6.0, NetworkMetrics.Betweenness(network)[Id("c")], 12);
    }

    [Fact]
    public void Shortest_paths_of_equal_length_share_the_credit()
    {
        // A square a–b–d, a–c–d: b and c each carry half of the a–d pair.
        var network = Network(["a", "b", "c", "d"], [("a", "b"), ("b", "d"), ("a", "c"), ("c", "d")]);
        var raw = NetworkMetrics.Betweenness(network, normalised: false);
        Assert.Equal(0.5, raw[Id("b")], 12);
        Assert.Equal(0.5, raw[Id("c")], 12);
        Assert.Equal(0.5, raw[Id("a")], 12);
    }

    [Fact]
    public void Edge_kinds_and_directions_do_not_change_the_paths()
    {
        var undirected = Network(["a", "b", "c"], [("a", "b"), ("b", "c")]);
        var mixed = Network(["a", "b", "c"], []);
        mixed.AddEdge(new NetworkEdge(Id("b"), Id("a"), EdgeKind.Statement));
        mixed.AddEdge(new NetworkEdge(Id("c"), Id("b"), EdgeKind.Support, Support: SupportKind.Weapons));
        Assert.Equal(NetworkMetrics.Betweenness(undirected)[Id("b")], NetworkMetrics.Betweenness(mixed)[Id("b")]);
    }

    [Fact]
    public void The_bridge_between_two_camps_is_the_top_broker()
    {
        // Camp West: w1, w2, w3 all linked; camp East: e1, e2, e3 all linked; only w3–bridge–e1 joins them.
        var edges = new[]
        {
            ("w1", "w2"), ("w2", "w3"), ("w1", "w3"),
            ("e1", "e2"), ("e2", "e3"), ("e1", "e3"),
            ("w3", "bridge"), ("bridge", "e1"),
        };
        var network = Network(["w1", "w2", "w3", "e1", "e2", "e3", "bridge"], edges, n => n.StartsWith('w') ? "west" : n.StartsWith('e') ? "east" : null);

        var brokers = NetworkMetrics.Brokers(network);

        Assert.Equal("bridge", brokers[0].Id.Value);
        Assert.Equal(1.0, brokers[0].Score, 12);
        Assert.Null(brokers[0].Group);
        Assert.Equal(2, brokers[0].GroupsReached);
        // w3 carries w1 and w2 (not itself) to the three eastern actors: 6 of the 9 inter-group pairs.
        Assert.Equal(6 / 9.0, brokers.Single(b => b.Id.Value == "w3").Score, 12);
        Assert.Equal(0, brokers.Single(b => b.Id.Value == "w3").GroupsReached);
        Assert.Equal(0.0, brokers.Single(b => b.Id.Value == "w1").Score, 12);
    }

    [Fact]
    public void Within_group_paths_do_not_make_a_broker()
    {
        // m sits between a1 and a2, both of group A: plain betweenness sees it, brokerage does not.
        var network = Network(["a1", "m", "a2", "b1"], [("a1", "m"), ("m", "a2"), ("a2", "b1")], n => n[0] == 'b' ? "B" : "A");
        Assert.True(NetworkMetrics.Betweenness(network)[Id("m")] > 0);
        var brokers = NetworkMetrics.Brokers(network).ToDictionary(b => b.Id.Value);
        // a1–b1 runs a1–m–a2–b1, so m carries one of the three inter-group pairs, a2 carries two.
        Assert.Equal(1 / 3.0, brokers["m"].Score, 12);
        Assert.Equal(2 / 3.0, brokers["a2"].Score, 12);
    }

    [Fact]
    public void An_explicit_labelling_overrides_the_node_groups_and_top_brokers_are_limited()
    {
        var network = Network(["a", "b", "c", "d"], [("a", "b"), ("b", "c"), ("c", "d")]);
        var groups = new Dictionary<ActorId, string> { [Id("a")] = "x", [Id("b")] = "x", [Id("c")] = "y", [Id("d")] = "y" };
        var top = NetworkMetrics.TopBrokers(network, 1, groups);
        var best = Assert.Single(top);
        Assert.Contains(best.Id.Value, new[] { "b", "c" });
        Assert.Empty(NetworkMetrics.TopBrokers(network, 5));
    }

    [Fact]
    public void A_network_refuses_bad_edges()
    {
        var network = Network(["a", "b"], []);
        Assert.Throws<ArgumentException>(() => network.AddEdge(new NetworkEdge(Id("a"), Id("zz"), EdgeKind.Meeting)));
        Assert.Throws<ArgumentException>(() => network.AddEdge(new NetworkEdge(Id("a"), Id("a"), EdgeKind.Meeting)));
        Assert.Throws<ArgumentException>(() => network.AddEdge(new NetworkEdge(Id("a"), Id("b"), EdgeKind.Meeting, 0)));
        Assert.Throws<ArgumentException>(() => network.AddEdge(new NetworkEdge(Id("a"), Id("b"), EdgeKind.Support)));
        Assert.Throws<ArgumentException>(() => network.AddEdge(new NetworkEdge(Id("a"), Id("b"), EdgeKind.Meeting, Support: SupportKind.Funds)));
        Assert.Throws<ArgumentException>(() => network.AddNode(new NetworkNode(Id("a"), "A again", ActorKind.State)));
    }

    [Fact]
    public void Tiny_networks_have_zero_betweenness()
    {
        Assert.Empty(NetworkMetrics.Betweenness(new ActorNetwork()));
        var pair = Network(["a", "b"], [("a", "b")]);
        Assert.All(NetworkMetrics.Betweenness(pair).Values, v => Assert.Equal(0, v));
    }
}
