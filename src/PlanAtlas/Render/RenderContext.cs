using PlanAtlas.Configuration;
using PlanAtlas.Render.Theme;
using PlanAtlas.Routing;

namespace PlanAtlas.Render;

/// <summary>What page builders share: the template engine, settings, the build date and the site navigation.</summary>
/// <param name="scope">The files this build writes: links to others are written by <see cref="LinkWriter.Anchor"/>.</param>
public sealed class RenderContext(TemplateEngine templates, SiteSettings settings, DateOnly buildDate, IReadOnlyList<NavLink> nav, LinkScope? scope = null)
{
    public LinkScope Scope { get; } = scope ?? LinkScope.WholeSite;

    public TemplateEngine Templates { get; } = templates;

    public SiteSettings Settings { get; } = settings;

    public DateOnly BuildDate { get; } = buildDate;

    public string? Absolute(SiteLink link) => Routes.Absolute(Settings.BaseUrl, link);

    public PageShell Shell(SiteLink path, string title, string description, IReadOnlyList<NavLink>? breadcrumbs = null, SiteLink? section = null) => new()
    {
        SiteTitle = Settings.SiteTitle,
        Title = title,
        Description = description,
        Path = path,
        Canonical = Absolute(path),
        Meta = OpenGraph(path, title, description),
        Nav = nav.Select(n => n with { Current = n.Href == section }).ToList(),
        Breadcrumbs = breadcrumbs ?? [],
        BodyClass = string.Empty,
    };

    /// <summary>Link previews: what a chat or social app shows for a shared link (the URL only when the site has one).</summary>
    private List<MetaTag> OpenGraph(SiteLink path, string title, string description)
    {
        var tags = new List<MetaTag>
        {
            MetaTag.Property("og:type", "website"),
            MetaTag.Property("og:site_name", Settings.SiteTitle),
            MetaTag.Property("og:title", title),
            MetaTag.Property("og:description", description),
            MetaTag.Property("og:locale", "zh_CN"),
        };
        if (Absolute(path) is { } url)
        {
            tags.Add(MetaTag.Property("og:url", url));
        }

        return tags;
    }

    /// <summary>
    /// Renders a page, its links written relative to its own file; a page
    /// outside the build's scope is not rendered at all, so that its links are neither written nor counted.
    /// </summary>
    public RenderedPage Page(string layout, PageShell shell, object model)
    {
        var file = Routes.FileFor(shell.Path);
        if (!Scope.Keeps(file))
        {
            return new(file, shell.Path, string.Empty, Indexable: false) { LeftOut = true };
        }

        var links = new LinkWriter(file, Scope);
        var html = Templates.Render(layout, shell, model, links);
        return new(file, shell.Path, html, Indexable: !shell.NoIndex);
    }
}

/// <summary>One rendered HTML page and the file it goes to.</summary>
public sealed record RenderedPage(string File, SiteLink RootPath, string Html, bool Indexable)
{
    /// <summary>Outside a bundle's selection: not rendered, not written.</summary>
    public bool LeftOut { get; init; }
}
