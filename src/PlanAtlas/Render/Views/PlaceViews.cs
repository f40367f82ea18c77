using PlanAtlas.Model;
using PlanAtlas.Model.Jurisdictions;
using PlanAtlas.Render.ViewModels;
using PlanAtlas.Routing;

namespace PlanAtlas.Render.Views;

/// <summary>Builds what pages show of the places plans belong to: a plan's chain of places, and the home page's tree.</summary>
public sealed class PlaceViews(SiteModel site, PlanViews views)
{
    /// <summary>Plans whose front matter names no place are listed under this heading.</summary>
    public const string Unplaced = "未注明地区";

    public static PlaceChainView? Chain(PlanJurisdiction? jurisdiction)
    {
        if (jurisdiction is null)
        {
            return null;
        }

        var steps = jurisdiction.Ancestors
            .Select(a => new PlaceStep(a.Place.Name, a.Place.Code, a.Plan is { } p ? Routes.Plan(p.Slug) : null, IsSelf: false, IsMissing: a.Plan is null))
            .Append(new PlaceStep(jurisdiction.Place.Name, jurisdiction.Place.Code, null, IsSelf: true, IsMissing: false))
            .ToList();
        return new PlaceChainView(steps, MissingText(jurisdiction.Ancestors.Where(a => a.Plan is null).Select(a => a.Place)));
    }

    /// <summary>四川省、达州市的实施方案未收录.</summary>
    public static string? MissingText(IEnumerable<AdministrativeDivision> places)
    {
        var names = places.Select(p => p.Name).ToList();
        return names.Count == 0 ? null : $"{string.Join("、", names)}的实施方案未收录";
    }

    /// <summary>The home page's places: each province with plans in or under it, then its prefectures, then counties.</summary>
    public IReadOnlyList<PlaceNodeView> Tree()
    {
        var root = new Node(null);
        var unplaced = new List<Plan>();
        foreach (var plan in Ordered(site.Plans))
        {
            if (site.JurisdictionOf(plan) is not { } jurisdiction)
            {
                unplaced.Add(plan);
                continue;
            }

            var node = root;
            foreach (var place in jurisdiction.Chain)
            {
                node = node.Child(place);
            }

            node.Plans.Add(plan);
        }

        var tree = root.Children.Values.OrderBy(n => n.Place!.Code, StringComparer.Ordinal).Select(n => View(n, 3)).ToList();
        if (unplaced.Count > 0)
        {
            tree.Add(new PlaceNodeView(Unplaced, string.Empty, 3, unplaced.Select(views.Summary).ToList(), null, []));
        }

        return tree;
    }

    private PlaceNodeView View(Node node, int level) => new(
        node.Place!.Name,
        node.Place.Code,
        Math.Min(level, 6),
        node.Plans.Select(views.Summary).ToList(),
        node.Plans.Count == 0 ? MissingText([node.Place]) : null,
        node.Children.Values.OrderBy(n => n.Place!.Code, StringComparer.Ordinal).Select(n => View(n, level + 1)).ToList());

    /// <summary>A place's plans: the adopted text before a draft, then by date and slug.</summary>
    private static IEnumerable<Plan> Ordered(IEnumerable<Plan> plans) =>
        plans.OrderBy(p => p.Metadata.IsDraft).ThenBy(p => p.Metadata.Issued ?? DateOnly.MaxValue).ThenBy(p => p.Slug, StringComparer.Ordinal);

    private sealed class Node(AdministrativeDivision? place)
    {
        public AdministrativeDivision? Place { get; } = place;

        public List<Plan> Plans { get; } = [];

        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public Node Child(AdministrativeDivision place) =>
            Children.TryGetValue(place.Code, out var node) ? node : Children[place.Code] = new Node(place);
    }
}
