using PlanAtlas.Configuration;
using PlanAtlas.Render.Theme;

namespace PlanAtlas.Render;

/// <summary>What page builders share: the template engine, settings, the build date and the site navigation.</summary>
public sealed class RenderContext(TemplateEngine templates, SiteSettings settings, DateOnly buildDate, IReadOnlyList<NavLink> nav)
{
    public TemplateEngine Templates { get; } = templates;

    public SiteSettings Settings { get; } = settings;

    public DateOnly BuildDate { get; } = buildDate;

    public string? Absolute(string rootPath) => SitePaths.Absolute(Settings.BaseUrl, rootPath);

    public PageShell Shell(string path, string title, string description, IReadOnlyList<NavLink>? breadcrumbs = null, string section = "") => new()
    {
        SiteTitle = Settings.SiteTitle,
        Title = title,
        Description = description,
        Path = path,
        Canonical = Absolute(path),
        Nav = nav.Select(n => n with { Current = n.Href == section }).ToList(),
        Breadcrumbs = breadcrumbs ?? [],
        BodyClass = string.Empty,
    };

    public RenderedPage Page(string layout, PageShell shell, object model) =>
        new(SitePaths.FileFor(shell.Path), shell.Path, Templates.Render(layout, shell, model), Indexable: !shell.NoIndex);
}

/// <summary>One rendered HTML page and the file it goes to.</summary>
public sealed record RenderedPage(string File, string RootPath, string Html, bool Indexable);
