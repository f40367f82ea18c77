using PlanAtlas.IO;
using PlanAtlas.Render.Views;
using PlanAtlas.Routing;
using System.Text.Json;
using PlanAtlas.Model;
using PlanAtlas.Render.Theme;
using PlanAtlas.Render.ViewModels;

namespace PlanAtlas.Render.Pages;

/// <summary>A plan's page: table of contents and the whole text, every division anchored by its id.</summary>
public sealed class PlanPage(RenderContext context, PlanViews views) : IPageSource
{
    // The page title is h1; parts are h2 and each level below one deeper, down to h6.
    private const int FirstHeadingLevel = 2;

    public IEnumerable<RenderedPage> Render(SiteModel site)
    {
        var legislation = new LegislationMetadata(site, context);
        var citations = new CitationTags(context);
        foreach (var plan in site.Plans)
        {
            yield return context.Page("plan", Routes.Plan(plan.Slug), () =>
            {
                var shell = context.Shell(
                    Routes.Plan(plan.Slug),
                    plan.Metadata.Title,
                    $"{plan.Metadata.Title}全文，共{plan.Provisions.Count}条措施，每条附固定链接和引用格式。",
                    [new NavLink("首页", Routes.Home), new NavLink(plan.Metadata.Label, Routes.Plan(plan.Slug), Current: true)]);
                var meta = shell.Meta.Concat(citations.ForPlan(plan)).ToList();
                return (shell with { Scripts = [Routes.Asset("js/plan.js")], JsonLd = legislation.ForPlan(plan), Meta = meta }, Model(plan));
            }, PageDependencies.OfPlan(site, views.Counterparts, plan));
        }
    }

    public PlanPageView Model(Plan plan) => new()
    {
        Plan = views.Summary(plan),
        Citations = views.CitationsOf(plan),
        Places = views.Places(plan),
        Print = views.PrintSource(plan, Routes.Plan(plan.Slug)),
        Preamble = plan.Preamble,
        Toc = plan.Parts.Select(Toc).ToList(),
        Divisions = plan.Parts.Select(d => Division(plan, d, FirstHeadingLevel)).ToList(),
        AliasesJson = JsonSerializer.Serialize(plan.Metadata.Aliases, JsonContracts.Default.IReadOnlyDictionaryStringString),
    };

    private DivisionView Division(Plan plan, Division division, int level)
    {
        var heading = Math.Min(level, 6);
        return new DivisionView
        {
            Id = division.Id,
            Marker = division.Marker.Display,
            Title = division.Title,
            HeadingLevel = heading,
            Paragraphs = division.IsProvision ? [] : division.Paragraphs,
            Provision = division.IsProvision ? views.Provision(plan, division, heading) : null,
            Children = division.Children.Select(c => Division(plan, c, level + 1)).ToList(),
        };
    }

    private static TocItem Toc(Division division) =>
        new(division.Label, SiteLink.Fragment(division.Id), division.Children.Select(Toc).ToList());
}
