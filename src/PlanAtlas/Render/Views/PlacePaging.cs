using PlanAtlas.Model;
using PlanAtlas.Model.Jurisdictions;
using PlanAtlas.Render.Theme;
using PlanAtlas.Routing;

namespace PlanAtlas.Render.Views;

/// <summary>
/// How the pages that list every plan (the home page, the comparison index, each measure, the agency index, each agency
/// kind) split by place so that none grows with the corpus. Every such section has the same pages: the national one,
/// and one per place its parent's page links to. A page shows all the plans at or under its place when there are at
/// most <see cref="Limit"/>; otherwise the plans of the place itself, each place under it that has a single plan,
/// and a link (with a count) to the page of each other place under it. A page thus holds at most the places directly
/// under one place (about 40 at most in China), whatever the size of the corpus.
/// </summary>
public sealed class PlacePaging
{
    /// <summary>Below this, a place's plans are all on one page: a small site keeps one page per section.</summary>
    public const int DefaultLimit = 12;

    private readonly HashSet<PlaceNode> _paged = [];

    public PlacePaging(PlaceTree tree, int limit = DefaultLimit)
    {
        Tree = tree;
        Limit = limit;
        Visit(tree.Root);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SiteModel, PlacePaging> BySite = [];

    /// <summary>The paging of all the site's plans, computed once per site for every section.</summary>
    public static PlacePaging Of(SiteModel site) => BySite.GetValue(site, s => new PlacePaging(PlaceTree.Of(s, s.Plans)));

    public PlaceTree Tree { get; }

    public int Limit { get; }

    /// <summary>The places with a page of their own in every section, the nation first.</summary>
    public IEnumerable<PlaceNode> Pages => Tree.Nodes.Where(_paged.Contains);

    public bool HasPage(PlaceNode node) => _paged.Contains(node);

    /// <summary>The place whose page shows a plan: its own place's, or the nearest above that has a page.</summary>
    public PlaceNode PageOf(Plan plan)
    {
        var node = Tree.NodeOf(plan);
        while (!HasPage(node))
        {
            node = node.Parent!;
        }

        return node;
    }

    /// <summary>A section's page of a place: the section's own page for the nation.</summary>
    public static SiteLink Link(SiteLink section, PlaceNode node) => node.IsRoot ? section : Routes.Within(section, node.Key);

    /// <summary>
    /// The plans a page shows, in the order the comparison pages put them side by side: on a page that shows all the
    /// plans under its place, higher level first (then by slug); otherwise the place's own plans, then by place.
    /// </summary>
    public IReadOnlyList<Plan> PlansOn(PlaceNode page)
    {
        var plans = Entries(page).SelectMany(e => e.Plans);
        return (page.Count <= Limit
            ? plans.OrderBy(p => p.Metadata.Level).ThenBy(p => p.Slug, StringComparer.Ordinal)
            : plans).ToList();
    }

    /// <summary>What the page of a place shows, in order.</summary>
    public IReadOnlyList<PlaceEntry> Entries(PlaceNode page)
    {
        if (page.Count <= Limit)
        {
            return Inline(page, page);
        }

        var entries = new List<PlaceEntry> { new(page, 0, page.Plans, Linked: false) };
        foreach (var child in page.Children)
        {
            if (HasPage(child))
            {
                entries.Add(new PlaceEntry(child, 1, [], Linked: true));
            }
            else
            {
                entries.AddRange(Inline(child, page));
            }
        }

        return entries;
    }

    /// <summary>The places above a place's page, outermost first (for breadcrumbs).</summary>
    public static IReadOnlyList<PlaceNode> Above(PlaceNode node)
    {
        var chain = new List<PlaceNode>();
        for (var at = node.Parent; at is not null; at = at.Parent)
        {
            chain.Insert(0, at);
        }

        return chain;
    }

    /// <summary>The breadcrumbs of a place's page below the section's own: the places above (not the nation), then itself.</summary>
    public static IEnumerable<NavLink> Crumbs(PlaceNode node, Func<PlaceNode, SiteLink> link) => node.IsRoot
        ? []
        : Above(node).Skip(1).Select(n => new NavLink(n.Name, link(n))).Append(new NavLink(node.Name, link(node), Current: true));

    private static List<PlaceEntry> Inline(PlaceNode node, PlaceNode page) =>
        node.Subtree.Select(n => new PlaceEntry(n, n.DepthBelow(page), n.Plans, Linked: false)).ToList();

    private void Visit(PlaceNode node)
    {
        _paged.Add(node);
        if (node.Count <= Limit)
        {
            return;
        }

        foreach (var child in node.Children.Where(c => c.Count > 1))
        {
            Visit(child);
        }
    }
}

/// <summary>
/// One place on a page: its plans shown there, or, when <see cref="Linked"/>, only its name and count with a link to
/// its own page. <see cref="Depth"/> is how far below the page's place it is (for heading levels).
/// </summary>
public sealed record PlaceEntry(PlaceNode Node, int Depth, IReadOnlyList<Plan> Plans, bool Linked);
