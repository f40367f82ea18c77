using PlanAtlas.Configuration;

namespace PlanAtlas.Testing;

/// <summary>
/// The site settings every test builds with: fixed values, never the repository's statiq.json, so that editing
/// statiq.json cannot change a test's result. Only the theme and node_modules are the repository's.
/// </summary>
public static class TestSettings
{
    public const string SiteTitle = "法治社会建设实施方案对照";

    public const string SiteDescription = "各地法治社会建设实施方案（2021—2025年）全文、逐条对照与责任单位索引。";

    public const string BaseUrl = "https://plans.example.test/";

    /// <summary>The same settings as a statiq.json, for tests that run the command line in a site folder of their own.</summary>
    public static string Json => $$"""
        {
          "SiteTitle": "{{SiteTitle}}",
          "SiteDescription": "{{SiteDescription}}",
          "BaseUrl": "{{BaseUrl}}",
          "SearchTitleBoost": 10,
          "TopicMinimumScore": 0.12
        }
        """;

    /// <summary>Settings for a site whose input/ and output/ are under <paramref name="siteRoot"/>.</summary>
    public static SiteSettings For(string siteRoot) => new()
    {
        SiteTitle = SiteTitle,
        SiteDescription = SiteDescription,
        BaseUrl = BaseUrl,
        InputPath = Path.Combine(siteRoot, "input"),
        OutputPath = Path.Combine(siteRoot, "output"),
        ThemePath = Path.Combine(RepoPaths.Root, "themes", "default"),
        NodeModulesPath = RepoPaths.NodeModules,
        SearchTitleBoost = 10,
        TopicMinimumScore = 0.12,
    };

    /// <summary>Settings for tests that render or index without a site folder (input and output point at nothing).</summary>
    public static SiteSettings Default() => For(Path.Combine(Path.GetTempPath(), "planatlas-no-site"));
}
