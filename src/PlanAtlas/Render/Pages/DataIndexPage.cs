using PlanAtlas.Render.Views;
using System.Globalization;
using PlanAtlas.Data;
using PlanAtlas.Model;
using PlanAtlas.Render.Theme;
using PlanAtlas.Render.ViewModels;
using PlanAtlas.Routing;
using PlanAtlas.Write;

namespace PlanAtlas.Render.Pages;

/// <summary>
/// The data page (<c>/data/</c>): every file the data stage wrote under <c>data/</c>, read from the site in memory
/// (never a hand-kept list, so a new data file appears by itself), each described by <see cref="DataFileKinds"/>, with
/// its format, size and JSON Schema. A bundle lists only the files it keeps (<see cref="LinkScope"/>).
/// </summary>
/// <param name="files">The site being built; the data stage has written its files before the pages render.</param>
public sealed class DataIndexPage(RenderContext context, SiteFiles files) : IPageSource
{
    public const string Folder = "data/";

    public IEnumerable<RenderedPage> Render(SiteModel site)
    {
        var shell = context.Shell(Routes.DataIndex, "开放数据", "本站以 JSON、CSV 和 Akoma Ntoso XML 提供的全部开放数据文件、格式、大小和结构说明。",
            [new NavLink("首页", Routes.Home), new NavLink("开放数据", Routes.DataIndex, Current: true)], Routes.About);
        yield return context.Page("data", shell, Model(site));
    }

    public DataIndexView Model(SiteModel site)
    {
        var page = Routes.FileFor(Routes.DataIndex);
        var listed = files.PathsUnder(Folder)
            .Where(path => path != page && context.Scope.Keeps(path))
            .ToList();
        // One file per plan is listed only up to the paging limit: each plan's page links its own files.
        var perPlan = listed.Where(DataFileKinds.IsPerPlan).GroupBy(DataFileKinds.PatternOf).Where(g => g.Count() > PlacePaging.DefaultLimit).ToList();
        var left = perPlan.SelectMany(g => g.Skip(PlacePaging.DefaultLimit)).ToHashSet(StringComparer.Ordinal);
        return new DataIndexView
        {
            SchemaVersion = DataStamp.CurrentSchemaVersion,
            License = context.Settings.DataLicense,
            Generated = context.BuildDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Files = listed.Where(path => !left.Contains(path)).Select(path => File(path, site, listed)).ToList(),
            More = perPlan.Select(g => $"另有 {g.Count() - PlacePaging.DefaultLimit} 个 {g.Key} 文件未逐一列出，每部方案的页面链接其数据文件。").ToList(),
        };
    }

    private DataFileView File(string path, SiteModel site, List<string> listed)
    {
        var (format, description) = DataFileKinds.Describe(path, site);
        var bytes = files.LengthOf(path);
        // A schema is linked only when the build wrote it (and a bundle kept it): the link check would refuse a dead one.
        var schema = DataFileKinds.SchemaOf(path) is { } schemaFile && listed.Contains(schemaFile) ? Routes.DataFile(schemaFile) : (SiteLink?)null;
        return new DataFileView(path, Routes.DataFile(path), description, format, Size(bytes), bytes, schema);
    }

    /// <summary>A size as readers compare them: bytes below 1 KB, then KB or MB with one decimal (1 KB = 1024 bytes).</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} 字节",
        < 1024 * 1024 => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KB",
        _ => (bytes / (1024.0 * 1024)).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
    };
}
