using PlanAtlas.Routing;

namespace PlanAtlas.Tests.Routing;

public sealed class RelativeLinksTests
{
    [Theory]
    [InlineData("plans/gansu/index.html", "/plans/quxian/", "../quxian/index.html")]
    [InlineData("plans/gansu/index.html", "/plans/gansu/part_1/", "part_1/index.html")]
    [InlineData("plans/gansu/part_1/index.html", "/", "../../../index.html")]
    [InlineData("index.html", "/plans/gansu/", "plans/gansu/index.html")]
    [InlineData("index.html", "/assets/css/site.css", "assets/css/site.css")]
    [InlineData("compare/a/in/510000/index.html", "/compare/ab/", "../../../ab/index.html")]
    [InlineData("plans/gansu/index.html", "/plans/gansu/#part_1", "#part_1")]
    [InlineData("plans/gansu/index.html", "/plans/quxian/#part_1", "../quxian/index.html#part_1")]
    [InlineData("plans/gansu/index.html", "/plans/gansu/", "index.html")]
    public void A_link_is_written_relative_to_its_page(string page, string rootPath, string expected) =>
        Assert.Equal(expected, RelativeLinks.From(page, SiteLink.Root(rootPath)));

    [Theory]
    [InlineData("plans/a/index.html", "../b/index.html", "plans/b/index.html")]
    [InlineData("plans/a/index.html", "./x/../y/./index.html", "plans/a/y/index.html")]
    [InlineData("index.html", "plans//a/index.html", "plans/a/index.html")]
    [InlineData("index.html", "../index.html", null)]
    [InlineData("plans/a/index.html", "../../../index.html", null)]
    [InlineData("plans/a/index.html", "../../", "")]
    public void A_relative_link_leads_to_its_file_or_out_of_the_site(string page, string link, string? expected) =>
        Assert.Equal(expected, RelativeLinks.Resolve(page, link));

    [Fact]
    public void Following_a_written_link_back_leads_to_its_target_at_any_depth_and_length()
    {
        // Long names take the heap path of the span code (past 512 characters) as well as the stack path.
        var longName = new string('长', 600);
        string[] pages = ["index.html", "plans/a/index.html", "plans/a/part_1/index.html", $"x/{longName}/index.html", "compare/m/in/510000/index.html"];
        string[] targets = ["/", "/plans/a/", "/plans/b/part_2/", $"/x/{longName}/", "/compare/m/in/510100/", "/assets/js/plan.js", "/compare/"];
        foreach (var page in pages)
        {
            foreach (var target in targets)
            {
                var link = SiteLink.Root(target);
                var written = RelativeLinks.From(page, link);
                var file = written.StartsWith('#') ? page : RelativeLinks.Resolve(page, written);
                Assert.Equal(Routes.FileFor(link), file);
            }
        }
    }
}
