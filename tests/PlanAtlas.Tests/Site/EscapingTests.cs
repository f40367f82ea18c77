using AngleSharp.Html.Parser;

namespace PlanAtlas.Tests.Site;

/// <summary>Text from the plans is data: a plan cannot inject markup or script into the site.</summary>
[Collection(HostileSiteCollection.Name)]
public sealed class EscapingTests(HostileSiteFixture hostile)
{
    [Fact]
    public void Markup_in_a_plan_is_shown_as_text_on_every_page()
    {
        // Given a plan whose title, headings and text hold markup
        using var site = new TempSite();
        site.WritePlan("a.md", """
            ---
            slug: a
            title: "甲县<script>alert(1)</script>方案"
            level: county
            ---

            一、任务<img src=x onerror=alert(2)>

            1.加强"宣传"<b>学习</b>。正文<script>alert(3)</script>&amp;结束。

            """);

        // When the site is built
        var result = site.Build();

        // Then no page has a script, img or b element from the plan, and the text is shown as written
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var parser = new HtmlParser();
        foreach (var file in Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            AssertOnlyDataScriptsAreInline(document, file);
            Assert.Empty(document.QuerySelectorAll("main img, main b"));
        }

        var provision = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "plans", "a", "part_1__art_1", "index.html")));
        Assert.Equal("1.加强\"宣传\"<b>学习</b>", provision.QuerySelector("h1")!.TextContent);
        Assert.Contains("正文<script>alert(3)</script>&amp;结束。", provision.QuerySelector("main article p")!.TextContent);
        Assert.Contains("甲县<script>alert(1)</script>方案", provision.Title);
    }

    /// <summary>One page of each kind the site has, each showing some of the poisoned plan's text (404 and search: the site title; the search page names no plan, its results come from script data).</summary>
    public static TheoryData<string> PageKinds => new()
    {
        "home", "plan", "provision", "redirect", "compare-index", "compare-topic", "compare-pair", "compare-above",
        "agency-index", "agency", "agency-kind", "search", "about", "not-found",
    };

    [Theory]
    [MemberData(nameof(PageKinds))]
    public void Template_syntax_and_markup_in_every_field_are_shown_literally(string kind)
    {
        // Given the real site in which one plan has {{ … }}, <b> and </script> in every field, and so has the site title
        Assert.True(hostile.Result.Succeeded, string.Join("\n", hostile.Result.Diagnostics));

        // When a page of the kind is read
        var html = File.ReadAllText(hostile.PageOf(kind));
        var page = new HtmlParser().ParseDocument(html);

        // Then the text is there as typed, in the title and in the page's own content, ...
        Assert.Contains(HostileSiteFixture.Hostile, page.Title);
        var content = page.QuerySelector(kind is "not-found" or "search" ? "header" : "main")!;
        Assert.Contains(HostileSiteFixture.Hostile, content.TextContent);

        // ... none of it became an element or ended a script, ...
        Assert.Empty(page.QuerySelectorAll("b"));
        AssertOnlyDataScriptsAreInline(page, kind);

        // ... and no template read it: {{ Page }} would have written the view model's type name.
        Assert.DoesNotContain("PlanAtlas.", html, StringComparison.Ordinal);
    }

    /// <summary>
    /// The only inline scripts a page may have are its JSON-LD, and the hostile text must not have ended it: the script
    /// is still one whole JSON document, with the text inside as a string; and 404.html's root script, which must be
    /// exactly the one the page source writes (no page text reaches it).
    /// </summary>
    private static void AssertOnlyDataScriptsAreInline(AngleSharp.Html.Dom.IHtmlDocument document, string where)
    {
        var rootScript = Render.Pages.NotFoundPage.RootScript(Render.Pages.NotFoundPage.RootPath(TestSettings.BaseUrl)).Html;
        foreach (var script in document.Scripts.Where(s => string.IsNullOrEmpty(s.Source)))
        {
            if (script.Type is null or "" && script.Text == rootScript)
            {
                Assert.True(where == "not-found" || where.EndsWith("/404.html", StringComparison.Ordinal), $"{where}: the 404 page's root script");
                continue;
            }

            Assert.True(script.Type == "application/ld+json", $"{where}: inline script");
            using var json = System.Text.Json.JsonDocument.Parse(script.Text);
            Assert.Equal("Legislation", json.RootElement.GetProperty("@type").GetString());
        }
    }
}
