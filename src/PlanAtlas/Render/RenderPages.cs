using PlanAtlas.Configuration;
using PlanAtlas.Model;
using PlanAtlas.Render.Pages;
using PlanAtlas.Render.Theme;
using PlanAtlas.Render.ViewModels;
using PlanAtlas.Write;

namespace PlanAtlas.Render;

/// <summary>Stage: renders every page kind through the theme's templates into the in-memory site.</summary>
public sealed class RenderPages(SiteSettings settings, DateOnly buildDate)
{
    /// <summary>The context pages are rendered with: the theme's templates, settings, date and navigation.</summary>
    public RenderContext CreateContext()
    {
        var engine = new TemplateEngine(new ThemeFiles(settings.ThemePath, settings.InputPath));
        var nav = new List<NavLink> { new("首页", SitePaths.Home), new("关于", SitePaths.About) };
        return new RenderContext(engine, settings, buildDate, nav);
    }

    public IReadOnlyList<RenderedPage> Run(SiteModel site, SiteFiles files)
    {
        var context = CreateContext();
        var views = new PlanViews(context);
        var entryPoints = new List<EntryPoint>();

        IPageSource[] sources =
        [
            new HomePage(context, views, entryPoints),
            new PlanPage(context, views),
            new ProvisionPage(context, views),
            new AliasRedirectPages(context),
            new AboutPage(context, views),
            new NotFoundPage(context),
        ];

        var pages = sources.SelectMany(s => s.Render(site)).ToList();
        foreach (var page in pages)
        {
            files.Add(page.File, page.Html);
        }

        if (!string.IsNullOrWhiteSpace(settings.BaseUrl))
        {
            files.Add("sitemap.xml", SitemapFiles.Sitemap(settings.BaseUrl, pages));
        }

        files.Add("robots.txt", SitemapFiles.Robots(settings.BaseUrl));
        new CopyThemeAssets(new ThemeFiles(settings.ThemePath, settings.InputPath)).Run(files);
        return pages;
    }
}
