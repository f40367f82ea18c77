using Microsoft.Playwright;
using PlanAtlas.BrowserTests.Infrastructure;
using PlanAtlas.BrowserTests.Site;
using PlanAtlas.Preview;
using Xunit.Abstractions;

namespace PlanAtlas.BrowserTests.Search;

/// <summary>
/// The header's search box on the real site opened from file://: it offers the first results as the reader types
/// (what the substring scan finds, abbreviations and agency names included), is driven by the keyboard like an ARIA
/// combobox (↑ ↓ Enter Esc), sends Enter without a choice to the search page, and loads nothing before the reader types.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HeaderSearchBrowserTests(BrowserFixture browser, RealSearchSiteFixture real, ITestOutputHelper output)
    : IClassFixture<RealSearchSiteFixture>
{
    private const int Offered = 8;
    private const string PlanPage = "plans/quxian/index.html";
    private const string Box = "#site-search-q";

    private SearchSite Site => real.Site;

    [Fact]
    public async Task Typing_offers_the_first_results_and_down_down_Enter_opens_the_second()
    {
        await using var page = await browser.NewPageAsync(Viewports.Desktop);
        await page.GotoAsync(Site.FileUrl(PlanPage));
        Assert.DoesNotContain(page.Requests, r => r.Contains("/assets/search/", StringComparison.Ordinal)); // nothing before typing

        var offered = await TypeAsync(page.Page, "宪法宣誓");

        Assert.Equal(Site.Expected("宪法宣誓").Take(Offered), offered);
        Assert.Equal("true", await page.Page.GetAttributeAsync(Box, "aria-expanded"));
        Assert.Equal("combobox", await page.Page.GetAttributeAsync(Box, "role"));
        var list = await page.Page.GetAttributeAsync(Box, "aria-controls");
        Assert.Equal("listbox", await page.Page.GetAttributeAsync("#" + list, "role"));

        await page.Page.PressAsync(Box, "ArrowDown");
        await page.Page.PressAsync(Box, "ArrowDown");
        var second = await page.Page.GetAttributeAsync(Box, "aria-activedescendant");
        Assert.Equal(list + "-1", second);
        Assert.Equal("true", await page.Page.GetAttributeAsync("#" + second, "aria-selected"));
        Assert.Equal(1, await page.Page.Locator("[role=option][aria-selected=true]").CountAsync());
        var href = await page.Page.EvalOnSelectorAsync<string>($"#{second}", "o => new URL(o.getAttribute('data-href'), location.href).href");
        Assert.StartsWith("file://", href, StringComparison.Ordinal);

        await page.Page.PressAsync(Box, "Enter");
        await page.Page.WaitForURLAsync(href);
        Assert.Contains("/plans/" + offered[1].Split('/')[0] + "/", page.Page.Url, StringComparison.Ordinal);
        page.AssertNoErrors();
        page.AssertNoExternalRequests();
    }

    [Fact]
    public async Task Escape_closes_the_list_and_keeps_the_text_and_Enter_without_a_choice_opens_the_search_page_with_the_query()
    {
        await using var page = await browser.NewPageAsync(Viewports.Desktop);
        await page.GotoAsync(Site.FileUrl(PlanPage));
        Assert.NotEmpty(await TypeAsync(page.Page, "法律援助"));

        await page.Page.PressAsync(Box, "Escape");

        Assert.True(await page.Page.Locator(".site-search-panel").IsHiddenAsync());
        Assert.Equal("false", await page.Page.GetAttributeAsync(Box, "aria-expanded"));
        Assert.Equal("法律援助", await page.Page.InputValueAsync(Box));

        await page.Page.PressAsync(Box, "Enter");
        await page.Page.WaitForURLAsync(url => url.Contains("/search/index.html?q=", StringComparison.Ordinal));
        await page.Page.WaitForSelectorAsync("[data-search-status][data-state=done][data-query='法律援助']");
        Assert.Equal("法律援助", await page.Page.InputValueAsync("#search-q"));
        Assert.Equal(Site.Expected("法律援助").Count.ToString(), await page.Page.GetAttributeAsync("[data-search-status]", "data-count"));
        page.AssertNoErrors();
    }

    [Theory]
    [InlineData("法援")]
    [InlineData("县司法局")]
    [InlineData("司法局")]
    public async Task An_abbreviation_or_an_agency_name_finds_what_the_expanded_scan_finds(string query)
    {
        await using var page = await browser.NewPageAsync(Viewports.Phone);
        await page.GotoAsync(Site.FileUrl("index.html"));

        var offered = await TypeAsync(page.Page, query);

        var expected = Site.Expected(query);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Take(Offered), offered);
        if (query == "县司法局")
        {
            Assert.Equal("agency:quxian-justice", offered[0]);
        }

        output.WriteLine($"{query}: {expected.Count} results, first {string.Join(", ", offered.Take(3))}");
        page.AssertNoErrors();
        page.AssertNoExternalRequests();
    }

    [Fact]
    public async Task A_query_that_finds_nothing_links_to_the_agency_index_and_the_search_page()
    {
        await using var page = await browser.NewPageAsync(Viewports.Desktop);
        await page.GotoAsync(Site.FileUrl(PlanPage));

        Assert.Empty(await TypeAsync(page.Page, "火星殖民计划"));

        var footer = page.Page.Locator(".site-search-footer");
        Assert.Contains("没有找到", await footer.TextContentAsync(), StringComparison.Ordinal);
        var search = await footer.Locator("a", new() { HasText = "搜索页" }).GetAttributeAsync("href");
        Assert.EndsWith("search/index.html?q=" + Uri.EscapeDataString("火星殖民计划"), search, StringComparison.Ordinal);
        await footer.Locator("a", new() { HasText = "责任单位索引" }).ClickAsync();
        await page.Page.WaitForURLAsync(url => url.EndsWith("/agencies/index.html", StringComparison.Ordinal));
        page.AssertNoErrors();
    }

    [Fact]
    public async Task The_search_page_says_where_else_to_look_when_nothing_is_found_and_names_the_synonyms_it_tried()
    {
        await using var page = await browser.NewPageAsync(Viewports.Desktop);
        await page.GotoAsync(Site.FileUrl("search/index.html") + "?q=" + Uri.EscapeDataString("火星殖民计划"));
        await page.Page.WaitForSelectorAsync("[data-search-status][data-state=done][data-query='火星殖民计划']");
        Assert.Equal("../agencies/index.html", await page.Page.Locator(".search-empty a").GetAttributeAsync("href"));

        await page.GotoAsync(Site.FileUrl("search/index.html") + "?q=" + Uri.EscapeDataString("法援"));
        await page.Page.WaitForSelectorAsync("[data-search-status][data-state=done][data-query='法援']");
        Assert.Contains("同时查找了“法律援助”", await page.Page.TextContentAsync("[data-search-status]"), StringComparison.Ordinal);
        Assert.True(await page.Page.Locator(".search-empty").IsHiddenAsync());
        Assert.Contains("法律援助", await page.Page.Locator(".search-result mark").AllTextContentsAsync());
        page.AssertNoErrors();
    }

    [Fact]
    public async Task With_the_list_open_axe_finds_no_serious_or_critical_violation_at_either_width_in_light_and_dark()
    {
        // Over http: axe reads the stylesheets to judge contrast, which a file:// page may not.
        await using var server = SiteServer.Start(Site.Output);
        foreach (var width in new[] { 1280, 375 })
        {
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                await using var page = await browser.NewPageAsync(Viewports.ForWidth(width));
                await page.Page.EmulateMediaAsync(new() { ColorScheme = scheme });
                await page.GotoAsync(server.Url(PlanPage));
                Assert.NotEmpty(await TypeAsync(page.Page, "法援"));
                await page.Page.PressAsync(Box, "ArrowDown");

                Axe.AssertNoSeriousOrCritical(await page.RunAxeAsync());
                var shot = await Screenshots.SaveAsync(page.Page, $"search-dropdown-{width}-{scheme.ToString().ToLowerInvariant()}", fullPage: false);
                output.WriteLine(shot);
                var panel = await page.Page.Locator(".site-search-panel").BoundingBoxAsync();
                Assert.NotNull(panel);
                Assert.InRange(panel.X, 0, width - panel.Width); // the panel stays inside the viewport, even on a phone
                page.AssertNoErrors();
            }
        }
    }

    /// <summary>Types a query into the header's box and waits for its list; the refs of the options offered.</summary>
    private static async Task<IReadOnlyList<string>> TypeAsync(IPage page, string query)
    {
        await page.Locator(Box).PressSequentiallyAsync(query);
        var selector = $"[data-search-box][data-state=open][data-query='{query}']";
        await page.WaitForSelectorAsync(selector, new() { State = WaitForSelectorState.Attached });
        return await page.Locator("[role=option]").EvaluateAllAsync<string[]>("options => options.map(o => o.getAttribute('data-ref'))");
    }
}
