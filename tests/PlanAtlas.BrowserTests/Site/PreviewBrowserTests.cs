using System.Diagnostics;
using PlanAtlas.BrowserTests.Infrastructure;
using PlanAtlas.Pipeline;
using PlanAtlas.Preview;
using Xunit.Abstractions;

namespace PlanAtlas.BrowserTests.Site;

/// <summary><c>preview</c> in a real browser: an edit shows up in the open page; a broken edit shows its error and keeps the last good site.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PreviewBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Page = "plans/dazu/part_2__sec_4/index.html";

    // A rebuild takes about a second on an idle machine and many times that on a loaded CI runner: the test
    // asserts that the page reloads and shows the edit, and only reports how long it took.
    private const float Generous = 30_000;

    [Fact]
    public async Task An_edit_reloads_the_open_page_and_a_broken_edit_shows_the_error_over_the_last_good_site()
    {
        using var site = new BuiltSite();
        var builds = new List<BuildResult>();
        using var session = new PreviewSession(site.Settings(), site.Root, "127.0.0.1", 0, r => { lock (builds) { builds.Add(r); } });
        Assert.True(session.Start().Succeeded);

        await using var page = await browser.NewPageAsync(Viewports.Desktop);
        await page.GotoAsync(session.Address + Page);
        Assert.Equal("（四）维护宪法权威", await page.Page.TextContentAsync("h1"));
        await page.Page.WaitForSelectorAsync("html[data-preview=connected]", new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });

        // When a line of the plan is edited, the open page reloads and shows it
        var plan = Path.Combine(site.Input, "plans", "dazu.md");
        var original = File.ReadAllText(plan);
        var clock = Stopwatch.StartNew();
        File.WriteAllText(plan, original.Replace("（四）维护宪法权威。", "（四）维护宪法权威（修订）。"));
        await page.Page.WaitForFunctionAsync("() => document.querySelector('h1').textContent.includes('（修订）')", null, new() { Timeout = Generous });
        var reloadTime = clock.Elapsed;

        // When the plan is broken, the error shows over the page and the last good site is still served
        File.WriteAllText(plan, original.Replace("level: district", "level: city"));
        await page.Page.WaitForSelectorAsync("#preview-error", new() { Timeout = Generous });
        Assert.Contains("PA005", await page.Page.TextContentAsync("#preview-error"));
        await page.Page.ReloadAsync();
        Assert.Equal("（四）维护宪法权威（修订）", await page.Page.TextContentAsync("h1"));

        // When it is fixed again, the page reloads without the error
        File.WriteAllText(plan, original);
        await page.Page.WaitForFunctionAsync("() => document.querySelector('h1').textContent === '（四）维护宪法权威' && !document.getElementById('preview-error')", null, new() { Timeout = Generous });
        page.AssertNoExternalRequests();
        output.WriteLine($"preview: edit visible in the page after {reloadTime.TotalMilliseconds:0} ms");
    }

}
