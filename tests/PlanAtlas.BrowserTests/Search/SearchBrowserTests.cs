using System.Text.Json;
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
    public async Task The_five_phrases_find_the_substring_count_exact_matches_first_and_queries_are_timed()
    {
        await using var page = await browser.NewPageAsync(Viewports.Desktop);
        await page.GotoAsync(Site.FileUrl(SearchPage));
        var timings = await page.Page.EvaluateAsync<JsonElement>(TimeQueries, Phrases);

        foreach (var phrase in Phrases)
        {
            await page.Page.FillAsync("#search-q", phrase);
            await page.Page.PressAsync("#search-q", "Enter");
            var results = await ResultsAsync(page.Page, phrase);

            var expected = Site.RefsContaining(phrase);
            Assert.Equal(expected.Order(StringComparer.Ordinal), results.Select(r => r.Ref).Order(StringComparer.Ordinal));
            Assert.Contains(phrase, Uri.UnescapeDataString(page.Page.Url), StringComparison.Ordinal);
        }

        output.WriteLine($"search stage over the real model (C#, warm): {real.IndexBuildTime.TotalMilliseconds:F1} ms");
        output.WriteLine($"lunr.Index.load of the index in the page: {timings.GetProperty("loadMs").GetDouble():F1} ms; " +
            $"page load event after {timings.GetProperty("pageLoadMs").GetDouble():F0} ms (file://)");
        foreach (var q in timings.GetProperty("queries").EnumerateArray())
        {
            output.WriteLine($"{q.GetProperty("q").GetString()}: {q.GetProperty("count").GetInt32()} results; searchAll first {q.GetProperty("firstMs").GetDouble():F2} ms, " +
                $"mean {q.GetProperty("meanMs").GetDouble():F2} ms over {q.GetProperty("runs").GetInt32()} runs; with the page's ranking {q.GetProperty("rankedMs").GetDouble():F2} ms");
        }

        page.AssertNoErrors();
        page.AssertNoExternalRequests();
    }

    [Theory]
    [InlineData("http")]
    [InlineData("file")]
    public async Task The_plan_filter_narrows_the_results_and_stays_in_the_address(string scheme)
    {
        await using var server = SiteServer.Start(Site.Output);
        await using var page = await browser.NewPageAsync(Viewports.Desktop);
        var all = Site.RefsContaining("法律援助");
        var inQuxian = all.Where(r => r.StartsWith("quxian/", StringComparison.Ordinal)).ToList();
        await page.GotoAsync(Url(server, scheme, "法律援助"));
        Assert.Equal(all.Count, (await ResultsAsync(page.Page, "法律援助")).Count);

        await page.Page.SelectOptionAsync("#search-plan", "quxian");
        var narrowed = await ResultsAsync(page.Page, "法律援助", plan: "quxian");

        Assert.InRange(inQuxian.Count, 1, all.Count - 1);
        Assert.Equal(inQuxian.Order(StringComparer.Ordinal), narrowed.Select(r => r.Ref).Order(StringComparer.Ordinal));
        Assert.Equal($"在渠县（征求意见稿）中找到 {inQuxian.Count} 条包含“法律援助”的条目。全部方案共 {all.Count} 条。", await page.Page.TextContentAsync("[data-search-status]"));
        Assert.EndsWith("?q=%E6%B3%95%E5%BE%8B%E6%8F%B4%E5%8A%A9&plan=quxian", page.Page.Url, StringComparison.Ordinal);

        // Where a result holds the whole phrase, only the phrase is marked, not its bigrams elsewhere (法律服务)
        Assert.All(narrowed.SelectMany(r => r.Marks), m => Assert.Equal("法律援助", m));

        // The address is shareable: opened again, it shows the same filtered results
        await page.GotoAsync(page.Page.Url);
        Assert.Equal("quxian", await page.Page.InputValueAsync("#search-plan"));
        Assert.Equal(inQuxian.Count, (await ResultsAsync(page.Page, "法律援助", plan: "quxian")).Count);
        page.AssertNoErrors();
        page.AssertNoExternalRequests();
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
        var expected = Site.RefsWithInAnyField("宪法").Where(placed.Contains).ToList();

        // When 宪法 is searched within the measure
        await using var page = await browser.NewPageAsync(Viewports.Desktop);
        await page.GotoAsync(new Uri(Path.Combine(folder, SearchPage)).AbsoluteUri + "?q=" + Uri.EscapeDataString("宪法") + "&topic=constitution");
        var results = await ResultsAsync(page.Page, "宪法", topic: "constitution");

        // Then only the provisions placed under it are listed, each naming the measure
        Assert.Equal("constitution", await page.Page.InputValueAsync("#search-topic"));
        Assert.InRange(expected.Count, 2, Site.RefsWithInAnyField("宪法").Count - 1);
        Assert.Equal(expected.Order(StringComparer.Ordinal), results.Select(r => r.Ref).Order(StringComparer.Ordinal));
        Assert.All(results, r => Assert.Contains("纲要措施：维护宪法权威", r.Text, StringComparison.Ordinal));

        // And with a plan chosen as well, both filters apply
        await page.Page.SelectOptionAsync("#search-plan", "gansu");
        var both = await ResultsAsync(page.Page, "宪法", plan: "gansu", topic: "constitution");
        Assert.Equal(expected.Where(r => r.StartsWith("gansu/", StringComparison.Ordinal)).Order(StringComparer.Ordinal), both.Select(r => r.Ref).Order(StringComparer.Ordinal));
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
        await page.Page.Keyboard.PressAsync("Enter");
        var id = results[0].Ref.Split('/')[1];
        await page.Page.WaitForURLAsync($"**/index.html#{id}");
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

        var expected = Site.RefsWithInAnyField("宪");
        Assert.Equal(expected.Order(StringComparer.Ordinal), results.Select(r => r.Ref).Order(StringComparer.Ordinal));
        Assert.Contains("只输入一个字时结果会很多", await page.Page.TextContentAsync("[data-search-status]"), StringComparison.Ordinal);
        var exact = await page.Page.EvaluateAsync<bool[]>("() => PlanAtlasSearch.search('宪').map(r => r.exact)");
        Assert.Equal(exact.OrderByDescending(e => e), exact);
        Assert.Equal(Site.RefsContaining("宪").Count, exact.Count(e => e));
        page.AssertNoErrors();
    }

    [Fact]
    public async Task Digits_and_latin_words_are_searched_case_insensitively_and_a_miss_says_so()
    {
        await using var page = await browser.NewPageAsync(Viewports.Desktop);
        await page.GotoAsync(Site.FileUrl(SearchPage) + "?q=12348");
        var hotline = await ResultsAsync(page.Page, "12348");
        Assert.Equal(Site.RefsWithInAnyField("12348").Order(StringComparer.Ordinal), hotline.Select(r => r.Ref).Order(StringComparer.Ordinal));
        Assert.NotEmpty(hotline);
        Assert.All(hotline, r => Assert.Contains("12348", r.Marks));

        await page.Page.FillAsync("#search-q", "Internet");
        await page.Page.PressAsync("#search-q", "Enter");
        var internet = await ResultsAsync(page.Page, "Internet");
        Assert.Equal(Site.RefsWithInAnyField("internet").Count, internet.Count);
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
            Assert.Equal(Site.Model.Plans.Count, await page.Locator("[data-search-nojs] a").CountAsync());
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
                await page.GotoAsync(Site.FileUrl(SearchPage) + "?q=" + Uri.EscapeDataString("法律援助") + "&plan=quxian");
                await ResultsAsync(page.Page, "法律援助", plan: "quxian");
                page.AssertNoErrors();
                page.AssertNoExternalRequests();
                await page.ScreenshotAsync($"search-{viewport.Width}-{scheme.ToString().ToLowerInvariant()}");

                Axe.AssertNoSeriousOrCritical(await page.RunAxeAsync());
            }
        }
    }

    /// <summary>Runs in the page: loads the index again and times searchAll, cold and warm, for each query.</summary>
    private const string TimeQueries = """
        (queries) => {
          const planAtlas = PlanAtlasTokenizer.planAtlasLunr(lunr);
          const t0 = performance.now();
          planAtlas.load(PlanAtlasSearchIndex);
          const loadMs = performance.now() - t0;
          const navigation = performance.getEntriesByType('navigation')[0];
          const runs = 50;
          return {
            loadMs,
            pageLoadMs: navigation ? navigation.loadEventEnd : -1,
            queries: queries.map(q => {
              let start = performance.now();
              const count = PlanAtlasSearch.searchAll(q).length;
              const firstMs = performance.now() - start;
              start = performance.now();
              for (let i = 0; i < runs; i++) PlanAtlasSearch.searchAll(q);
              const meanMs = (performance.now() - start) / runs;
              start = performance.now();
              for (let i = 0; i < runs; i++) PlanAtlasSearch.search(q);
              const rankedMs = (performance.now() - start) / runs;
              return { q, count, firstMs, meanMs, rankedMs, runs };
            }),
          };
        }
        """;

    private string Url(SiteServer server, string scheme, string query) =>
        (scheme == "http" ? server.Url(SearchPage) : Site.FileUrl(SearchPage)) + "?q=" + Uri.EscapeDataString(query);

    private static BuiltSite WithPlan(string text)
    {
        var site = new BuiltSite(copyRealInput: false);
        site.WritePlan("a.md", text);
        return site;
    }

    /// <summary>Waits until the status describes this search, then reads the results (all of them when asked, pressing "more").</summary>
    private static async Task<IReadOnlyList<SearchResult>> ResultsAsync(IPage page, string query, string plan = "", string topic = "", bool all = false)
    {
        await page.WaitForFunctionAsync(
            "([q, plan, topic]) => { const s = document.querySelector('[data-search-status]'); return s && s.dataset.query === q && s.dataset.plan === plan && s.dataset.topic === topic; }",
            new[] { query, plan, topic });
        while (all && await page.IsVisibleAsync("[data-search-more]"))
        {
            await page.ClickAsync("[data-search-more]");
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

    private sealed record SearchResult(string Ref, string Href, IReadOnlyList<string> Marks, string Text);
}
