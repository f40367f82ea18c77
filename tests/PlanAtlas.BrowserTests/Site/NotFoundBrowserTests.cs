using Microsoft.Playwright;
using PlanAtlas.BrowserTests.Infrastructure;
using PlanAtlas.Pipeline;
using PlanAtlas.Preview;

namespace PlanAtlas.BrowserTests.Site;

/// <summary>
/// 404.html as a static host serves it, at any depth (served by the project's own server, which answers every missing
/// address with the site's 404.html), under a sub-folder of the host, and opened from file://: styled, its home link
/// leading home, nothing loaded from another host.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NotFoundBrowserTests(BrowserFixture browser, NotFoundBrowserTests.Sites sites) : IClassFixture<NotFoundBrowserTests.Sites>
{
    /// <summary>The real corpus built twice: without a base URL, and with one whose site lives in a sub-folder (/atlas/).</summary>
    public sealed class Sites : IDisposable
    {
        public const string SubFolderBase = "https://plans.example.test/atlas/";

        public Sites()
        {
            NoBaseUrl = Build(string.Empty);
            SubFolder = Build(SubFolderBase);
        }

        public BuiltSite NoBaseUrl { get; }

        public BuiltSite SubFolder { get; }

        public BuiltSite Of(string baseUrl) => baseUrl.Length == 0 ? NoBaseUrl : SubFolder;

        private static BuiltSite Build(string baseUrl)
        {
            var site = new BuiltSite();
            var settings = site.Settings();
            settings.BaseUrl = baseUrl;
            var result = new SitePipeline(new BuildContext(settings, site.Root) { BuildDate = new DateOnly(2026, 1, 15) }).Build();
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            return site;
        }

        public void Dispose()
        {
            NoBaseUrl.Dispose();
            SubFolder.Dispose();
        }
    }

    // Served at the host's root: the script finds the root from the site's top-level folders (or the base URL's path
    // does not match the address, as on a preview or staging host, and the same guess applies).
    [Theory]
    [InlineData("", "plans/quxian/nonexistent/deeper/")]
    [InlineData("", "plans/quxian/nonexistent")]
    [InlineData("", "nonexistent")]
    [InlineData("", "compare/nothing/here/at/all.html")]
    [InlineData(Sites.SubFolderBase, "plans/quxian/nonexistent/deeper/")]
    [InlineData(Sites.SubFolderBase, "nonexistent")]
    public async Task A_missing_address_at_any_depth_shows_the_styled_404_page_whose_home_link_leads_home(string baseUrl, string missing)
    {
        await using var server = SiteServer.Start(sites.Of(baseUrl).Output);
        await AssertNotFoundPageWorks(server.Address, server.Address + missing, server.Address + "index.html");
    }

    // A host that serves the site in a sub-folder (/atlas/), emulated by routing /atlas/x to the server's /x: with a
    // base URL its path is the root at every depth, even at the top level; without one, the top-level folders tell it.
    [Theory]
    [InlineData(Sites.SubFolderBase, "atlas/plans/quxian/nonexistent/deeper/")]
    [InlineData(Sites.SubFolderBase, "atlas/nonexistent")]
    [InlineData("", "atlas/plans/quxian/nonexistent/deeper/")]
    [InlineData("", "atlas/agencies/nobody/")]
    public async Task In_a_sub_folder_of_the_host_the_404_page_finds_the_sites_root(string baseUrl, string missing)
    {
        await using var server = SiteServer.Start(sites.Of(baseUrl).Output);
        await AssertNotFoundPageWorks(server.Address, server.Address + missing, server.Address + "atlas/index.html", subFolder: "atlas/");
    }

    [Fact]
    public async Task Opened_from_file_the_404_page_is_styled_and_its_home_link_opens_the_home_page()
    {
        var site = sites.NoBaseUrl;
        await using var page = await browser.NewPageAsync(Viewports.Desktop);
        await page.GotoAsync(site.FileUrl("404.html"));

        Assert.True(await IsStyledAsync(page.Page), "the stylesheet applies");
        await page.Page.GetByRole(AriaRole.Link, new() { Name = "返回首页" }).ClickAsync();
        await page.Page.WaitForURLAsync(site.FileUrl("index.html"));
        Assert.True(await page.Page.Locator(".entry-points, .plan-card, main h1, main h2").CountAsync() > 0);
        Assert.Empty(page.PageErrors);
        page.AssertNoExternalRequests();
    }

    private async Task AssertNotFoundPageWorks(string serverAddress, string url, string home, string? subFolder = null)
    {
        await using var page = await browser.NewPageAsync(Viewports.Desktop);
        if (subFolder is not null)
        {
            await page.Context.RouteAsync(serverAddress + subFolder + "**", async route =>
            {
                var response = await route.FetchAsync(new() { Url = serverAddress + route.Request.Url[(serverAddress.Length + subFolder.Length)..] });
                await route.FulfillAsync(new() { Response = response });
            });
        }

        var responses = new List<(string Url, int Status)>();
        page.Page.Response += (_, response) => { lock (responses) { responses.Add((response.Url, response.Status)); } };

        // When a missing address is opened
        var answer = await page.GotoAsync(url);

        // Then it is the site's 404 page, with status 404, and everything it loads is found (stylesheets, icon)
        Assert.Equal(404, answer!.Status);
        Assert.Equal("找不到该页面", await page.Page.TextContentAsync("main h1"));
        Assert.True(await IsStyledAsync(page.Page), $"{url}: the stylesheets load and apply");
        lock (responses)
        {
            var loaded = responses.Where(r => r.Url != url).ToList();
            Assert.Contains(loaded, r => r.Url == home.Replace("index.html", "assets/css/site.css", StringComparison.Ordinal));
            Assert.All(loaded, r => Assert.True(r.Status == 200, $"{r.Url}: {r.Status}"));
        }

        // And the skip link stays on this page, while the home link leads to the home page
        Assert.Equal(url + "#main", await page.Page.EvalOnSelectorAsync<string>(".skip-link", "a => a.href"));
        await page.Page.GetByRole(AriaRole.Link, new() { Name = "返回首页" }).ClickAsync();
        await page.Page.WaitForURLAsync(home);
        Assert.Equal(200, (await page.Page.EvaluateAsync<int>("() => performance.getEntriesByType('navigation')[0].responseStatus")));
        Assert.NotEqual("找不到该页面", await page.Page.TextContentAsync("main h1"));
        Assert.Empty(page.PageErrors);
        page.AssertNoExternalRequests();
    }

    /// <summary>Every stylesheet loaded, and site.css applies (the skip link is moved out of view).</summary>
    private static Task<bool> IsStyledAsync(IPage page) => page.EvaluateAsync<bool>("""
        () => {
          const links = [...document.querySelectorAll('link[rel=stylesheet]')];
          return links.length > 0 && links.every(l => l.sheet !== null)
            && getComputedStyle(document.querySelector('.skip-link')).position === 'absolute';
        }
        """);
}
