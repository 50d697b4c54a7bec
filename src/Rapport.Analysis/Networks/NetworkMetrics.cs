using Rapport.Model;

namespace Rapport.Analysis.Networks;

/// <summary>
/// Structural measures of an actor network. All of them read the network as undirected and simple: two actors are
/// adjacent when any edge joins them, whatever its kind, direction, date or weight (weights enter only the strength).
/// </summary>
public static class NetworkMetrics
{
    /// <summary>Degree and strength of every node, in node order.</summary>
    public static IReadOnlyList<NodeDegree> Degrees(ActorNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var neighbours = network.Nodes.ToDictionary(n => n.Id, _ => new HashSet<ActorId>());
        var strength = network.Nodes.ToDictionary(n => n.Id, _ => 0.0);
        var edges = network.Nodes.ToDictionary(n => n.Id, _ => 0);
        foreach (var e in network.Edges)
        {
            neighbours[e.Source].Add(e.Target);
            neighbours[e.Target].Add(e.Source);
            strength[e.Source] += e.Weight;
            strength[e.Target] += e.Weight;
            edges[e.Source]++;
            edges[e.Target]++;
        }

        return network.Nodes.Select(n => new NodeDegree(n.Id, neighbours[n.Id].Count, strength[n.Id], edges[n.Id])).ToList();
    }

    /// <summary>
    /// Betweenness centrality by Brandes' (2001) algorithm on the undirected simple graph with unit edge lengths:
    /// for each node, the sum over unordered pairs of other nodes of the share of their shortest paths through it.
    /// Normalised (the default) divides by (n − 1)(n − 2)/2, the number of such pairs, so that the centre of a star
    /// scores 1.
    /// </summary>
    public static IReadOnlyDictionary<ActorId, double> Betweenness(ActorNetwork network, bool normalised = true)
    {
        ArgumentNullException.ThrowIfNull(network);
        var graph = Graph.From(network);
        var n = graph.Count;
        var scores = Accumulate(graph, (_, _) => 1.0, _ => true);
        var pairs = (n - 1) * (n - 2) / 2.0;
        var result = new Dictionary<ActorId, double>(n);
        for (var v = 0; v < n; v++)
        {
            // Every unordered pair was counted from both ends.
            var value = scores[v] / 2;
            result[graph.Ids[v]] = normalised ? (pairs > 0 ? value / pairs : 0) : value;
        }

        return result;
    }

    /// <summary>
    /// Brokerage between groups, as inter-group betweenness: Brandes' accumulation restricted to pairs of actors in
    /// different groups (pair-dependency weighted 1 when the ends' groups differ, 0 otherwise), normalised by the
    /// number of such unordered pairs. A node scores high when actors of different camps reach each other through it.
    /// Ungrouped nodes can be brokers but are not counted as ends. Groups come from <paramref name="groups"/>, or
    /// from <see cref="NetworkNode.Group"/> when it is null. Sorted by score, highest first; ties by id.
    /// </summary>
    public static IReadOnlyList<BrokerScore> Brokers(ActorNetwork network, IReadOnlyDictionary<ActorId, string>? groups = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        var graph = Graph.From(network);
        var n = graph.Count;
        var groupOf = new string?[n];
        for (var v = 0; v < n; v++)
        {
            var id = graph.Ids[v];
            groupOf[v] = groups is null
                ? network.Node(id).Group
                : groups.TryGetValue(id, out var g) ? g : null;
        }

        var scores = Accumulate(
            graph,
            (s, t) => groupOf[s] is { } gs && groupOf[t] is { } gt && gs != gt ? 1.0 : 0.0,
            s => groupOf[s] is not null);

        var grouped = groupOf.Where(g => g is not null).GroupBy(g => g).Select(g => (long)g.Count()).ToList();
        var total = grouped.Sum();
        var interPairs = (total * total - grouped.Sum(c => c * c)) / 2.0;

        var result = new List<BrokerScore>(n);
        for (var v = 0; v < n; v++)
        {
            var reached = graph.Adjacency[v]
                .Select(w => groupOf[w])
                .Where(g => g is not null && g != groupOf[v])
                .Distinct()
                .Count();
            var value = scores[v] / 2;
            result.Add(new BrokerScore(graph.Ids[v], groupOf[v], interPairs > 0 ? value / interPairs : 0, reached));
        }

        return result
            .OrderByDescending(b => b.Score)
            .ThenBy(b => b.Id.Value, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The <paramref name="count"/> strongest brokers with a score above zero (see <see cref="Brokers"/>).</summary>
    public static IReadOnlyList<BrokerScore> TopBrokers(ActorNetwork network, int count, IReadOnlyDictionary<ActorId, string>? groups = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return Brokers(network, groups).Where(b => b.Score > 0).Take(count).ToList();
    }

    // Brandes' single-source shortest paths and dependency accumulation, generalised with a pair weight w(s, t):
    // δ(v) = Σ over successors u of σ(v)/σ(u)·(w(s, u) + δ(u)). With w ≡ 1 this is plain betweenness.
    private static double[] Accumulate(Graph graph, Func<int, int, double> pairWeight, Func<int, bool> isSource)
    {
        var n = graph.Count;
        var scores = new double[n];
        var sigma = new double[n];
        var distance = new int[n];
        var delta = new double[n];
        var predecessors = new List<int>[n];
        for (var i = 0; i < n; i++)
        {
            predecessors[i] = [];
        }

        var stack = new Stack<int>(n);
        var queue = new Queue<int>(n);
        for (var s = 0; s < n; s++)
        {
            if (!isSource(s))
            {
                continue;
            }

            for (var i = 0; i < n; i++)
            {
                predecessors[i].Clear();
                sigma[i] = 0;
                distance[i] = -1;
                delta[i] = 0;
            }

            sigma[s] = 1;
            distance[s] = 0;
            queue.Enqueue(s);
            while (queue.Count > 0)
            {
                var v = queue.Dequeue();
                stack.Push(v);
                foreach (var w in graph.Adjacency[v])
                {
                    if (distance[w] < 0)
                    {
                        distance[w] = distance[v] + 1;
                        queue.Enqueue(w);
                    }

                    if (distance[w] == distance[v] + 1)
                    {
                        sigma[w] += sigma[v];
                        predecessors[w].Add(v);
                    }
                }
            }

            while (stack.Count > 0)
            {
                var w = stack.Pop();
                var carried = pairWeight(s, w) + delta[w];
                foreach (var v in predecessors[w])
                {
                    delta[v] += sigma[v] / sigma[w] * carried;
                }

                if (w != s)
                {
                    scores[w] += delta[w];
                }
            }
        }

        return scores;
    }

    private sealed class Graph
    {
        private Graph(ActorId[] ids, int[][] adjacency)
        {
            Ids = ids;
            Adjacency = adjacency;
        }

        public ActorId[] Ids { get; }

        public int[][] Adjacency { get; }

        public int Count => Ids.Length;

        public static Graph From(ActorNetwork network)
        {
            var ids = network.Nodes.Select(n => n.Id).ToArray();
            var index = new Dictionary<ActorId, int>(ids.Length);
            for (var i = 0; i < ids.Length; i++)
            {
                index[ids[i]] = i;
            }

            var sets = ids.Select(_ => new SortedSet<int>()).ToArray();
            foreach (var e in network.Edges)
            {
                var a = index[e.Source];
                var b = index[e.Target];
                sets[a].Add(b);
                sets[b].Add(a);
            }

            return new Graph(ids, sets.Select(s => s.ToArray()).ToArray());
        }
    }
}
