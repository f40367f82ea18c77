using PlanAtlas.Routing;

namespace PlanAtlas.Render.ViewModels;

/// <summary>The data page (/data/): the contract's version, the terms of reuse, and every data file the build wrote.</summary>
public sealed record DataIndexView
{
    public required string SchemaVersion { get; init; }

    public required string License { get; init; }

    /// <summary>The build date every file's <c>generated</c> field gives (yyyy-MM-dd).</summary>
    public required string Generated { get; init; }

    public required IReadOnlyList<DataFileView> Files { get; init; }

    public int FileCount => Files.Count;

    /// <summary>What the table leaves out on a large site: "另有 2988 个 data/plans/*.json 文件未逐一列出…".</summary>
    public IReadOnlyList<string> More { get; init; } = [];

    public SiteLink AboutHref => Routes.About;
}

/// <summary>One file under data/: its link, what it holds (null for a kind the catalogue does not know), format, size and schema.</summary>
public sealed record DataFileView(string Path, SiteLink Href, string? Description, string Format, string Size, long Bytes, SiteLink? SchemaHref);
