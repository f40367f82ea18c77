using PlanAtlas.Model;

namespace PlanAtlas.Data;

/// <summary>
/// What a file under <c>data/</c> holds, recognised by its path: the data page (<c>/data/</c>) lists the files the
/// data stage actually wrote and asks this catalogue to describe each. A file no pattern knows is still listed, with
/// its format from its extension and no description, so a new writer's file shows up without an edit here.
/// </summary>
public static class DataFileKinds
{
    /// <summary>One kind of data file: how its paths look (<c>*</c> stands for one path segment's name), its format and what it holds.</summary>
    private sealed record Kind(string Pattern, string Format, Func<string, SiteModel, string> Describe);

    private static readonly Kind[] Kinds =
    [
        new("data/plans/*.json", "JSON", (slug, site) =>
            $"{PlanName(slug, site)}全文：每个条目的编号、标题、正文、对应措施和牵头、参加单位"),
        new("data/akn/*.xml", "XML（Akoma Ntoso 3.0）", (slug, site) =>
            $"{PlanName(slug, site)}的 Akoma Ntoso 文本，条目标识与网页和 JSON 相同"),
        new(WriteTopicData.Path, "JSON", (_, _) => "纲要各项措施及各地对应的条目，以及不对应任何措施的条目"),
        new(WriteAgencyData.JsonFile, "JSON", (_, _) => "责任单位名录：每个单位在各地方案中牵头、参加的条目"),
        new(WriteAgencyData.CsvFile, "CSV（UTF-8）", (_, _) => "单位 × 措施：每行一个单位在一个条目中的角色，可用电子表格打开"),
        new(WriteProvisionCsv.File, "CSV（UTF-8）", (_, _) => "全部条目，每条一行，可用电子表格打开"),
        new("data/schemas/*.schema.json", "JSON Schema（2020-12）", (name, _) =>
            SchemaFor(name) is { } describes ? $"{describes} 的结构说明（JSON Schema）" : "JSON 数据的结构说明（JSON Schema）"),
    ];

    /// <summary>Files written once per plan (<c>data/plans/*.json</c>, <c>data/akn/*.xml</c>).</summary>
    public static bool IsPerPlan(string file) => PatternOf(file) is "data/plans/*.json" or "data/akn/*.xml";

    /// <summary>The pattern of a file's kind (<c>data/plans/*.json</c>), or the file itself when no kind matches.</summary>
    public static string PatternOf(string file) => Kinds.FirstOrDefault(k => Match(k.Pattern, file) is not null)?.Pattern ?? file;

    /// <summary>The format and the one-line description of a data file; the description is null for an unknown kind.</summary>
    public static (string Format, string? Description) Describe(string file, SiteModel site)
    {
        foreach (var kind in Kinds)
        {
            if (Match(kind.Pattern, file) is { } name)
            {
                return (kind.Format, kind.Describe(name, site));
            }
        }

        return (FormatOf(file), null);
    }

    /// <summary>
    /// The schema file (<c>data/schemas/plan.schema.json</c>) that describes a JSON file, from the schemas
    /// <see cref="WriteDataSchemas"/> declares (their <c>Describes</c> patterns, <c>&lt;slug&gt;</c> standing for a name); null when none does.
    /// </summary>
    public static string? SchemaOf(string file)
    {
        foreach (var (name, _, describes) in WriteDataSchemas.Schemas)
        {
            if (Match(SchemaPattern(describes), file) is not null)
            {
                return WriteDataSchemas.PathOf(name);
            }
        }

        return null;
    }

    /// <summary>The format named by the extension, for a file no pattern knows.</summary>
    public static string FormatOf(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".json" => "JSON",
        ".csv" => "CSV（UTF-8）",
        ".xml" => "XML",
        ".js" => "JavaScript",
        ".txt" => "文本",
        "" => "文件",
        var extension => extension[1..].ToUpperInvariant(),
    };

    private static string? SchemaFor(string name) =>
        WriteDataSchemas.Schemas.FirstOrDefault(s => s.Name == name) is { Describes: { } describes } ? describes : null;

    private static string SchemaPattern(string describes) =>
        string.Join('/', describes.Split('/').Select(part => part.Replace("<slug>", "*", StringComparison.Ordinal)));

    /// <summary>
    /// Whether the file fits the pattern; the text that the pattern's one <c>*</c> stood for (empty without one), or null.
    /// A <c>*</c> never spans a slash.
    /// </summary>
    private static string? Match(string pattern, string file)
    {
        var star = pattern.IndexOf('*');
        if (star < 0)
        {
            return string.Equals(pattern, file, StringComparison.Ordinal) ? string.Empty : null;
        }

        var (prefix, suffix) = (pattern[..star], pattern[(star + 1)..]);
        if (file.Length <= prefix.Length + suffix.Length
            || !file.StartsWith(prefix, StringComparison.Ordinal)
            || !file.EndsWith(suffix, StringComparison.Ordinal))
        {
            return null;
        }

        var name = file[prefix.Length..^suffix.Length];
        return name.Contains('/') ? null : name;
    }

    private static string PlanName(string slug, SiteModel site) =>
        site.FindPlan(slug) is { } plan ? $"《{plan.Metadata.Title}》" : $"方案 {slug} ";
}
