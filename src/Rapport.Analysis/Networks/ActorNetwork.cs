using Rapport.Model;

namespace Rapport.Analysis.Networks;

/// <summary>A network of actors and the dated ties between them. Nodes must exist before edges refer to them.</summary>
public sealed class ActorNetwork
{
    private readonly Dictionary<ActorId, NetworkNode> _nodes = [];
    private readonly List<NetworkNode> _nodeOrder = [];
    private readonly List<NetworkEdge> _edges = [];

    /// <summary>The nodes, in the order they were added.</summary>
    public IReadOnlyList<NetworkNode> Nodes => _nodeOrder;

    /// <summary>The edges, in the order they were added.</summary>
    public IReadOnlyList<NetworkEdge> Edges => _edges;

    /// <summary>Adds a node.</summary>
    /// <exception cref="ArgumentException">A node with that id exists already.</exception>
    public ActorNetwork AddNode(NetworkNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (!_nodes.TryAdd(node.Id, node))
        {
            throw new ArgumentException($"The network has a node {node.Id} already.", nameof(node));
        }

        _nodeOrder.Add(node);
        return this;
    }

    /// <summary>Adds an edge.</summary>
    /// <exception cref="ArgumentException">An end is not a node, the edge is a loop, the weight is not positive, or a support kind is misplaced.</exception>
    public ActorNetwork AddEdge(NetworkEdge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        if (!_nodes.ContainsKey(edge.Source) || !_nodes.ContainsKey(edge.Target))
        {
            throw new ArgumentException($"Edge {edge.Source} → {edge.Target}: both ends must be nodes of the network.", nameof(edge));
        }

        if (edge.Source == edge.Target)
        {
            throw new ArgumentException($"Edge {edge.Source} → itself: an actor has no tie with itself.", nameof(edge));
        }

        if (!double.IsFinite(edge.Weight) || edge.Weight <= 0)
        {
            throw new ArgumentException($"Edge {edge.Source} → {edge.Target}: the weight must be positive.", nameof(edge));
        }

        if ((edge.Kind == EdgeKind.Support) != edge.Support.HasValue)
        {
            throw new ArgumentException($"Edge {edge.Source} → {edge.Target}: a support kind goes with support edges, and only with them.", nameof(edge));
        }

        _edges.Add(edge);
        return this;
    }

    /// <summary>The node with that id.</summary>
    /// <exception cref="KeyNotFoundException">No such node.</exception>
    public NetworkNode Node(ActorId id) => _nodes[id];

    /// <summary>True when the network has a node with that id.</summary>
    public bool Contains(ActorId id) => _nodes.ContainsKey(id);
}
