using System.IO.Compression;
using System.Security.Cryptography;
using PlanAtlas.Bundle;
using PlanAtlas.Diagnostics;
using PlanAtlas.Pipeline;
using PlanAtlas.Check;
using PlanAtlas.Routing;

namespace PlanAtlas.Tests.Bundle;

/// <summary>Training bundles: complete, free of dead links when unzipped anywhere, and the same bytes every time.</summary>
public sealed class BundleTests : IDisposable
{
    private readonly TempSite _site = new();

    public BundleTests() => _site.CopyRealInput();

    [Fact]
    public void A_full_bundle_unzips_into_one_folder_named_after_the_site_without_broken_links()
    {
        var zip = Bundle(new BundleOptions(ZipPath("full.zip")));

        var folder = Unzip(zip, "plan-atlas");
        Assert.True(File.Exists(Path.Combine(folder, "index.html")), "the start page is at the top of the zip's folder");
        Assert.False(File.Exists(Path.Combine(folder, "sitemap.xml")));
        AssertNoBrokenLinks(folder);
    }

    [Fact]
    public void A_subset_bundle_points_links_to_left_out_pages_at_the_public_site()
    {
        // Given a bundle of two plans
        var zip = Bundle(new BundleOptions(ZipPath("subset.zip"), Plans: new HashSet<string> { "quxian", "dazu" }));

        // Then it holds their pages and not the others'
        var folder = Unzip(zip, "plan-atlas-dazu-quxian");
        Assert.True(File.Exists(Path.Combine(folder, "plans", "quxian", "index.html")));
        Assert.True(File.Exists(Path.Combine(folder, "plans", "dazu", "part_2__sec_4", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(folder, "plans", "gansu")));
        Assert.False(File.Exists(Path.Combine(folder, "data", "plans", "gansu.json")));

        // And the home page's link to a plan left out goes to the public site, marked as external
        var home = HtmlDocuments.Parse(File.ReadAllText(Path.Combine(folder, "index.html")));
        var gansu = home.QuerySelectorAll("a").Single(a => a.TextContent.StartsWith("甘肃省", StringComparison.Ordinal));
        Assert.Equal("https://plans.example.test/plans/gansu/", gansu.GetAttribute("href"));
        Assert.Equal("external", gansu.GetAttribute("rel"));
        AssertNoBrokenLinks(folder);
    }

    [Fact]
    public void A_subset_bundle_searches_and_compares_only_its_own_plans()
    {
        // Given a bundle of two plans, limited to two measures
        var zip = Bundle(new BundleOptions(
            ZipPath("subset-search.zip"),
            Plans: new HashSet<string> { "quxian", "dazu" },
            Topics: new HashSet<string> { "constitution", "legal-awareness" }));
        var folder = Unzip(zip, "plan-atlas-dazu-quxian-constitution-and-1-more");

        // Then the search documents are exactly the kept provision pages, and nothing else
        var refs = Directory.GetFiles(Path.Combine(folder, "assets", "search", "docs"), "*.js").SelectMany(file =>
        {
            var text = File.ReadAllText(file);
            using var chunk = System.Text.Json.JsonDocument.Parse(text[text.IndexOf('{')..(text.LastIndexOf('}') + 1)]);
            var plans = chunk.RootElement.GetProperty("plans").EnumerateArray().Select(p => p.GetProperty("slug").GetString()!).ToList();
            return chunk.RootElement.GetProperty("docs").EnumerateArray()
                .Where(d => d.GetProperty("k").GetString() == "p")
                .Select(d => plans[d.GetProperty("p").GetInt32()] + "/" + d.GetProperty("id").GetString())
                .ToList();
        }).ToList();
        var pages = Directory.GetDirectories(Path.Combine(folder, "plans"))
            .SelectMany(plan => Directory.GetDirectories(plan).Select(p => Path.GetFileName(plan) + "/" + Path.GetFileName(p)))
            .Where(r => File.Exists(Path.Combine(folder, "plans", r, "index.html")) && !File.ReadAllText(Path.Combine(folder, "plans", r, "index.html")).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(refs);
        Assert.Equal(pages.Order(StringComparer.Ordinal), refs.Order(StringComparer.Ordinal));
        Assert.All(refs, r => Assert.Matches("^(quxian|dazu)/", r));
        Assert.Contains(refs, r => r == "quxian/part_2__sec_1__art_1__para_3"); // （3）落实宪法宣誓制度

        // And the search page offers only the provinces of the bundle's plans (重庆市 for 大足区, 四川省 for 渠县)
        var search = HtmlDocuments.Parse(File.ReadAllText(Path.Combine(folder, "search", "index.html")));
        Assert.Equal(["", "500000", "510000"], search.QuerySelectorAll("#search-province option").Select(o => o.GetAttribute("value")!).Order(StringComparer.Ordinal));

        // And the only two-plan comparisons are of the two plans, for the chosen measures
        var compare = Directory.GetDirectories(Path.Combine(folder, "compare")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["constitution", "legal-awareness"], compare);
        Assert.Equal(["quxian--dazu"], Directory.GetDirectories(Path.Combine(folder, "compare", "constitution")).Select(Path.GetFileName));
        AssertNoBrokenLinks(folder);
    }

    [Fact]
    public void Without_a_base_url_a_link_to_a_left_out_page_becomes_plain_text()
    {
        var settings = _site.Settings();
        settings.BaseUrl = string.Empty;
        var zip = ZipPath("nobase.zip");
        var result = new BuildBundle(new BuildContext(settings, _site.Root) { BuildDate = TempSite.BuildDate })
            .Run(new BundleOptions(zip, Plans: new HashSet<string> { "dazu" }));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var folder = Unzip(zip, "plan-atlas-dazu");
        var home = HtmlDocuments.Parse(File.ReadAllText(Path.Combine(folder, "index.html")));
        Assert.DoesNotContain(home.QuerySelectorAll("a[href]"), a => a.TextContent.StartsWith("甘肃省", StringComparison.Ordinal));
        Assert.Contains(home.QuerySelectorAll("a:not([href])"), a => a.TextContent.StartsWith("甘肃省", StringComparison.Ordinal));
        Assert.True(result.OutsideLinks > 0);
        Assert.False(result.LinkedToPublicSite);
        AssertNoBrokenLinks(folder);
    }

    [Fact]
    public void The_same_input_gives_the_same_zip_byte_for_byte_with_fixed_times_and_sorted_entries()
    {
        var first = File.ReadAllBytes(Bundle(new BundleOptions(ZipPath("a.zip"))));
        var second = File.ReadAllBytes(Bundle(new BundleOptions(ZipPath("b.zip"))));

        Assert.Equal(SHA256.HashData(first), SHA256.HashData(second));
        using var zip = new ZipArchive(new MemoryStream(first));
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.All(names, n => Assert.StartsWith("plan-atlas/", n, StringComparison.Ordinal));
        Assert.All(zip.Entries, e => Assert.Equal(ReproducibleZip.Timestamp, e.LastWriteTime));
    }

    [Fact]
    public void A_plan_that_does_not_exist_is_an_error()
    {
        var result = new BuildBundle(new BuildContext(_site.Settings(), _site.Root))
            .Run(new BundleOptions(ZipPath("x.zip"), Plans: new HashSet<string> { "beijing" }));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.Message.Contains("'beijing'", StringComparison.Ordinal));
        Assert.False(File.Exists(ZipPath("x.zip")));
    }

    private string Bundle(BundleOptions options)
    {
        var result = new BuildBundle(new BuildContext(_site.Settings(), _site.Root) { BuildDate = TempSite.BuildDate }).Run(options);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return options.OutputZip;
    }

    private string ZipPath(string name) => Path.Combine(_site.Root, name);

    /// <summary>Unpacks the zip and checks it holds one folder, of the expected name, and nothing beside it; returns that folder.</summary>
    private string Unzip(string zip, string topFolder)
    {
        var folder = Path.Combine(_site.Root, Path.GetFileNameWithoutExtension(zip) + "-unzipped");
        ZipFile.ExtractToDirectory(zip, folder);
        Assert.Equal([Path.Combine(folder, topFolder)], Directory.GetFileSystemEntries(folder));
        return Path.Combine(folder, topFolder);
    }

    private static void AssertNoBrokenLinks(string folder)
    {
        var diagnostics = new DiagnosticBag();
        new CheckLinks(folder, "bundle", diagnostics).Run();
        Assert.Empty(diagnostics.Items);
    }

    public void Dispose() => _site.Dispose();
}
