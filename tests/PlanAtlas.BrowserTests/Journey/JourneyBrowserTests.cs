using System.IO.Compression;
using Microsoft.Playwright;
using PlanAtlas.BrowserTests.Infrastructure;
using PlanAtlas.BrowserTests.Site;
using PlanAtlas.Bundle;
using PlanAtlas.Pipeline;
using PlanAtlas.Preview;

namespace PlanAtlas.BrowserTests.Journey;

/// <summary>
/// A reader's whole path through the site, in Chromium, three ways: the site served by <c>preview</c>, the whole
/// site unzipped from a bundle and opened from <c>file://</c>, and a two-plan bundle from <c>file://</c>:
/// home → plan → provision → the measure's comparison → an agency → search → a result.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class JourneyBrowserTests(BrowserFixture browser)
{
    private const string Provision = "part_2__sec_1__art_1__para_3"; // 渠县 二、（一）1.（3）落实宪法宣誓制度

    [Theory]
    [InlineData("preview")]
    [InlineData("full-bundle")]
    [InlineData("subset-bundle")]
    public async Task A_reader_goes_from_the_home_page_to_a_search_result_without_errors_or_requests_elsewhere(string way)
    {
        using var site = new BuiltSite();
        await using var start = await Open(site, way);
        await using var page = await browser.NewPageAsync(Viewports.Desktop);

        // Home: the plans, with the two that every bundle keeps
        await page.GotoAsync(start.Url("index.html"));
        Assert.Equal("法治社会建设实施方案对照", await page.Page.TextContentAsync("h1"));

        // → the plan of 渠县
        await page.Page.ClickAsync(".plan-card-title a[href='plans/quxian/index.html']");
        Assert.StartsWith("渠县法治社会建设实施方案", await page.Page.TextContentAsync("h1"));

        // → its provision on the oath of office, by the provision's own link
        await page.Page.ClickAsync($"#{Provision} a.permalink");
        Assert.Equal("（3）落实宪法宣誓制度", await page.Page.TextContentAsync("h1"));

        // → the same measure in the other plans: 维护宪法权威, 渠县 side by side with another plan, every plan below
        await page.Page.ClickAsync(".same-measure a[href*='compare/constitution/index.html#quxian-']");
        Assert.Equal("（四）维护宪法权威", await page.Page.TextContentAsync("h1"));
        await page.Page.WaitForFunctionAsync("() => document.querySelector('[data-compare-side] > .compare-column').dataset.plan === 'quxian'");
        var columns = await page.Page.Locator(".compare-list > .compare-column h3").AllTextContentsAsync();
        Assert.Contains("渠县", columns.Select(c => c.Trim()));
        Assert.Contains("大足区", columns.Select(c => c.Trim()));

        // → the justice bureau of 渠县, from the responsibility note in 渠县's column
        await page.Page.ClickAsync("#plan-quxian a[href$='agencies/quxian-justice/index.html']");
        Assert.Equal("渠县司法局", await page.Page.TextContentAsync("h1"));

        // → search from the header box
        await page.Page.FillAsync("#site-search-q", "宪法宣誓");
        await page.Page.PressAsync("#site-search-q", "Enter");
        await page.Page.WaitForSelectorAsync(".search-result");
        Assert.Contains("q=%E5%AE%AA%E6%B3%95%E5%AE%A3%E8%AA%93", page.Page.Url);
        var plans = await page.Page.Locator(".search-result-plan").AllTextContentsAsync();
        Assert.Contains("渠县（征求意见稿）", plans); // a draft is named as one in the results too
        if (way == "subset-bundle")
        {
            Assert.All(plans, p => Assert.Contains(p, new[] { "渠县（征求意见稿）", "大足区" }));
        }
        else
        {
            Assert.Contains("甘肃省", plans);
        }

        // → the result of 渠县's provision opens the plan at the provision
        await page.Page.ClickAsync($".search-result a[href$='plans/quxian/index.html#{Provision}']");
        await page.Page.WaitForURLAsync(url => url.EndsWith("#" + Provision, StringComparison.Ordinal));
        Assert.True(await page.Page.IsVisibleAsync($"#{Provision}"));
        Assert.True(await page.Page.EvalOnSelectorAsync<bool>($"#{Provision}", "e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }"));

        page.AssertNoErrors();
        page.AssertNoExternalRequests();
    }

    /// <summary>Every page kind the journey passes, from the unzipped whole-site bundle: axe and screenshots at both widths, both schemes.</summary>
    [Theory]
    [InlineData("compare/index.html", "compare-index")]
    [InlineData("compare/constitution/index.html", "compare-measure")]
    [InlineData("compare/constitution/quxian--dazu/index.html", "compare-pair")]
    [InlineData("agencies/index.html", "agency-index")]
    [InlineData("agencies/quxian-justice/index.html", "agency")]
    [InlineData("agencies/kinds/justice/index.html", "agency-kind")]
    [InlineData("search/index.html?q=%E6%9E%AB%E6%A1%A5%E7%BB%8F%E9%AA%8C", "search")]
    public async Task Each_page_kind_has_no_serious_accessibility_violations(string path, string kind)
    {
        using var site = new BuiltSite();
        await using var start = await Open(site, "full-bundle");
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            foreach (var viewport in new[] { Viewports.Phone, Viewports.Desktop })
            {
                await using var page = await browser.NewPageAsync(viewport);
                await page.Page.EmulateMediaAsync(new() { ColorScheme = scheme });
                await page.GotoAsync(start.Url(path));
                if (kind == "search")
                {
                    await page.Page.WaitForSelectorAsync(".search-result");
                }

                page.AssertNoErrors();
                page.AssertNoExternalRequests();
                await page.ScreenshotAsync($"{kind}-{viewport.Width}-{scheme.ToString().ToLowerInvariant()}");
                Axe.AssertNoSeriousOrCritical(await page.RunAxeAsync());
            }
        }
    }

    private static async Task<Start> Open(BuiltSite site, string way)
    {
        if (way == "preview")
        {
            // The repository's statiq.json: preview reads it again on every build.
            var settingsFile = Path.Combine(RepoPaths.Root, "statiq.json");
            var session = new PreviewSession(site.Settings(), site.Root, "127.0.0.1", FreePorts.Next(), _ => { }, settingsFile);
            Assert.True(session.Start().Succeeded);
            return new Start(relative => session.Address + relative, session);
        }

        var options = way == "subset-bundle"
            ? new BundleOptions(Path.Combine(site.Root, "subset.zip"), Plans: new HashSet<string> { "quxian", "dazu" })
            : new BundleOptions(Path.Combine(site.Root, "full.zip"));
        var result = new BuildBundle(new BuildContext(site.Settings(), site.Root) { BuildDate = new DateOnly(2026, 1, 15) }).Run(options);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var unzipped = Path.Combine(site.Root, "unzipped " + way); // a space, as a USB stick's folder may have
        await Task.Run(() => ZipFile.ExtractToDirectory(options.OutputZip, unzipped));
        var folder = Path.Combine(unzipped, result.TopFolder);
        return new Start(relative => new Uri(Path.Combine(folder, relative.Split('?')[0])).AbsoluteUri + Query(relative), null);
    }

    private static string Query(string relative) => relative.Contains('?') ? relative[relative.IndexOf('?')..] : string.Empty;


    /// <summary>Where the site starts, and what to stop when the test ends.</summary>
    private sealed class Start(Func<string, string> url, IDisposable? server) : IAsyncDisposable
    {
        public string Url(string relative) => url(relative);

        public ValueTask DisposeAsync()
        {
            server?.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
