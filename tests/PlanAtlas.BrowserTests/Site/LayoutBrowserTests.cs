using PlanAtlas.BrowserTests.Infrastructure;

namespace PlanAtlas.BrowserTests.Site;

/// <summary>Readable at 375 px and at 1280 px: no page kind scrolls sideways as a whole (wide tables scroll inside their own box).</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutBrowserTests(BrowserFixture browser, RealSiteFixture real) : IClassFixture<RealSiteFixture>
{
    private static readonly string[] PageKinds =
    [
        "index.html",
        "plans/quxian/index.html",
        "plans/quxian/part_2__sec_1__art_1__para_3/index.html",
        "compare/index.html",
        "compare/constitution/index.html",
        "compare/constitution/quxian--dazu/index.html",
        "agencies/index.html",
        "agencies/quxian-justice/index.html",
        "agencies/kinds/justice/index.html",
        "search/index.html?q=%E5%AE%AA%E6%B3%95%E5%AE%A3%E8%AA%93",
        "about/index.html",
        "data/index.html",
    ];

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task No_page_is_wider_than_the_screen(int width)
    {
        var tooWide = new List<string>();
        foreach (var path in PageKinds)
        {
            await using var page = await browser.NewPageAsync(Viewports.ForWidth(width));
            var file = path.Split('?');
            await page.GotoAsync(real.Site.FileUrl(file[0]) + (file.Length > 1 ? "?" + file[1] : string.Empty));
            var scrollWidth = await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (scrollWidth > width)
            {
                tooWide.Add($"{path}: {scrollWidth} px");
            }
        }

        Assert.Empty(tooWide);
    }
}
