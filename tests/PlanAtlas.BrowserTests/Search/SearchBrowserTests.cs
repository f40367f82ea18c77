using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PlanAtlas.BrowserTests.Infrastructure;
using PlanAtlas.BrowserTests.Site;
using PlanAtlas.Model;
using PlanAtlas.Preview;
using Xunit.Abstractions;

namespace PlanAtlas.BrowserTests.Search;

/// <summary>
/// The search page in Chromium over the real site, served over http and opened from file://: it finds what
/// Ctrl+F would find, marks it, filters, links to the provision, and loads nothing from another host.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchBrowserTests(BrowserFixture browser, RealSearchSiteFixture real, ITestOutputHelper output)
    : IClassFixture<RealSearchSiteFixture>
{
    private const string SearchPage = "search/index.html";

    private static readonly string[] Phrases = ["宪法宣誓", "民法典", "枫桥经验", "法律援助", "村规民约"];

    private SearchSite Site => real.Site;

    [Theory]
    [InlineData("http")]
    [InlineData("file")]
    public async Task A_phrase_lists_every_provision_containing_it_with_the_phrase_marked(string scheme)
    {
        await using var server = SiteServer.Start(Site.Output);
        await using var page = await browser.NewPageAsync(Viewports.Desktop);
        var expected = Site.RefsContaining("宪法宣誓");

        await page.GotoAsync(Url(server, scheme, "宪法宣誓"));
        var results = await ResultsAsync(page.Page, "宪法宣誓");

        Assert.Equal(5, expected.Count);
        Assert.Equal(expected.Order(StringComparer.Ordinal), results.Select(r => r.Ref).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Count.ToString(), await page.Page.GetAttributeAsync("[data-search-status]", "data-count"));
        Assert.Equal($"找到 {expected.Count} 条包含“宪法宣誓”的条目。", await page.Page.TextContentAsync("[data-search-status]"));
        Assert.All(results, r => Assert.Contains("宪法宣誓", r.Marks));
        Assert.All(results.SelectMany(r => r.Marks), m => Assert.Equal("宪法宣誓", m));
        Assert.Equal("宪法宣誓", await page.Page.InputValueAsync("#search-q"));
        Assert.All(results, r => Assert.Matches(@"^\.\./plans/[a-z]+/index\.html#[a-z0-9_]+$", r.Href));
        page.AssertNoErrors();
        page.AssertNoExternalRequests();
    }

    [Fact]
    public async Task The_five_phrases_find_the_substring_scans_results_in_order_and_each_first_query_loads_within_the_budget()
    {
        foreach (var phrase in Phrases.Append("大足区 法律援助"))
        {
            // A fresh page each time: what one first query loads, the engine's fixed files included
            await using var page = await browser.NewPageAsync(Viewports.Desktop);
            await page.GotoAsync(Site.FileUrl(SearchPage) + "?q=" + Uri.EscapeDataString(phrase));
            var results = await ResultsAsync(page.Page, phrase);
            var bytes = Site.SearchBytes(page.Requests);

            var expected = Site.Expected(phrase);
            Assert.Equal(expected.Take(PageSize), results.Select(r => r.Ref));
            Assert.Equal(expected, await AllAsync(page.Page, phrase));
            Assert.InRange(bytes, 1, Budget);
            output.WriteLine($"{phrase}: {expected.Count} results, {bytes:N0} bytes of search scripts loaded for the first page");
            page.AssertNoErrors();
            page.AssertNoExternalRequests();
        }
    }

    [Theory]
    [InlineData("http")]
    [InlineData("file")]
    public async Task The_province_filter_and_a_place_in_the_query_narrow_the_results_and_stay_in_the_address(string scheme)
    {
        await using var server = SiteServer.Start(Site.Output);
        await using var page = await browser.NewPageAsync(Viewports.Desktop);
        var all = Site.Expected("法律援助");
        var inSichuan = Site.Expected("法律援助", province: "510000");
        await page.GotoAsync(Url(server, scheme, "法律援助"));
        Assert.Equal(all, (await ResultsAsync(page.Page, "法律援助")).Select(r => r.Ref));

        await page.Page.SelectOptionAsync("#search-province", "510000");
        var narrowed = await ResultsAsync(page.Page, "法律援助", province: "510000");

        Assert.InRange(inSichuan.Count, 1, all.Count - 1);
        Assert.Equal(inSichuan, narrowed.Select(r => r.Ref));
        // (The count across all places is added only once it is verified, which the filtered search need not do.)
        Assert.StartsWith($"在四川省中找到 {inSichuan.Count} 条包含“法律援助”的条目。", await page.Page.TextContentAsync("[data-search-status]"), StringComparison.Ordinal);
        Assert.EndsWith("?q=%E6%B3%95%E5%BE%8B%E6%8F%B4%E5%8A%A9&province=510000", page.Page.Url, StringComparison.Ordinal);

        // Where a result holds the whole phrase, only the phrase is marked, not its words elsewhere
        Assert.All(narrowed.SelectMany(r => r.Marks), m => Assert.Equal("法律援助", m));

        // The address is shareable: opened again, it shows the same filtered results
        await page.GotoAsync(page.Page.Url);
        Assert.Equal("510000", await page.Page.InputValueAsync("#search-province"));
        Assert.Equal(inSichuan.Count, (await ResultsAsync(page.Page, "法律援助", province: "510000")).Count);

        // A plan's name in the query narrows to that plan; the snippet still shows the provision's text
        await page.Page.SelectOptionAsync("#search-province", "");
        await page.Page.FillAsync("#search-q", "渠县 法律援助");
        await page.Page.PressAsync("#search-q", "Enter");
        var quxian = await ResultsAsync(page.Page, "渠县 法律援助");
        Assert.Equal(Site.Expected("渠县 法律援助"), quxian.Select(r => r.Ref));
        Assert.All(quxian, r => Assert.StartsWith("quxian/", r.Ref, StringComparison.Ordinal));
        Assert.All(quxian, r => Assert.Contains("法律援助", r.Marks));
        page.AssertNoErrors();
        page.AssertNoExternalRequests();
    }

    [Fact]
    public async Task An_agency_name_finds_the_agency_and_its_result_opens_the_agency_page()
    {
        await using var page = await browser.NewPageAsync(Viewports.Desktop);
        await page.GotoAsync(Site.FileUrl(SearchPage) + "?q=" + Uri.EscapeDataString("渠县司法局"));
        var results = await ResultsAsync(page.Page, "渠县司法局");

        Assert.Equal(Site.Expected("渠县司法局"), results.Select(r => r.Ref));
        Assert.Equal("agency:quxian-justice", results[0].Ref);
        Assert.Equal("../agencies/quxian-justice/index.html", results[0].Href);
        await page.Page.ClickAsync(".search-result a >> nth=0");
        await page.Page.WaitForURLAsync("**/agencies/quxian-justice/index.html");
        page.AssertNoErrors();
    }

    [Fact]
    public async Task A_missing_index_file_says_so_in_the_status_instead_of_failing_silently()
    {
        var folder = Site.CopyWithModel(Site.Model);
        foreach (var shard in Directory.GetFiles(Path.Combine(folder, "assets", "search", "terms")))
        {
            File.Delete(shard);
        }

        await using var page = await browser.NewPageAsync(Viewports.Desktop);
        await page.GotoAsync(new Uri(Path.Combine(folder, SearchPage)).AbsoluteUri + "?q=" + Uri.EscapeDataString("宪法"));
        await page.Page.WaitForFunctionAsync("() => document.querySelector('[data-search-status]').dataset.state === 'error'");

        Assert.Matches(@"^搜索索引缺少文件 terms/\d+\.js。暂时无法搜索", await page.Page.TextContentAsync("[data-search-status]"));
    }

    [Fact]
    public async Task The_measure_filter_narrows_the_results_to_provisions_placed_under_the_measure()
    {
        // Given a site whose provisions titled with 宪法 are placed under （四）维护宪法权威 and the rest are local measures
        var constitution = new Topic("constitution", 4, "二、推动全社会增强法治观念", "维护宪法权威", ["宪法"]);
        var services = new Topic("public-legal-services", 15, "四、加强权利保护", "为群众提供便捷高效的公共法律服务", ["法律服务"]);
        var placements = Site.Model.Plans.SelectMany(p => p.Provisions).ToDictionary(
            d => d,
            d => d.Title.Contains("宪法", StringComparison.Ordinal) ? new TopicPlacement(constitution, 0.9, PlacementSource.Aligned)
                : d.Title.Contains("法律服务", StringComparison.Ordinal) ? new TopicPlacement(services, 0.8, PlacementSource.Aligned)
                : new TopicPlacement(null, 0, PlacementSource.Unplaced));
        var model = new SiteModel { Plans = Site.Model.Plans, Topics = [constitution, services], Placements = placements };
        var folder = Site.CopyWithModel(model);
        var placed = Site.Model.Plans
            .SelectMany(p => p.Provisions.Where(d => placements[d].Topic == constitution).Select(d => p.Slug + "/" + d.Id))
            .ToHashSet(StringComparer.Ordinal);
        var expected = Site.Expected("宪法").Where(placed.Contains).ToList();

        // When 宪法 is searched within the measure
        await using var page = await browser.NewPageAsync(Viewports.Desktop);
        await page.GotoAsync(new Uri(Path.Combine(folder, SearchPage)).AbsoluteUri + "?q=" + Uri.EscapeDataString("宪法") + "&topic=constitution");
        var results = await ResultsAsync(page.Page, "宪法", topic: "constitution");

        // Then only the provisions placed under it are listed, each naming the measure
        Assert.Equal("constitution", await page.Page.InputValueAsync("#search-topic"));
        Assert.InRange(expected.Count, 2, Site.Expected("宪法").Count - 1);
        Assert.Equal(expected, results.Select(r => r.Ref));
        Assert.All(results, r => Assert.Contains("纲要措施：维护宪法权威", r.Text, StringComparison.Ordinal));

        // And with a plan named in the query as well, both apply
        await page.Page.FillAsync("#search-q", "甘肃省 宪法");
        await page.Page.PressAsync("#search-q", "Enter");
        var both = await ResultsAsync(page.Page, "甘肃省 宪法", topic: "constitution");
        Assert.Equal(expected.Where(r => r.StartsWith("gansu/", StringComparison.Ordinal)), both.Select(r => r.Ref));
        page.AssertNoErrors();
    }

    [Theory]
    [InlineData("http")]
    [InlineData("file")]
    public async Task A_result_opens_the_provision_at_its_anchor_on_the_plan_page(string scheme)
    {
        await using var server = SiteServer.Start(Site.Output);
        await using var page = await browser.NewPageAsync(Viewports.Desktop);
        await page.GotoAsync(Url(server, scheme, "枫桥经验"));
        var first = (await ResultsAsync(page.Page, "枫桥经验"))[0];
        var (slug, id) = (first.Ref.Split('/')[0], first.Ref.Split('/')[1]);

        await page.Page.ClickAsync(".search-result a >> nth=0");
        await page.Page.WaitForURLAsync($"**/plans/{slug}/index.html#{id}");

        await AssertProvisionShownAsync(page.Page, id);
        page.AssertNoErrors();
        page.AssertNoExternalRequests();
    }

    [Fact]
    public async Task With_the_keyboard_alone_a_reader_types_submits_and_opens_a_result()
    {
        await using var page = await browser.NewPageAsync(Viewports.Phone);
        await page.GotoAsync(Site.FileUrl(SearchPage));

        await page.Page.FocusAsync("#search-q");
        await page.Page.Keyboard.InsertTextAsync("一村一法律顾问");
        await page.Page.Keyboard.PressAsync("Enter");
        var results = await ResultsAsync(page.Page, "一村一法律顾问");
        Assert.Equal(Site.RefsContaining("一村一法律顾问").Order(StringComparer.Ordinal), results.Select(r => r.Ref).Order(StringComparer.Ordinal));

        // Tab from the box past the button and the filters to the first result
        for (var i = 0; i < 8 && !await page.Page.EvaluateAsync<bool>("() => !!document.activeElement.closest('.search-result')"); i++)
        {
            await page.Page.Keyboard.PressAsync("Tab");
        }

        Assert.Equal(results[0].Href, await page.Page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        var id = results[0].Ref.Split('/')[1];
        await page.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Page).ToHaveURLAsync(new Regex($"/index\\.html#{id}$"));
        await page.Page.WaitForLoadStateAsync(LoadState.Load);
        await AssertProvisionShownAsync(page.Page, id);
        page.AssertNoErrors();
    }

    [Fact]
    public async Task Typing_updates_the_results_and_the_address_without_reloading()
    {
        await using var page = await browser.NewPageAsync(Viewports.Desktop);
        await page.GotoAsync(Site.FileUrl(SearchPage));
        await page.Page.EvaluateAsync("() => { window.notReloaded = true; }");

        await page.Page.FocusAsync("#search-q");
        await page.Page.Keyboard.InsertTextAsync("民法");
        await ResultsAsync(page.Page, "民法");
        await page.Page.Keyboard.InsertTextAsync("典");
        var results = await ResultsAsync(page.Page, "民法典");

        Assert.Equal(Site.RefsContaining("民法典").Count, results.Count);
        Assert.EndsWith("search/index.html?q=%E6%B0%91%E6%B3%95%E5%85%B8", page.Page.Url, StringComparison.Ordinal);
        Assert.True(await page.Page.EvaluateAsync<bool>("() => window.notReloaded === true"));
        Assert.StartsWith("“民法典”的搜索结果 · ", await page.Page.TitleAsync(), StringComparison.Ordinal);
        page.AssertNoErrors();
    }

    [Fact]
    public async Task An_empty_query_shows_a_hint_with_examples_that_search_when_chosen()
    {
        await using var page = await browser.NewPageAsync(Viewports.Desktop);
        await page.GotoAsync(Site.FileUrl(SearchPage));

        Assert.Equal("请输入要查找的词语。", await page.Page.TextContentAsync("[data-search-status]"));
        Assert.Equal(0, await page.Page.Locator(".search-result").CountAsync());
        Assert.True(await page.Page.IsVisibleAsync(".search-examples"));

        await page.Page.ClickAsync(".search-examples a >> text=枫桥经验");
        var results = await ResultsAsync(page.Page, "枫桥经验");

        Assert.Equal(Site.RefsContaining("枫桥经验").Count, results.Count);
        Assert.False(await page.Page.IsVisibleAsync(".search-examples"));
        Assert.Equal("枫桥经验", await page.Page.InputValueAsync("#search-q"));
        page.AssertNoErrors();
    }

    [Fact]
    public async Task One_character_is_searched_everywhere_it_occurs_with_a_note_and_whole_matches_first()
    {
        await using var page = await browser.NewPageAsync(Viewports.Desktop);
        await page.GotoAsync(Site.FileUrl(SearchPage) + "?q=" + Uri.EscapeDataString("宪"));
        var results = await ResultsAsync(page.Page, "宪", all: true);

        Assert.Equal(Site.Expected("宪"), results.Select(r => r.Ref));
        Assert.Contains("只输入一个字时结果会很多", await page.Page.TextContentAsync("[data-search-status]"), StringComparison.Ordinal);
        page.AssertNoErrors();
    }

    [Fact]
    public async Task Digits_and_latin_words_are_searched_case_insensitively_and_a_miss_says_so()
    {
        await using var page = await browser.NewPageAsync(Viewports.Desktop);
        await page.GotoAsync(Site.FileUrl(SearchPage) + "?q=12348");
        var hotline = await ResultsAsync(page.Page, "12348");
        Assert.Equal(Site.Expected("12348"), hotline.Select(r => r.Ref));
        Assert.NotEmpty(hotline);
        Assert.All(hotline, r => Assert.Contains("12348", r.Marks));

        await page.Page.FillAsync("#search-q", "Internet");
        await page.Page.PressAsync("#search-q", "Enter");
        var internet = await ResultsAsync(page.Page, "Internet");
        Assert.Equal(Site.Expected("Internet"), internet.Select(r => r.Ref));
        if (internet.Count == 0)
        {
            Assert.Equal("没有找到包含“Internet”的条目。", await page.Page.TextContentAsync("[data-search-status]"));
        }

        await page.Page.FillAsync("#search-q", "，。");
        await page.Page.PressAsync("#search-q", "Enter");
        await ResultsAsync(page.Page, "，。");
        Assert.Equal("“，。”中没有可以查找的汉字、字母或数字。", await page.Page.TextContentAsync("[data-search-status]"));
        page.AssertNoErrors();
    }

    [Fact]
    public async Task Without_javascript_the_page_says_search_needs_it_and_links_the_plans()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = Viewports.Desktop });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(Site.FileUrl(SearchPage) + "?q=" + Uri.EscapeDataString("宪法宣誓"));

            Assert.True(await page.IsVisibleAsync("[data-search-nojs]"));
            Assert.Contains("搜索需要浏览器运行 JavaScript", await page.TextContentAsync("[data-search-nojs]"), StringComparison.Ordinal);
            Assert.False(await page.IsVisibleAsync("form[data-search-form]"));
            Assert.Equal(["../index.html"], await page.Locator("[data-search-nojs] a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Fact]
    public async Task Markup_in_a_plan_is_shown_as_text_in_results()
    {
        using var site = SearchSite.Build(WithPlan("""
            ---
            slug: a
            title: 甲县法治社会建设实施方案（2021—2025年）
            level: county
            ---

            一、主要任务

            1.防止注入<b>标题</b>。正文<img src=x onerror="window.injected=1">和<script>window.injected=2</script>结束。

            """));
        await using var page = await browser.NewPageAsync(Viewports.Desktop);

        await page.GotoAsync(site.FileUrl(SearchPage) + "?q=" + Uri.EscapeDataString("注入"));
        var results = await ResultsAsync(page.Page, "注入");

        var result = Assert.Single(results);
        Assert.Contains("防止注入<b>标题</b>", result.Text, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=\"window.injected=1\">", result.Text, StringComparison.Ordinal);
        Assert.Equal(0, await page.Page.Locator(".search-results img, .search-results script, .search-results b").CountAsync());
        Assert.False(await page.Page.EvaluateAsync<bool>("() => 'injected' in window"));
        page.AssertNoErrors();
    }

    [Fact]
    public async Task The_page_with_results_has_no_serious_accessibility_violations_in_light_and_dark()
    {
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            foreach (var viewport in new[] { Viewports.Phone, Viewports.Desktop })
            {
                await using var page = await browser.NewPageAsync(viewport);
                await page.Page.EmulateMediaAsync(new() { ColorScheme = scheme });
                await page.GotoAsync(Site.FileUrl(SearchPage) + "?q=" + Uri.EscapeDataString("法律援助") + "&province=510000");
                await ResultsAsync(page.Page, "法律援助", province: "510000");
                page.AssertNoErrors();
                page.AssertNoExternalRequests();
                await page.ScreenshotAsync($"search-{viewport.Width}-{scheme.ToString().ToLowerInvariant()}");

                Axe.AssertNoSeriousOrCritical(await page.RunAxeAsync());
            }
        }
    }

    /// <summary>Results the page renders at a time.</summary>
    private const int PageSize = 20;

    /// <summary>All search scripts a first query loads, at any number of plans.</summary>
    private const long Budget = 300 * 1024;

    /// <summary>Every result of a query in the page's order, from the page's own engine.</summary>
    private static async Task<IReadOnlyList<string>> AllAsync(IPage page, string query, string province = "", string topic = "") =>
        await page.EvaluateAsync<string[]>(
            "([q, province, topic]) => PlanAtlasSearchPage.all(q, { province, topic }).then(rs => rs.map(r => r.ref))",
            new[] { query, province, topic });

    private string Url(SiteServer server, string scheme, string query) =>
        (scheme == "http" ? server.Url(SearchPage) : Site.FileUrl(SearchPage)) + "?q=" + Uri.EscapeDataString(query);

    private static BuiltSite WithPlan(string text)
    {
        var site = new BuiltSite(copyRealInput: false);
        site.WritePlan("a.md", text);
        return site;
    }

    /// <summary>Waits until the status describes this search, then reads the results (all of them when asked, pressing "more").</summary>
    internal static async Task<IReadOnlyList<SearchResult>> ResultsAsync(IPage page, string query, string province = "", string topic = "", bool all = false)
    {
        await page.WaitForFunctionAsync(
            "([q, province, topic]) => { const s = document.querySelector('[data-search-status]'); return s && s.dataset.state === 'done' && s.dataset.query === q && s.dataset.province === province && s.dataset.topic === topic; }",
            new[] { query, province, topic });
        while (all && await page.IsVisibleAsync("[data-search-more]"))
        {
            var shown = await page.Locator(".search-result").CountAsync();
            await page.ClickAsync("[data-search-more]");
            await page.WaitForFunctionAsync("n => document.querySelectorAll('.search-result').length > n", shown);
        }

        var json = await page.EvaluateAsync<string>("""
            () => JSON.stringify([...document.querySelectorAll('.search-result')].map(li => ({
              ref: li.dataset.ref,
              href: li.querySelector('a').getAttribute('href'),
              marks: [...li.querySelectorAll('mark')].map(m => m.textContent),
              text: li.textContent,
            })))
            """);
        return JsonSerializer.Deserialize<List<SearchResult>>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    private static async Task AssertProvisionShownAsync(IPage page, string id)
    {
        Assert.Equal("#" + id, await page.EvaluateAsync<string>("() => location.hash"));
        var article = page.Locator($"article.provision[id='{id}']");
        Assert.True(await article.IsVisibleAsync(), $"#{id} is not visible");
        Assert.True(
            await article.EvaluateAsync<bool>("e => { const r = e.getBoundingClientRect(); return r.top >= -1 && r.top < window.innerHeight; }"),
            $"#{id} is not scrolled into view");
    }

    internal sealed record SearchResult(string Ref, string Href, IReadOnlyList<string> Marks, string Text);
}
