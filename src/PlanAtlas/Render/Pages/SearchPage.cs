using PlanAtlas.Routing;
using PlanAtlas.Model;
using PlanAtlas.Render.Theme;
using PlanAtlas.Render.ViewModels;
using PlanAtlas.Search;

namespace PlanAtlas.Render.Pages;

/// <summary>
/// The search page: a form, filters by province and by measure, and the results, which search.js computes in the
/// browser from the sharded index that <see cref="BuildSearchIndex"/> writes, loading only what a query needs.
/// </summary>
/// <param name="searched">The plans and measures the index holds (a bundle's own); null for the whole site.</param>
public sealed class SearchPage(RenderContext context, SiteModel? searched = null) : IPageSource
{
    /// <summary>
    /// In load order: the tokenizer (query terms), the engine (loader and index), the index's meta file, then the page's
    /// script. The shards and document chunks are not here: the engine adds them as script tags when a query needs them.
    /// </summary>
    public static IReadOnlyList<SiteLink> Scripts { get; } =
    [
        .. PageShell.SearchEngineScripts,
        SiteLink.Root("/" + MetaWriter.PathOf()),
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
        yield return context.Page("search", shell with { Scripts = Scripts, ShowSearchBox = false }, Model(searched ?? site, site));
    }

    /// <param name="places">The model that knows where each plan belongs (a bundle's model leaves that to the full site's).</param>
    public SearchView Model(SiteModel site, SiteModel? places = null)
    {
        places ??= site;
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
            Provinces = site.Plans
                .Select(p => places.JurisdictionOf(p)?.Chain.FirstOrDefault())
                .OfType<Model.Jurisdictions.AdministrativeDivision>()
                .DistinctBy(p => p.Code)
                .OrderBy(p => p.Code, StringComparer.Ordinal)
                .Select(p => new SearchProvinceOption(p.Code, p.Name))
                .ToList(),
            Topics = site.Topics
                .Where(t => placed.Contains(t.Id))
                .OrderBy(t => t.Number)
                .Select(t => new SearchTopicOption(t.Id, t.Marker + t.Title))
                .ToList(),
            PlansHref = Routes.Home,
        };
    }
}
