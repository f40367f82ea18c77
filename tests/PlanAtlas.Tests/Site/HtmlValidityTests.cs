namespace PlanAtlas.Tests.Site;

/// <summary>
/// The Nu Html Checker (vnu.jar from npm) finds no error in any page of the site that holds every page kind, plan text
/// with markup in every field included. The checker runs once for the whole suite, in <see cref="HostileSiteFixture"/>.
/// </summary>
[Collection(HostileSiteCollection.Name)]
public sealed class HtmlValidityTests(HostileSiteFixture site)
{
    [Fact]
    public void Every_page_of_the_site_is_valid_html()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        var pages = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 500, $"only {pages.Length} pages");

        var errors = site.CheckerErrors.Where(e => e.File.StartsWith(site.Output + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList();

        Assert.True(errors.Count == 0, $"The Nu Html Checker found {errors.Count} error(s):\n" + string.Join("\n", errors));
    }
}
