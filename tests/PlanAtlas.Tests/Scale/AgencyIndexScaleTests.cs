using System.Text.RegularExpressions;

namespace PlanAtlas.Tests.Scale;

/// <summary>
/// The agency index at a size where places split into pages: a split place's table holds only its own plans' agencies,
/// every other plan is a count linking to a page of its agencies, and every plan's rows are on exactly one page.
/// </summary>
[Collection(ScaleSiteCollection.Name)]
public sealed partial class AgencyIndexScaleTests(ScaleSiteFixture scale)
{
    [Fact]
    public void Each_plans_agencies_are_listed_in_full_on_exactly_one_page()
    {
        var pages = scale.Pages("agencies/in").Concat(scale.Pages("agencies/plans")).Prepend("agencies/index.html").ToList();
        var rowsByPage = pages.ToDictionary(p => p, p => RowPlans(scale.Read(p)).Distinct().ToList());

        var listedTwice = rowsByPage.SelectMany(p => p.Value.Select(plan => (Plan: plan, Page: p.Key)))
            .GroupBy(x => x.Plan).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Page))}").ToList();
        Assert.Empty(listedTwice);
        Assert.Contains(rowsByPage, p => p.Key.StartsWith("agencies/plans/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_split_place_lists_only_its_own_plans_in_full_and_links_each_other_plan_to_its_agency_page()
    {
        var split = scale.Paging.Pages.Where(n => n.Count > scale.Paging.Limit).ToList();
        Assert.NotEmpty(split);
        var counted = 0;
        foreach (var node in split)
        {
            var file = node.IsRoot ? "agencies/index.html" : $"agencies/in/{node.Key}/index.html";
            var html = scale.Read(file);
            Assert.All(RowPlans(html), slug => Assert.Contains(node.Plans, p => p.Slug == slug));

            foreach (Match link in PlanAgencyLink().Matches(html))
            {
                var target = new Uri(new Uri("file:///site/" + file), link.Groups[1].Value).AbsolutePath["/site/".Length..];
                var slug = Assert.Single(AgencyPlanPage().Matches(target)).Groups[1].Value;
                var own = RowPlans(scale.Read(target)).Distinct().ToList();
                Assert.Equal([slug], own);
                Assert.Contains(scale.Paging.PlansOn(node), p => p.Slug == slug);
                counted++;
            }
        }

        Assert.True(counted > 0, "no split place page linked a plan's agency page");
    }

    /// <summary>The plan of each row of the agency table (the third cell links to the plan).</summary>
    private static IEnumerable<string> RowPlans(string html) =>
        TableRow().Matches(html).Select(m => m.Groups[1].Value);

    [GeneratedRegex("<tr data-filter=\"[^\"]*\">.*?<td><a href=\"[^\"]*plans/([a-z0-9-]+)/index\\.html\">", RegexOptions.Singleline)]
    private static partial Regex TableRow();

    /// <summary>An entry of 各方案的责任单位: a plan's name and its count of agencies.</summary>
    [GeneratedRegex("<li><a href=\"([^\"]*)\">[^<]*</a> <span class=\"agency-count\">\\d+ 个单位</span>")]
    private static partial Regex PlanAgencyLink();

    [GeneratedRegex("^agencies/plans/([a-z0-9-]+)/index\\.html$")]
    private static partial Regex AgencyPlanPage();
}
