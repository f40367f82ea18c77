using PlanAtlas.Model;
using PlanAtlas.Model.Jurisdictions;
using PlanAtlas.Render.ViewModels;
using PlanAtlas.Routing;

namespace PlanAtlas.Render.Views;

/// <summary>Builds what pages show of the places plans belong to: a plan's chain of places, and the home page's tree.</summary>
public sealed class PlaceViews(PlanViews views)
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

    /// <summary>
    /// The places of a home or place page (<see cref="PlacePaging"/>): on the national page each province with plans
    /// in or under it, then its prefectures, then counties; a place with a page of its own is shown by name, count and
    /// link only (unless it is the page's own place).
    /// </summary>
    public IReadOnlyList<PlaceNodeView> Tree(PlacePaging paging, PlaceNode page)
    {
        var inlineAll = page.Count <= paging.Limit;
        PlaceNodeView View(PlaceNode node, int level)
        {
            if (node != page && !inlineAll && paging.HasPage(node))
            {
                return new PlaceNodeView(node.Name, node.Key, Math.Min(level, 6), [], null, [])
                {
                    Href = Routes.Place(node.Key),
                    CountText = $"{node.Count} 部方案",
                };
            }

            return new PlaceNodeView(
                node.Name,
                node.Key,
                Math.Min(level, 6),
                node.Plans.Select(views.Summary).ToList(),
                node.Plans.Count == 0 && node.Place is { } place ? MissingText([place]) : null,
                node.Children.Select(c => View(c, level + 1)).ToList());
        }

        return page.IsRoot ? page.Children.Select(c => View(c, 3)).ToList() : [View(page, 2)];
    }
}
