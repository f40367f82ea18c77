using PlanAtlas.Render.Theme;

namespace PlanAtlas.Tests.Rendering.Theme;

/// <summary>The templates are parsed once per theme, for every build of the process, and again only when one changes.</summary>
public sealed class TemplateEngineCacheTests
{
    [Fact]
    public void Builds_share_one_engine_until_a_template_is_added_or_changed()
    {
        // Given a site on the default theme
        using var site = new TempSite();
        var settings = site.Settings();
        var files = new ThemeFiles(settings.ThemePath, settings.InputPath);

        // When two builds ask for the engine, then the second gets the first's
        var first = TemplateEngineCache.For(files);
        Assert.Same(first, TemplateEngineCache.For(files));

        // When an override is added, then a new engine is parsed, and kept
        site.WriteInput("layouts/about.sbn-html", "<h1>关于</h1>\n");
        var overridden = TemplateEngineCache.For(files);
        Assert.NotSame(first, overridden);
        Assert.Same(overridden, TemplateEngineCache.For(files));

        // When the override is edited (as a preview session's user would), then the engine is parsed again
        var path = Path.Combine(settings.InputPath, "layouts", "about.sbn-html");
        File.WriteAllText(path, "<h1>关于本站</h1>\n");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(1));
        Assert.NotSame(overridden, TemplateEngineCache.For(files));
    }
}
