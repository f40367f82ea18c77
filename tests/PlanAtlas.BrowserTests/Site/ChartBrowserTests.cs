using Microsoft.Playwright;
using PlanAtlas.BrowserTests.Infrastructure;

namespace PlanAtlas.BrowserTests.Site;

/// <summary>
/// The build-time SVG charts (the comparison index's heat map, an agency kind's bars) at 375 and 1280 px, light and
/// dark: shown, named for screen readers, inside the screen, legible legend text, and no serious axe violation.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChartBrowserTests(BrowserFixture browser, RealSiteFixture real) : IClassFixture<RealSiteFixture>
{
    // WCAG's contrast ratio of the legend's text fill against the page's background, computed in the page.
    private const string LegendContrast = """
        () => {
          const rgb = s => s.match(/[\d.]+/g).slice(0, 3).map(Number);
          const lum = c => {
            const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          const ratios = [...document.querySelectorAll('.chart-svg .chart-legend text, .chart-svg .chart-legend-titles text')].map(t => {
            const [a, b] = [lum(rgb(getComputedStyle(t).fill)), lum(rgb(getComputedStyle(document.body).backgroundColor))];
            return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
          });
          return ratios.length === 0 ? 0 : Math.min(...ratios);
        }
        """;

    [Theory]
    [InlineData("compare/index.html", "纲要措施覆盖热图", "heatmap")]
    [InlineData("agencies/kinds/justice/index.html", "各地司法行政机关牵头和参加的纲要措施", "kind")]
    public async Task The_chart_is_a_named_image_that_fits_the_screen_in_light_and_dark(string path, string name, string shot)
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
                var where = $"{path} at {viewport.Width} px, {scheme}";

                // One image, named by its <title>, visible and drawn at a real size
                var image = page.Page.GetByRole(AriaRole.Img, new() { Name = name, Exact = true });
                Assert.Equal(1, await image.CountAsync());
                Assert.True(await image.IsVisibleAsync(), where);
                var described = await image.GetAttributeAsync("aria-describedby");
                Assert.NotEmpty((await page.Page.Locator($"[id='{described}']").TextContentAsync())!.Trim());
                var box = (await image.BoundingBoxAsync())!;
                Assert.True(box.Width > 200 && box.Height > 100, $"{where}: the chart is {box.Width}×{box.Height}");

                // Inside the screen: the chart shrinks to the column rather than the page scrolling sideways
                Assert.True(box.X >= 0 && box.X + box.Width <= viewport.Width, $"{where}: the chart spans {box.X}–{box.X + box.Width}");
                var scrollWidth = await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
                Assert.True(scrollWidth <= viewport.Width, $"{where}: the page is {scrollWidth} px wide");

                // The legend's text is drawn in the page's text colour, legible on its background
                var contrast = await page.Page.EvaluateAsync<double>(LegendContrast);
                Assert.True(contrast >= 4.5, $"{where}: the legend's text contrast is {contrast:0.00}");

                await page.Page.Locator(".chart").First.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.Screenshots, $"charts-{shot}-{viewport.Width}-{scheme.ToString().ToLowerInvariant()}.png") });
                Axe.AssertNoSeriousOrCritical(await page.RunAxeAsync());
            }
        }
    }

    [Fact]
    public async Task A_cell_names_its_plan_measure_and_count_in_a_tooltip_and_the_numbers_are_in_a_table()
    {
        await using var page = await browser.NewPageAsync(Viewports.Desktop);
        await page.GotoAsync(real.Site.FileUrl("compare/index.html"));

        var tooltips = await page.Page.Locator(".heat-cells rect > title").AllTextContentsAsync();
        Assert.Equal(28 * 5, tooltips.Count);
        Assert.Contains("渠县（四）：3 条", tooltips);

        // The same number in the table below the picture
        var cell = page.Page.Locator("table.compare-matrix tr", new() { HasText = "维护宪法权威" }).Locator("td").Nth(3);
        Assert.StartsWith("3", (await cell.TextContentAsync())!.Trim());
    }
}
