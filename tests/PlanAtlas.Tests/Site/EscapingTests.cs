using AngleSharp.Html.Parser;

namespace PlanAtlas.Tests.Site;

/// <summary>Text from the plans is data: a plan cannot inject markup or script into the site.</summary>
public sealed class EscapingTests
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
            Assert.All(document.Scripts, s => Assert.False(string.IsNullOrEmpty(s.Source), $"{file}: inline script"));
            Assert.Empty(document.QuerySelectorAll("main img, main b"));
        }

        var provision = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "plans", "a", "part_1__art_1", "index.html")));
        Assert.Equal("1.加强\"宣传\"<b>学习</b>", provision.QuerySelector("h1")!.TextContent);
        Assert.Contains("正文<script>alert(3)</script>&amp;结束。", provision.QuerySelector("main article p")!.TextContent);
        Assert.Contains("甲县<script>alert(1)</script>方案", provision.Title);
    }
}
