using PlanAtlas.Render.Charts;
using PlanAtlas.Render.Views;
using PlanAtlas.Routing;
using PlanAtlas.Model;
using PlanAtlas.Model.Agencies;
using PlanAtlas.Model.Jurisdictions;
using PlanAtlas.Render.Theme;
using PlanAtlas.Render.ViewModels;

namespace PlanAtlas.Render.Pages;

/// <summary>
/// A page per kind (/agencies/kinds/&lt;kind&gt;/): the same role in every jurisdiction side by side (the justice
/// bureau of 渠县, 凉山州 and 大足区), with counts; aligned by topic when the provisions have topics, else as columns.
/// </summary>
public sealed class AgencyKindPages(RenderContext context, AgencyIndex agencies) : IPageSource
{
    private const string LocalRow = "未对应纲要的措施";

    public IEnumerable<RenderedPage> Render(SiteModel site)
    {
        var views = new AgencyViews(agencies, site);
        var paging = PlacePaging.Of(site);
        foreach (var kind in agencies.Kinds)
        {
            var counts = CountsUnder(paging, agencies.OfKind(kind));
            foreach (var node in paging.Pages.Where(n => n.IsRoot || counts.ContainsKey(n)))
            {
                var path = PlacePaging.Link(Routes.AgencyKind(kind.Id), node);
                yield return context.Page("agency-kind", path,
                    () => (Shell(site, kind, node, path), Model(site, views, paging, kind, node, counts)),
                    PageDependencies.OfAgencies(agencies, paging.PlansOn(node), kind));
            }
        }
    }

    private PageShell Shell(SiteModel site, AgencyKind kind, PlaceNode node, SiteLink path)
    {
        var crumbs = new List<NavLink> { new("首页", Routes.Home), new("责任单位", Routes.Agencies), new(kind.Name, Routes.AgencyKind(kind.Id), Current: node.IsRoot) };
        crumbs.AddRange(PlacePaging.Crumbs(node, n => PlacePaging.Link(Routes.AgencyKind(kind.Id), n)));
        return context.Shell(
            path,
            node.IsRoot ? $"{kind.Name} · 各地对照" : $"{kind.Name} · {node.Name} · 各地对照",
            $"{(node.IsRoot ? "各地" : node.Name + "及其下辖地区")}{kind.Name}在法治社会建设实施方案中牵头和参加的措施，逐地对照。",
            crumbs,
            Routes.Agencies) with { PageStylesheets = site.Topics.Count > 0 ? [ChartFrame.Stylesheet] : [] };
    }

    /// <summary>How many agencies of a kind are at or under each place (one walk up from each agency's place).</summary>
    /// <remarks>Plain loops: every rebuild asks this of the national site's 38 k agencies before it knows which pages
    /// to render, and as nested queries it was a tenth of a rebuild's render stage.</remarks>
    private static Dictionary<PlaceNode, int> CountsUnder(PlacePaging paging, IEnumerable<Agency> members)
    {
        var counts = new Dictionary<PlaceNode, int>();
        var counted = new HashSet<PlaceNode>();
        foreach (var agency in members)
        {
            counted.Clear();
            foreach (var plan in agency.Plans)
            {
                for (PlaceNode? node = paging.Tree.NodeOf(plan); node is not null && counted.Add(node); node = node.Parent)
                {
                    counts[node] = counts.GetValueOrDefault(node) + 1;
                }
            }
        }

        return counts;
    }

    public AgencyKindPageView Model(SiteModel site, AgencyKind kind)
    {
        var paging = PlacePaging.Of(site);
        return Model(site, new AgencyViews(agencies, site), paging, kind, paging.Tree.Root, CountsUnder(paging, agencies.OfKind(kind)));
    }

    /// <summary>A kind's page of a place: the agencies of the plans the page shows, the other places by count and link.</summary>
    private AgencyKindPageView Model(SiteModel site, AgencyViews views, PlacePaging paging, AgencyKind kind, PlaceNode page, Dictionary<PlaceNode, int> counts)
    {
        var members = agencies.InPlans(paging.PlansOn(page), kind);
        var placeLinks = paging.Entries(page).Where(e => e.Linked).Select(e =>
        {
            var count = counts.GetValueOrDefault(e.Node);
            return new PlaceLinkView(e.Node.Name, $"{count} 个", count > 0 ? PlacePaging.Link(Routes.AgencyKind(kind.Id), e.Node) : null);
        }).ToList();
        var places = members.Select(a => a.Jurisdiction.Name).Distinct().ToList();
        var intro = $"{kind.Name}在 {places.Count} 个地方的方案中列为责任单位（{string.Join("、", places)}）。" +
                    $"共牵头 {members.Sum(a => a.LeadCount)} 项、参加 {members.Sum(a => a.JoinCount)} 项措施。" +
                    (placeLinks.Count > 0 ? "其余地区的" + kind.Name + "按地区列在下方。" : string.Empty);
        var assignments = members.SelectMany(a => a.Assignments).ToList();
        return new AgencyKindPageView
        {
            Id = kind.Id,
            Name = kind.Name,
            GroupName = kind.Group,
            Intro = intro,
            Caption = $"各地{kind.Name}牵头和参加的措施数",
            Rows = members.SelectMany(views.Rows).ToList(),
            Places = placeLinks,
            Chart = Chart(site, kind, page, assignments),
            Comparison = views.HasPlacements(assignments) ? Comparison(views, kind, members) : null,
            Panels = views.HasPlacements(assignments)
                ? []
                : members.Select(a => new AgencyPanelView(
                    "panel-" + a.Slug,
                    a.Name,
                    Routes.Agency(a.Slug),
                    string.Join("、", a.Plans.Select(p => p.Metadata.Label)),
                    views.Sections(a, $"panel-{a.Slug}-", showPlan: a.Plans.Count > 1, withCoAgencies: false))).ToList(),
        };
    }

    /// <summary>
    /// Per measure of the outline (in its order), how many provisions under it the kind's agencies on the page lead
    /// and join; null when none of their provisions has a measure (no topics, or only local measures).
    /// </summary>
    private static RoleBarChart? Chart(SiteModel site, AgencyKind kind, PlaceNode page, IReadOnlyList<AgencyAssignment> assignments)
    {
        var byTopic = assignments
            .Select(a => (a.Role, site.PlacementOf(a.Provision)?.Topic))
            .Where(x => x.Topic is not null)
            .ToLookup(x => x.Topic!);
        var rows = site.Topics.Where(byTopic.Contains).Select(t => new RoleBarRow(
            t.Marker + t.Title,
            t.Marker + t.Title,
            byTopic[t].Count(x => x.Role == AgencyRole.Lead),
            byTopic[t].Count(x => x.Role == AgencyRole.Participant))).ToList();
        var where = page.IsRoot ? "各地" : page.Name + "及其下辖地区";
        return rows.Count == 0 ? null : RoleBarChart.Of(
            "role-chart",
            $"{where}{kind.Name}牵头和参加的纲要措施",
            $"横条图：纲要的 {rows.Count} 项措施中，本页{kind.Name}牵头或参加的每一项各有两条横条，" +
            $"上为牵头、下为参加，长度和条末的数字是涉及的条目数，共牵头 {rows.Sum(r => r.Lead)} 次、参加 {rows.Sum(r => r.Join)} 次。数字也列在图下的数据表中。",
            rows);
    }

    /// <summary>Rows are the topics any of the agencies has a measure under (outline order), columns the agencies.</summary>
    private static AgencyComparisonView Comparison(AgencyViews views, AgencyKind kind, IReadOnlyList<Agency> members)
    {
        var rows = members
            .SelectMany(a => a.Assignments.Select(x => (Agency: a, Item: x, Group: views.GroupOf(x, showPlan: false))))
            .Select(x => x.Group.Rank == 0 ? x : x with { Group = (1, 0, "local", LocalRow) })
            .GroupBy(x => x.Group.Key, StringComparer.Ordinal)
            .OrderBy(g => g.First().Group.Rank).ThenBy(g => g.First().Group.Order)
            .Select(g => new AgencyComparisonRowView(
                g.First().Group.Label,
                members.Select(a => new AgencyComparisonCellView(
                    a.Name,
                    g.Where(x => x.Agency == a)
                        .OrderBy(x => x.Item.Role)
                        .Select(x => views.Measure(a, x.Item, showPlan: false, showRole: true, withCoAgencies: false))
                        .ToList())).ToList()))
            .ToList();
        return new AgencyComparisonView($"各地{kind.Name}按纲要措施牵头（参加）的措施", members.Select(AgencyViews.Link).ToList(), rows);
    }
}
