using PlanAtlas.Check;
using PlanAtlas.Tests.Site;

namespace PlanAtlas.Tests.Check;

/// <summary>
/// The build's link check reads pages by scanning their text (<see cref="PageScan"/>); a full HTML parser over the
/// written site is the oracle that proves the scan misses no id and no link, on the real corpus with hostile text.
/// </summary>
[Collection(HostileSiteCollection.Name)]
public sealed class PageScanTests(HostileSiteFixture site)
{
    [Fact]
    public void The_scan_finds_exactly_the_ids_and_links_a_parser_finds_on_every_page()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        var pages = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 500);
        foreach (var file in pages)
        {
            var html = File.ReadAllText(file);
            var scanned = PageScan.Of(html);
            var parsed = SiteLinks.Find(HtmlDocuments.Parse(html));

            var page = Path.GetRelativePath(site.Output, file);
            Assert.True(parsed.Ids.SetEquals(scanned.Ids), $"{page}: ids differ: {string.Join(", ", parsed.Ids.Except(scanned.Ids).Concat(scanned.Ids.Except(parsed.Ids)))}");
            Assert.Equal(Sorted(parsed.Links), Sorted(scanned.Links));
        }
    }

    [Fact]
    public void Written_pages_hold_no_root_path_a_template_forgot_to_make_relative()
    {
        var checkErrors = new Diagnostics.DiagnosticBag();
        new CheckLinks(site.Output, "output", checkErrors).Run();

        Assert.Empty(checkErrors.Items);
    }

    private static List<string> Sorted(IEnumerable<PageLink> links) =>
        links.Select(l => $"{l.Attribute}={l.Value}").Order(StringComparer.Ordinal).ToList();
}
