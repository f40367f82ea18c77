using Microsoft.Playwright;
using PlanAtlas.BrowserTests.Infrastructure;
using PlanAtlas.Preview;

namespace PlanAtlas.BrowserTests.Site;

/// <summary>Plan and provision pages in Chromium, over http and from file://: buttons, anchors, accessibility, looks.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PlanPageBrowserTests(BrowserFixture browser, RealSiteFixture real) : IClassFixture<RealSiteFixture>
{
    private const string Provision = "plans/quxian/part_2__sec_1__art_1__para_1/index.html";

    [Fact]
    public async Task The_table_of_contents_is_folded_on_a_phone_and_open_on_a_desktop()
    {
        await using var phone = await browser.NewPageAsync(Viewports.Phone);
        await phone.GotoAsync(real.Site.FileUrl("plans/quxian/index.html"));
        Assert.False(await phone.Page.EvalOnSelectorAsync<bool>(".toc details", "d => d.open"));

        await using var desktop = await browser.NewPageAsync(Viewports.Desktop);
        await desktop.GotoAsync(real.Site.FileUrl("plans/quxian/index.html"));
        Assert.True(await desktop.Page.EvalOnSelectorAsync<bool>(".toc details", "d => d.open"));
    }

    [Theory]
    [InlineData("index.html", "home")]
    [InlineData("plans/quxian/index.html", "plan")]
    [InlineData(Provision, "provision")]
    [InlineData("about/index.html", "about")]
    [InlineData("data/index.html", "data")]
    [InlineData("404.html", "not-found")]
    public async Task Pages_have_no_serious_accessibility_violations_in_light_and_dark(string path, string kind)
    {
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            foreach (var viewport in new[] { Viewports.Phone, Viewports.Desktop })
            {
                await using var page = await browser.NewPageAsync(viewport);
                await page.Page.EmulateMediaAsync(new() { ColorScheme = scheme });
                await page.GotoAsync(real.Site.FileUrl(path));
                page.AssertNoErrors();
                page.AssertNoExternalRequests();
                await page.ScreenshotAsync($"{kind}-{viewport.Width}-{scheme.ToString().ToLowerInvariant()}");

                // After the page's own checks: under file:// axe's attempt to fetch the stylesheet is refused and logged.
                Axe.AssertNoSeriousOrCritical(await page.RunAxeAsync());
            }
        }
    }

    [Fact]
    public async Task The_print_style_hides_navigation_and_shows_the_provisions_addresses()
    {
        await using var page = await browser.NewPageAsync(Viewports.Desktop);
        await page.GotoAsync(real.Site.FileUrl("plans/dazu/index.html"));
        await page.Page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.False(await page.Page.IsVisibleAsync(".site-header"));
        Assert.False(await page.Page.IsVisibleAsync(".toc"));
        var printed = await page.Page.EvalOnSelectorAsync<string>("#part_2__sec_4 .permalink", "a => getComputedStyle(a, '::after').content");
        Assert.Equal("\"https://plans.example.test/plans/dazu/part_2__sec_4/\"", printed);
    }
}
