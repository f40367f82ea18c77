using PlanAtlas.BrowserTests.Infrastructure;

namespace PlanAtlas.BrowserTests.Site;

/// <summary>An old #anchor of a renumbered provision lands on the provision's new anchor; an old page redirects.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AliasBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task Old_anchor_and_old_page_lead_to_the_renumbered_provision()
    {
        using var site = new BuiltSite(copyRealInput: false);
        site.WritePlan("a.md", """
            ---
            slug: a
            title: 甲县法治社会建设实施方案（2021—2025年）
            level: county
            aliases: { part_1__art_1__para_9: part_1__art_1__para_2 }
            ---

            一、主要任务

            1.维护宪法权威

            （1）加强宪法学习。抓好关键少数。

            （2）加强宪法宣传。推进宪法进机关。

            """);
        site.Build();

        await using var page = await browser.NewPageAsync(Viewports.Desktop);
        await page.GotoAsync(site.FileUrl("plans/a/index.html") + "#part_1__art_1__para_9");
        await page.Page.WaitForFunctionAsync("() => location.hash === '#part_1__art_1__para_2'");

        await page.GotoAsync(site.FileUrl("plans/a/part_1__art_1__para_9/index.html"));
        await page.Page.WaitForURLAsync("**/part_1__art_1__para_2/index.html");
        Assert.Equal("（2）加强宪法宣传", await page.Page.TextContentAsync("h1"));
        page.AssertNoErrors();
    }
}
