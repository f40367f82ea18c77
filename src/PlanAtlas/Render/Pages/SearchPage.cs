using PlanAtlas.Routing;
using PlanAtlas.Model;
using PlanAtlas.Render.Theme;
using PlanAtlas.Render.ViewModels;
using PlanAtlas.Search;

namespace PlanAtlas.Render.Pages;

/// <summary>
/// The search page: a form, filters by plan and by measure, and the results, which search.js computes
/// in the browser from the index that <see cref="BuildSearchIndex"/> writes. Only this page loads lunr.
/// </summary>
/// <param name="searched">The plans and measures the index holds (a bundle's own); null for the whole site.</param>
public sealed class SearchPage(RenderContext context, SiteModel? searched = null) : IPageSource
{
    /// <summary>In load order: lunr, the tokenizer that wires into it, the two data files, then the page's script.</summary>
    public static IReadOnlyList<SiteLink> Scripts { get; } =
    [
        SiteLink.Root("/" + BuildSearchIndex.LunrFile),
        Routes.Asset("js/search-tokenizer.js"),
        SiteLink.Root("/" + BuildSearchIndex.IndexFile),
        SiteLink.Root("/" + BuildSearchIndex.DocumentsFile),
        Routes.Asset("js/search.js"),
    ];

    /// <summary>The home page's way in to search.</summary>
    public static EntryPoint EntryPoint { get; } =
        new("全文搜索", "在全部方案的条文中查找词语，如宪法宣誓、枫桥经验、一村一法律顾问", Routes.Search);

    public IEnumerable<RenderedPage> Render(SiteModel site)
    {
        var shell = context.Shell(
            Routes.Search,
            "搜索",
            "在各地法治社会建设实施方案的全部条文中查找词语，如宪法宣誓、枫桥经验、一村一法律顾问。",
            [new NavLink("首页", Routes.Home), new NavLink("搜索", Routes.Search, Current: true)],
            Routes.Search);
        yield return context.Page("search", shell with { Scripts = Scripts, ShowSearchBox = false }, Model(searched ?? site));
    }

    public SearchView Model(SiteModel site)
    {
        var placed = site.Plans
            .SelectMany(p => p.Provisions)
            .Select(site.PlacementOf)
            .Select(placement => placement?.Topic?.Id)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        return new SearchView
        {
            PlanCount = site.Plans.Count,
            ProvisionCount = site.Plans.Sum(p => p.Provisions.Count),
            Plans = site.Plans
                .Select(p => new SearchPlanOption(p.Slug, p.Metadata.Label, p.Metadata.Title, Routes.Plan(p.Slug)))
                .ToList(),
            Topics = site.Topics
                .Where(t => placed.Contains(t.Id))
                .OrderBy(t => t.Number)
                .Select(t => new SearchTopicOption(t.Id, t.Marker + t.Title))
                .ToList(),
        };
    }
}
