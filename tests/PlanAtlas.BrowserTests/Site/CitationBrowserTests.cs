using System.Globalization;
using System.Text.Json;
using PlanAtlas.BrowserTests.Infrastructure;
using PlanAtlas.Preview;

namespace PlanAtlas.BrowserTests.Site;

/// <summary>The real site built without a public address: copies name the address the reader is at.</summary>
public sealed class NoBaseUrlSiteFixture : IDisposable
{
    public BuiltSite Site { get; } = new BuiltSite().Build(settings => settings.BaseUrl = string.Empty);

    public void Dispose() => Site.Dispose();
}

/// <summary>
/// "复制链接" and "复制引用" read back from the clipboard, over http and from file://, with and without a public
/// address: the citation copied is the one shown, names the draft as a draft, and carries the address and today's date.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CitationBrowserTests(BrowserFixture browser, RealSiteFixture withBase, NoBaseUrlSiteFixture withoutBase)
    : IClassFixture<RealSiteFixture>, IClassFixture<NoBaseUrlSiteFixture>
{
    /// <summary>渠县 二、（五）19.（57）: a draft whose text names no date.</summary>
    private const string Provision = "plans/quxian/part_2__sec_5__art_19__para_57/";
    private const string PublicAddress = "https://plans.example.test/" + Provision;
    private const string Issuer = "中共渠县县委全面依法治县委员会办公室";
    private const string Title = "渠县法治社会建设实施方案（2021—2025年）（征求意见稿）";

    private static string Today => DateTime.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("http", true)]
    [InlineData("file", true)]
    [InlineData("http", false)]
    [InlineData("file", false)]
    public async Task The_copied_citation_is_the_one_shown_with_draft_status_address_and_access_date(string scheme, bool hasBaseUrl)
    {
        var site = hasBaseUrl ? withBase.Site : withoutBase.Site;
        await using var server = SiteServer.Start(site.Output);
        var url = scheme == "http" ? server.Url(Provision) : site.FileUrl(Provision + "index.html");
        await using var page = await browser.NewPageAsync(Viewports.Desktop);
        await page.GotoAsync(url);

        // The address a copy names: the public one, or without it the page the reader has open.
        var expectedAddress = hasBaseUrl ? PublicAddress : url;

        await page.Page.ClickAsync(".cite-block .cite-style button[data-copy-citation]");
        var shown = await page.Page.TextContentAsync(".cite-block .cite-text[data-style=gbt7714]");
        var copied = Assert.Single(await page.ClipboardWritesAsync());
        Assert.Equal(shown, copied);
        Assert.Equal($"{Issuer}. {Title}：二、（五）19.（57）[EB/OL]. [{Today}]. {expectedAddress}", copied);

        // "复制链接" copies the same address
        await page.Page.ClickAsync(".provision-actions button[data-copy-link]");
        Assert.Equal(expectedAddress, (await page.ClipboardWritesAsync())[^1]);

        // The reference-manager formats carry the same facts
        await page.Page.ClickAsync(".cite-others summary");
        await page.Page.ClickAsync(".cite-style:has([data-style=csl-json]) button");
        var csl = JsonDocument.Parse((await page.ClipboardWritesAsync())[^1]).RootElement[0];
        Assert.Equal("legislation", csl.GetProperty("type").GetString());
        Assert.Equal("征求意见稿", csl.GetProperty("status").GetString());
        Assert.Equal(Issuer, csl.GetProperty("authority").GetString());
        Assert.Equal(expectedAddress, csl.GetProperty("URL").GetString());
        Assert.Equal(DateTime.Now.Year, csl.GetProperty("accessed").GetProperty("date-parts")[0][0].GetInt32());

        await page.Page.ClickAsync(".cite-style:has([data-style=bibtex]) button");
        var bibtex = (await page.ClipboardWritesAsync())[^1];
        Assert.Contains($"title = {{{{{Title}：二、（五）19.（57）}}}}", bibtex, StringComparison.Ordinal);
        Assert.Contains($"url = {{{expectedAddress}}}", bibtex, StringComparison.Ordinal);
        Assert.Contains($"urldate = {{{Today}}}", bibtex, StringComparison.Ordinal);

        await page.Page.ClickAsync(".cite-style:has([data-style=law]) button");
        Assert.EndsWith($"》二、（五）19.（57），{expectedAddress}，最后访问日期：{DateTime.Now:yyyy年M月d日}。", (await page.ClipboardWritesAsync())[^1], StringComparison.Ordinal);
        page.AssertNoErrors();
        page.AssertNoExternalRequests();
    }

    [Fact]
    public async Task A_provision_button_on_the_plan_page_copies_that_provision_and_shows_what_it_copied()
    {
        await using var page = await browser.NewPageAsync(Viewports.Desktop);
        await page.GotoAsync(withBase.Site.FileUrl("plans/liangshan/index.html"));

        await page.Page.ClickAsync("#part_2__sec_4 button[data-copy-citation]");

        Assert.Equal(
            [$"中共凉山州委. 凉山州法治社会建设实施方案（2021—2025年）：二、（四）[EB/OL]. (2022-01-23)[{Today}]. https://plans.example.test/plans/liangshan/part_2__sec_4/"],
            await page.ClipboardWritesAsync());
        Assert.True(await page.Page.IsVisibleAsync("#part_2__sec_4 .provision-actions .cite-text"));
        Assert.Equal("引用已复制", await page.Page.TextContentAsync("#part_2__sec_4 .provision-actions .action-status"));
    }
}
