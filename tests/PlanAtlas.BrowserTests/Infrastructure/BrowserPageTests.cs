using PlanAtlas.Preview;
using Xunit.Sdk;

namespace PlanAtlas.BrowserTests.Infrastructure;

/// <summary>The helpers must catch what they are for, or a passing browser test proves nothing.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Given_a_page_loading_from_another_host_When_opened_Then_the_request_is_blocked_and_reported()
    {
        await using var page = await browser.NewPageAsync(Viewports.Desktop);

        await page.Page.SetContentAsync("""
            <img src="https://cdn.example.com/logo.png" alt="标志">
            <script src="https://cdn.example.com/app.js"></script>
            """);

        var failure = Assert.Throws<XunitException>(page.AssertNoExternalRequests);
        Assert.Contains("https://cdn.example.com/logo.png", failure.Message);
        Assert.Contains("https://cdn.example.com/app.js", failure.Message);
    }

    [Fact]
    public async Task Given_a_page_with_script_errors_When_opened_Then_console_and_uncaught_errors_are_collected()
    {
        await using var page = await browser.NewPageAsync(Viewports.Desktop);

        await page.Page.SetContentAsync("""
            <script>console.error('出错了');</script>
            <script>missingFunction();</script>
            """);

        Assert.Contains(page.ConsoleErrors, e => e.Contains("出错了"));
        Assert.Contains(page.PageErrors, e => e.Contains("missingFunction"));
        Assert.Throws<XunitException>(page.AssertNoErrors);
    }

    [Fact]
    public async Task Given_a_page_with_an_image_without_alt_text_When_axe_runs_Then_a_critical_violation_fails_the_check()
    {
        await using var page = await browser.NewPageAsync(Viewports.Phone);
        await page.Page.SetContentAsync("""
            <!DOCTYPE html><html lang="zh-CN"><head><title>无障碍</title></head>
            <body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>
            """);

        var violations = await page.RunAxeAsync();

        var imageAlt = Assert.Single(violations, v => v.Id == "image-alt");
        Assert.Equal("critical", imageAlt.Impact);
        Assert.Contains("img", imageAlt.Targets.Single());
        var failure = Assert.Throws<XunitException>(() => Axe.AssertNoSeriousOrCritical(violations));
        Assert.Contains("image-alt", failure.Message);
    }

    [Fact]
    public async Task Given_a_page_copying_with_the_execCommand_fallback_When_clicked_Then_the_stub_records_the_text()
    {
        await using var page = await browser.NewPageAsync(Viewports.Desktop);
        await page.Page.SetContentAsync("""
            <textarea id="t">part_2__sec_1__art_1</textarea>
            <button onclick="const t = document.getElementById('t'); t.select(); document.execCommand('copy');">复制</button>
            """);

        await page.Page.ClickAsync("button");

        Assert.Equal(["part_2__sec_1__art_1"], await page.ClipboardWritesAsync());
    }

    [Theory]
    [InlineData("http")]
    [InlineData("file")]
    public async Task Given_the_real_clipboard_When_the_page_copies_Then_it_can_be_read_back(string scheme)
    {
        var site = SmokeSite.Write();
        try
        {
            await using var server = SiteServer.Start(site.FullName);
            await using var page = await browser.NewPageAsync(Viewports.Desktop, stubClipboard: false);
            await page.GotoAsync(scheme == "http" ? server.Url() : new Uri(Path.Combine(site.FullName, "index.html")).AbsoluteUri);

            await page.Page.ClickAsync("#copy");
            await page.Page.WaitForSelectorAsync("#status:has-text('已复制')");

            Assert.Equal(["《渠县法治社会建设实施方案》二、（五）19.（57）"], await page.ClipboardWritesAsync());
        }
        finally
        {
            site.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/plans/gansu/", false)]
    [InlineData("http://localhost/a.css", false)]
    [InlineData("file:///tmp/site/index.html", false)]
    [InlineData("data:image/png;base64,AAAA", false)]
    [InlineData("https://cdn.jsdelivr.net/npm/lunr", true)]
    [InlineData("http://127.0.0.2/", true)]
    [InlineData("https://fonts.googleapis.com/css", true)]
    public void Given_a_url_When_classified_Then_only_the_local_server_and_in_page_schemes_are_the_sites_own(
        string url, bool external) =>
        Assert.Equal(external, SiteUrls.IsExternal(url));
}
