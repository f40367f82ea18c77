using PlanAtlas.Preview;

namespace PlanAtlas.BrowserTests.Infrastructure;

/// <summary>Proves the browser test infrastructure end to end on a small page, over http:// and file://.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SmokeTests(BrowserFixture browser) : IDisposable
{
    private const string Citation = "《渠县法治社会建设实施方案》二、（五）19.（57）";

    private readonly DirectoryInfo _site = SmokeSite.Write();

    public void Dispose() => _site.Delete(recursive: true);

    [Theory]
    [InlineData("http", 375)]
    [InlineData("http", 1280)]
    [InlineData("file", 375)]
    [InlineData("file", 1280)]
    public async Task Given_a_page_in_chinese_When_opened_Then_it_renders_cleanly_and_its_button_copies_the_citation(
        string scheme, int width)
    {
        await using var server = SiteServer.Start(_site.FullName);
        await using var page = await browser.NewPageAsync(Viewports.ForWidth(width));
        var url = scheme == "http" ? server.Url("index.html") : new Uri(Path.Combine(_site.FullName, "index.html")).AbsoluteUri;

        await page.GotoAsync(url);
        await page.Page.ClickAsync("#copy");
        await page.Page.WaitForSelectorAsync("#status:has-text('已复制')");

        Assert.Equal("法治社会建设", await page.Page.TextContentAsync("h1"));
        Assert.Equal([Citation], await page.ClipboardWritesAsync());
        page.AssertNoErrors();
        page.AssertNoExternalRequests();
        Axe.AssertNoSeriousOrCritical(await page.RunAxeAsync());
        var screenshot = await page.ScreenshotAsync($"smoke-{scheme}-{width}");
        Assert.True(new FileInfo(screenshot).Length > 0);
    }

    [Fact]
    public async Task Given_the_page_is_served_over_http_When_its_scripts_and_styles_load_Then_they_have_the_right_types()
    {
        await using var server = SiteServer.Start(_site.FullName);
        await using var page = await browser.NewPageAsync(Viewports.Desktop);

        var response = await page.GotoAsync(server.Url());

        Assert.Equal(200, response!.Status);
        Assert.Equal("text/html; charset=utf-8", await response.HeaderValueAsync("content-type"));
        // The stylesheet turns the heading dark red; with a wrong content type nosniff would block it.
        Assert.Equal("rgb(139, 0, 0)", await page.Page.EvalOnSelectorAsync<string>("h1", "h => getComputedStyle(h).color"));
        Assert.Contains(server.Url("copy.js"), page.Requests);
    }
}
