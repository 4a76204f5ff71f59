namespace DisputeCenter.ArchitectureTests;

/// <summary>
/// Which namespaces one level below a root use which, with the type-level dependencies behind each edge,
/// for a cycle rule about one namespace that ArchUnitNET's slices cannot say (they report every cycle).
/// </summary>
internal sealed class NamespaceGraph
{
    private readonly Dictionary<(string From, string To), SortedSet<string>> _edges = [];

    private NamespaceGraph()
    {
    }

    public static NamespaceGraph Below(string root, ArchUnitNET.Domain.Architecture architecture)
    {
        var graph = new NamespaceGraph();
        foreach (var type in architecture.Types)
        {
            if (NamespaceSlices.SliceOf(type, root) is not { } from)
            {
                continue;
            }

            foreach (var dependency in type.Dependencies)
            {
                if (NamespaceSlices.SliceOf(dependency.Target, root) is { } to && to != from)
                {
                    var uses = graph._edges.TryGetValue((from, to), out var set) ? set : graph._edges[(from, to)] = new SortedSet<string>(StringComparer.Ordinal);
                    uses.Add($"{type.FullName} -> {dependency.Target.FullName}");
                }
            }
        }

        return graph;
    }

    /// <summary>The namespaces that are in a cycle with <paramref name="slice"/> (it included), or none.</summary>
    public IReadOnlySet<string> CycleThrough(string slice)
    {
        var reachable = Closure(slice, e => e.From, e => e.To);
        var reaching = Closure(slice, e => e.To, e => e.From);
        reachable.IntersectWith(reaching);
        return reachable.Count == 0 ? reachable : reachable.Append(slice).ToHashSet();
    }

    /// <summary>The namespaces <paramref name="slice"/> uses directly, in order.</summary>
    public IReadOnlyList<string> UsedBy(string slice) =>
        _edges.Keys.Where(e => e.From == slice).Select(e => e.To).Order(StringComparer.Ordinal).ToList();

    /// <summary>Each edge between the given namespaces, those of <paramref name="first"/> first, with the types in the one that use types in the other.</summary>
    public string Describe(IReadOnlySet<string> slices, string first) => string.Join(
        "\n",
        _edges.Where(e => slices.Contains(e.Key.From) && slices.Contains(e.Key.To))
            .OrderBy(e => e.Key.From != first).ThenBy(e => e.Key.From, StringComparer.Ordinal).ThenBy(e => e.Key.To, StringComparer.Ordinal)
            .Select(e => $"{e.Key.From} -> {e.Key.To}\n\t" + string.Join("\n\t", e.Value)));

    private HashSet<string> Closure(string start, Func<(string From, string To), string> from, Func<(string From, string To), string> to)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var edge in _edges.Keys.Where(e => from(e) == current))
            {
                if (seen.Add(to(edge)))
                {
                    queue.Enqueue(to(edge));
                }
            }
        }

        seen.Remove(start);
        return seen;
    }
}
