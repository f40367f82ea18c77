using System.Text;
using System.Text.Json;
using PlanAtlas.Model;

namespace PlanAtlas.Benchmarks;

/// <summary>What Hugo cost on the equivalent site, and how many pages it wrote.</summary>
public sealed record HugoMeasurement(ChildMeasurement Run, int HtmlPages)
{
    public double CpuMsPerPage => Run.Cpu.TotalMilliseconds / Math.Max(1, HtmlPages);
}

/// <summary>
/// The same corpus as a plain Hugo site, the yardstick for the build's cost: one page per plan (its whole text) and
/// one per provision, the pages Plan Atlas makes its primary pages from, under the same addresses
/// (<c>/plans/{slug}/</c>, <c>/plans/{slug}/{id}/</c>), with minimal layouts (a header with navigation, a page, a list).
/// Plan Atlas's comparisons, agency and data pages have no counterpart: Hugo does less, which the per-page ratio
/// allows for only in part. Hugo is a benchmark tool here, never a dependency of the build.
/// </summary>
public sealed class HugoSite
{
    private const string Hugo = "hugo";

    private static readonly JsonSerializerOptions FrontMatter = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly string _root;

    private HugoSite(string root) => _root = root;

    /// <summary>The path of hugo when it is on PATH; null otherwise (the comparison is then left out).</summary>
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, Hugo))
            .FirstOrDefault(File.Exists);

    /// <summary>Writes the site for <paramref name="site"/>'s plans into <paramref name="root"/>.</summary>
    public static HugoSite Write(SiteModel site, string siteTitle, string root)
    {
        var hugo = new HugoSite(root);
        hugo.WriteConfig(siteTitle);
        hugo.WriteLayouts();
        hugo.WriteContent(site);
        return hugo;
    }

    /// <summary>Runs <c>hugo --quiet</c> into the site's public/ folder (or <paramref name="destination"/>) and counts the pages it wrote.</summary>
    public HugoMeasurement Build(string hugoPath, ChildProcessMeter meter, string destination = "public")
    {
        destination = Path.Combine(_root, destination);
        var run = meter.Run(hugoPath, ["--quiet", "--destination", destination, "--cacheDir", Path.Combine(_root, "cache")], _root);
        return run.Succeeded
            ? new HugoMeasurement(run, OutputSurvey.CountHtml(destination))
            : throw new BenchmarkException($"hugo in {_root} failed (exit {run.ExitCode}); its last lines:\n{run.Tail(20)}");
    }

    // Nothing that could reach the network (no modules, no theme); no RSS or taxonomies, which Plan Atlas has none of.
    private void WriteConfig(string siteTitle) => WriteFile("config.toml", $"""
        baseURL = "{CorpusFolder.BaseUrl}"
        languageCode = "zh-cn"
        title = {JsonSerializer.Serialize(siteTitle, FrontMatter)}
        disableKinds = ["taxonomy", "term", "RSS"]
        enableRobotsTXT = true
        enableGitInfo = false
        """);

    private void WriteLayouts()
    {
        WriteFile("layouts/_default/baseof.html", """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title></head>
            <body>
            <header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a>
            <nav>{{ range .Ancestors.Reverse }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> › {{ end }}{{ .Title }}</nav></header>
            <main>{{ block "main" . }}{{ end }}</main>
            </body>
            </html>
            """);
        WriteFile("layouts/_default/single.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1>
            {{ .Content }}
            <nav>{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }} {{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
            {{ end }}
            """);
        WriteFile("layouts/_default/list.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1>
            {{ .Content }}
            <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
            {{ end }}
            """);
    }

    /// <summary>A plan is a section (its page lists its provisions); each provision is a page in it, in document order.</summary>
    private void WriteContent(SiteModel site)
    {
        WriteFile("content/plans/_index.md", Page(new { title = "方案" }, string.Empty));
        foreach (var plan in site.Plans)
        {
            var text = new StringBuilder();
            foreach (var paragraph in plan.Preamble)
            {
                text.Append(paragraph).Append("\n\n");
            }

            foreach (var division in plan.AllDivisions)
            {
                text.Append(new string('#', Math.Min(6, division.Ancestors.Count() + 2))).Append(' ').Append(division.Label).Append("\n\n");
                AppendBody(text, division);
            }

            WriteFile($"content/plans/{plan.Slug}/_index.md", Page(new { title = plan.Metadata.Title }, text.ToString()));
            var weight = 0;
            foreach (var provision in plan.Provisions)
            {
                var body = new StringBuilder().Append(provision.NumberPath).Append("\n\n");
                AppendBody(body, provision);
                WriteFile($"content/plans/{plan.Slug}/{provision.Id}.md", Page(new { title = provision.Label, weight = ++weight }, body.ToString()));
            }
        }
    }

    private static void AppendBody(StringBuilder text, Division division)
    {
        foreach (var paragraph in division.Paragraphs)
        {
            text.Append(paragraph).Append("\n\n");
        }

        if (division.Note is { } note)
        {
            text.Append(note.Written).Append("\n\n");
        }
    }

    // JSON front matter: titles hold quotes and colons that YAML would need escaping for.
    private static string Page(object frontMatter, string body) => JsonSerializer.Serialize(frontMatter, FrontMatter) + "\n\n" + body;

    private void WriteFile(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
