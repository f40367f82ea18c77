namespace PlanAtlas.Model.Jurisdictions;

/// <summary>
/// A set of plans arranged by where they apply: the nation, then each province with plans in or under it, its
/// prefectures, their counties (GB/T 2260), and last the plans whose front matter names no place. What pages group
/// and split by (<see cref="Render.Views.PlacePaging"/>), so that no page grows with the corpus.
/// </summary>
public sealed class PlaceTree
{
    /// <summary>The key of the group of plans that name no place.</summary>
    public const string UnplacedKey = "unplaced";

    private readonly Dictionary<string, PlaceNode> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<Plan, PlaceNode> _byPlan = [];

    private PlaceTree(PlaceNode root)
    {
        Root = root;
    }

    public PlaceNode Root { get; }

    /// <summary>The node of a place (its GB/T 2260 code) or of the unplaced plans; null when no plan is there.</summary>
    public PlaceNode? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>The node a plan of the tree is at.</summary>
    public PlaceNode NodeOf(Plan plan) => _byPlan[plan];

    /// <summary>The nodes with plans in or under them, the root first, each before its children.</summary>
    public IEnumerable<PlaceNode> Nodes => Root.Subtree;

    /// <summary>The tree of some of the site's plans (those of one measure, say), each plan under its own place.</summary>
    public static PlaceTree Of(SiteModel site, IEnumerable<Plan> plans)
    {
        var tree = new PlaceTree(new PlaceNode(null, string.Empty, "全国", null));
        foreach (var plan in plans)
        {
            var node = tree.Root;
            if (site.JurisdictionOf(plan) is { } jurisdiction)
            {
                foreach (var place in jurisdiction.Chain)
                {
                    node = tree.Child(node, place.Code, place.Name, place);
                }
            }
            else
            {
                node = tree.Child(node, UnplacedKey, "未注明地区", null);
            }

            node.Add(plan);
            tree._byPlan[plan] = node;
        }

        tree.Root.Seal();
        return tree;
    }

    private PlaceNode Child(PlaceNode parent, string key, string name, AdministrativeDivision? place)
    {
        if (!_byKey.TryGetValue(key, out var node))
        {
            node = new PlaceNode(place, key, name, parent);
            _byKey[key] = node;
            parent.AddChild(node);
        }

        return node;
    }
}

/// <summary>A place of a <see cref="PlaceTree"/>: its own plans and the places under it that have plans.</summary>
public sealed class PlaceNode(AdministrativeDivision? place, string key, string name, PlaceNode? parent)
{
    private readonly List<Plan> _plans = [];
    private readonly List<PlaceNode> _children = [];
    private PlaceNode[]? _subtree;
    private Plan[]? _allPlans;

    /// <summary>The place; null for the nation (the root) and for the group of unplaced plans.</summary>
    public AdministrativeDivision? Place { get; } = place;

    /// <summary>The GB/T 2260 code, <see cref="PlaceTree.UnplacedKey"/>, or empty for the root.</summary>
    public string Key { get; } = key;

    public string Name { get; } = name;

    public PlaceNode? Parent { get; } = parent;

    public bool IsRoot => Parent is null;

    /// <summary>The plans of this place itself: the adopted text before a draft, then by date and slug.</summary>
    public IReadOnlyList<Plan> Plans => _plans;

    /// <summary>The places under it with plans, by code (the unplaced group last).</summary>
    public IReadOnlyList<PlaceNode> Children => _children;

    /// <summary>How many plans are at or under this place.</summary>
    public int Count { get; private set; }

    /// <summary>This node and every node under it, each before its children.</summary>
    /// <remarks>
    /// Kept once asked (the tree is sealed by then): a national comparison index asks each province's plans once per
    /// measure, and nested iterators made that the costliest part of every preview rebuild at 1,000 plans.
    /// </remarks>
    public IReadOnlyList<PlaceNode> Subtree => _subtree ??= [this, .. _children.SelectMany(c => c.Subtree)];

    /// <summary>Every plan at or under this place, in tree order.</summary>
    public IReadOnlyList<Plan> AllPlans => _allPlans ??= [.. Subtree.SelectMany(n => n.Plans)];

    /// <summary>This node and every node above it, up to the root.</summary>
    public IEnumerable<PlaceNode> AndAbove
    {
        get
        {
            for (var node = this; node is not null; node = node.Parent)
            {
                yield return node;
            }
        }
    }

    /// <summary>How far below <paramref name="ancestor"/> this node is (0 for itself).</summary>
    public int DepthBelow(PlaceNode ancestor)
    {
        var depth = 0;
        for (var node = this; node != ancestor && node.Parent is not null; node = node.Parent)
        {
            depth++;
        }

        return depth;
    }

    internal void Add(Plan plan) => _plans.Add(plan);

    internal void AddChild(PlaceNode child) => _children.Add(child);

    internal int Seal()
    {
        _plans.Sort((a, b) => Order(a).CompareTo(Order(b)) is var c and not 0 ? c : string.CompareOrdinal(a.Slug, b.Slug));
        _children.Sort((a, b) => (a.Key == PlaceTree.UnplacedKey).CompareTo(b.Key == PlaceTree.UnplacedKey) is var c and not 0 ? c : string.CompareOrdinal(a.Key, b.Key));
        Count = _plans.Count + _children.Sum(c => c.Seal());
        return Count;
    }

    private static (bool, DateOnly) Order(Plan plan) => (plan.Metadata.IsDraft, plan.Metadata.Issued ?? DateOnly.MaxValue);
}
