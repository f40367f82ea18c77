using Microsoft.Playwright;
using PlanAtlas.BrowserTests.Infrastructure;

namespace PlanAtlas.BrowserTests.Site;

/// <summary>
/// The comparison pages a reader spends time on, in Chromium from file://, at 375 and 1280 px, light and dark: a
/// measure's page (two plans side by side, chosen by the reader) and a two-plan 条文对照. Nothing scrolls sideways
/// with text hidden, side-by-side columns are wide enough to read, and the chooser and its default work.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CompareBrowserTests(BrowserFixture browser, CompareSiteFixture fixture) : IClassFixture<CompareSiteFixture>
{
    private const string Measure = "compare/constitution/index.html";
    private const string Pair = "compare/constitution/gansu--quxian/index.html";
    private const string Provision = "plans/quxian/part_2__sec_1__art_1__para_1/index.html";

    /// <summary>Elements that scroll (or clip) sideways with content beyond their box; 1 px boxes are visually hidden labels.</summary>
    private const string HiddenOverflow = """
        () => {
          const found = [];
          for (const element of document.querySelectorAll('body *')) {
            const style = getComputedStyle(element);
            if (!['hidden', 'auto', 'scroll', 'clip'].includes(style.overflowX) || element.clientWidth <= 1) continue;
            if (element.scrollWidth > element.clientWidth + 1) {
              found.push(`${element.tagName.toLowerCase()}.${element.className}: ${element.scrollWidth} > ${element.clientWidth}`);
            }
          }
          if (document.documentElement.scrollWidth > window.innerWidth) found.push(`document: ${document.documentElement.scrollWidth}`);
          return found;
        }
        """;

    public static TheoryData<string, int, string> PagesWidthsSchemes()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var page in new[] { "measure", "pair" })
        {
            foreach (var width in new[] { 375, 1280 })
            {
                foreach (var scheme in new[] { "light", "dark" })
                {
                    data.Add(page, width, scheme);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesWidthsSchemes))]
    public async Task Nothing_scrolls_sideways_with_hidden_text_and_axe_finds_nothing_serious(string kind, int width, string scheme)
    {
        await using var page = await Open(kind == "measure" ? Measure : Pair, width, scheme);

        Assert.Empty(await page.Page.EvaluateAsync<string[]>(HiddenOverflow));
        page.AssertNoErrors();
        page.AssertNoExternalRequests();
        await page.ScreenshotAsync($"compare-{kind}-{width}-{scheme}");
        Axe.AssertNoSeriousOrCritical(await page.RunAxeAsync());
    }

    [Theory]
    [InlineData(Measure, ".compare-side .compare-provision p")]
    [InlineData(Pair, ".alignment-cell")]
    public async Task Side_by_side_columns_hold_at_least_18_characters_a_line(string path, string text)
    {
        await using var page = await Open(path, 1280, "light");

        // Two columns beside each other, each at least 18 characters of its own font size wide
        var measures = await page.Page.EvaluateAsync<double[]>(
            "selector => [...document.querySelectorAll(selector)].map(e => e.clientWidth / parseFloat(getComputedStyle(e).fontSize))", text);
        Assert.NotEmpty(measures);
        Assert.All(measures, m => Assert.True(m >= 18, $"{m:0.0} characters"));
        var lefts = await page.Page.EvaluateAsync<double[]>(
            "selector => [...new Set([...document.querySelectorAll(selector)].map(e => Math.round(e.getBoundingClientRect().left)))]", text);
        Assert.Equal(2, lefts.Length);
    }

    [Fact]
    public async Task On_a_phone_the_two_plans_stack_in_one_column()
    {
        await using var page = await Open(Measure, 375, "light");

        var lefts = await page.Page.EvaluateAsync<double[]>(
            "() => [...new Set([...document.querySelectorAll('[data-compare-side] > .compare-column')].map(e => Math.round(e.getBoundingClientRect().left)))]");
        Assert.Single(lefts);
    }

    [Fact]
    public async Task The_chooser_changes_the_plans_shown_side_by_side()
    {
        await using var page = await Open(Measure, 1280, "light");
        Assert.True(await page.Page.IsVisibleAsync("form[data-compare-chooser]"));
        Assert.Equal(["gansu", "sichuan"], await SidePlans(page));

        // Choosing 大足区 for the right column shows its provision there, copied from the full list with its own ids
        await page.Page.GetByLabel("右栏").SelectOptionAsync("dazu");
        Assert.Equal(["gansu", "dazu"], await SidePlans(page));
        var right = page.Page.Locator("[data-compare-side] > .compare-column").Nth(1);
        Assert.Equal("side-plan-dazu", await right.GetAttributeAsync("id"));
        Assert.Contains("全面落实宪法宣誓制度", await right.InnerTextAsync(), StringComparison.Ordinal);
        var ids = await page.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('[id]')].map(e => e.id)");
        Assert.Equal(ids.Length, ids.Distinct().Count());

        // The link to the two plans' 条文对照 follows the choice
        Assert.EndsWith("compare/constitution/gansu--dazu/index.html", await PairLinkHref(page), StringComparison.Ordinal);

        // And the left one too; the full list below still has every plan
        await page.Page.GetByLabel("左栏").SelectOptionAsync("quxian");
        Assert.Equal(["quxian", "dazu"], await SidePlans(page));
        Assert.Equal(6, await page.Page.Locator(".compare-list > .compare-column").CountAsync());
        page.AssertNoErrors();
    }

    [Fact]
    public async Task Arriving_from_a_provision_shows_its_plan_beside_the_plan_above()
    {
        await using var page = await Open(Provision, 1280, "light");

        // The provision's "same measure" link leads to the measure's page, at the provision
        await page.Page.Locator(".same-measure a").First.ClickAsync();
        await page.Page.WaitForFunctionAsync("() => document.readyState === 'complete'");
        Assert.EndsWith("#quxian-part_2__sec_1__art_1__para_1", page.Page.Url, StringComparison.Ordinal);

        // 渠县 is shown beside 四川省, the plan above it, and the provision is marked and in view
        await page.Page.WaitForFunctionAsync("() => document.querySelector('[data-compare-side] > .compare-column').dataset.plan === 'quxian'");
        Assert.Equal(["quxian", "sichuan"], await SidePlans(page));
        Assert.Equal(["quxian", "sichuan"], await page.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('[data-compare-chooser] select')].map(s => s.value)"));
        Assert.EndsWith("plans/quxian/above/constitution/index.html", await PairLinkHref(page), StringComparison.Ordinal);
        var target = page.Page.Locator("#side-quxian-part_2__sec_1__art_1__para_1");
        Assert.Contains("is-target", await target.GetAttributeAsync("class") ?? string.Empty, StringComparison.Ordinal);
        Assert.True(await target.IsVisibleAsync());
        Assert.True(await page.Page.EvaluateAsync<bool>(
            "() => { const r = document.getElementById('side-quxian-part_2__sec_1__art_1__para_1').getBoundingClientRect(); return r.top < innerHeight && r.bottom > 0; }"));
        page.AssertNoErrors();
    }

    [Fact]
    public async Task Without_scripts_the_default_pair_and_every_plan_are_readable()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = Viewports.Desktop });
        var page = await context.NewPageAsync();
        await page.GotoAsync(fixture.Site.FileUrl(Measure));

        Assert.False(await page.IsVisibleAsync("form[data-compare-chooser]"));
        Assert.Equal(2, await page.Locator("[data-compare-side] > .compare-column").CountAsync());
        Assert.Equal(6, await page.Locator(".compare-list > .compare-column").CountAsync());
        Assert.True(await page.Locator("#plan-dazu").IsVisibleAsync());
    }

    private async Task<BrowserPage> Open(string path, int width, string scheme)
    {
        var page = await browser.NewPageAsync(Viewports.ForWidth(width));
        await page.Page.EmulateMediaAsync(new() { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        await page.GotoAsync(fixture.Site.FileUrl(path));
        return page;
    }

    /// <summary>The resolved address of the "逐句对照这两部方案" link, or null when it is hidden.</summary>
    private static Task<string?> PairLinkHref(BrowserPage page) =>
        page.Page.EvaluateAsync<string?>("() => { const p = document.querySelector('[data-compare-pair-link]'); return p.hidden ? null : p.querySelector('a').href; }");

    private static Task<string[]> SidePlans(BrowserPage page) =>
        page.Page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('[data-compare-side] > .compare-column')].map(c => c.dataset.plan)");
}

/// <summary>The real plans and a plan of 四川省, above 凉山州 and 渠县, so that a plan has a plan above it.</summary>
public sealed class CompareSiteFixture : IDisposable
{
    public CompareSiteFixture()
    {
        Site = new BuiltSite();
        Site.WritePlan("sichuan.md", """
            ---
            slug: sichuan
            title: 四川省法治社会建设实施方案（2021—2025年）
            short: 四川省
            level: province
            jurisdiction: 510000
            issuer: 中共四川省委
            issued: 2021-06-01
            published: 2021-06-10
            status: final
            source: 中共四川省委办公厅
            ---

            一、推动全社会增强法治观念

            （一）维护宪法权威。深入学习宣传宪法，弘扬宪法精神，推动形成尊崇宪法、学习宪法、遵守宪法、维护宪法、运用宪法的社会氛围。全面落实宪法宣誓制度，国家工作人员就职时依法进行宪法宣誓。
            """);
        Site.Build();
    }

    public BuiltSite Site { get; }

    public void Dispose() => Site.Dispose();
}
