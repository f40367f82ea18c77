using Microsoft.Extensions.Configuration;

namespace PlanAtlas.Configuration;

/// <summary>Site settings from <c>statiq.json</c> (flat PascalCase keys, as Statiq names them).</summary>
public sealed class SiteSettings
{
    public string SiteTitle { get; set; } = "法治社会建设实施方案对照 Plan Atlas";

    public string SiteDescription { get; set; } = "各地法治社会建设实施方案（2021—2025年）全文、逐条对照与责任单位索引。";

    /// <summary>The public address of the hosted site, for sitemap.xml, canonical links and subset bundles. May be empty.</summary>
    public string BaseUrl { get; set; } = string.Empty;

    public string InputPath { get; set; } = "input";

    public string OutputPath { get; set; } = "output";

    public string ThemePath { get; set; } = "themes/default";

    /// <summary>Where <c>npm ci</c> put the browser packages (lunr) that the site ships.</summary>
    public string NodeModulesPath { get; set; } = "node_modules";

    public double SearchTitleBoost { get; set; } = 10;

    /// <summary>Alignment scores below this leave a provision unplaced (a local measure).</summary>
    public double TopicMinimumScore { get; set; } = 0.12;

    public static SiteSettings Load(string rootPath, string? settingsFile = null)
    {
        var file = settingsFile ?? Path.Combine(rootPath, "statiq.json");
        var settings = new SiteSettings();
        if (File.Exists(file))
        {
            new ConfigurationBuilder().AddJsonFile(Path.GetFullPath(file), optional: false).Build().Bind(settings);
        }

        settings.InputPath = Path.GetFullPath(Path.Combine(rootPath, settings.InputPath));
        settings.OutputPath = Path.GetFullPath(Path.Combine(rootPath, settings.OutputPath));
        settings.ThemePath = Path.GetFullPath(Path.Combine(rootPath, settings.ThemePath));
        settings.NodeModulesPath = Path.GetFullPath(Path.Combine(rootPath, settings.NodeModulesPath));
        return settings;
    }
}
