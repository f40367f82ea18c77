using System.Text.RegularExpressions;
using PlanAtlas.Analyse.Topics;
using PlanAtlas.Check;
using PlanAtlas.Diagnostics;
using PlanAtlas.Model;
using PlanAtlas.Model.Jurisdictions;
using PlanAtlas.Render.Views;

namespace PlanAtlas.Tests.Scale;

/// <summary>At a size where every section splits by place: each plan listed once per section, every page bounded.</summary>
[Collection(ScaleSiteCollection.Name)]
public sealed partial class ScaleSiteTests(ScaleSiteFixture scale)
{
    [Fact]
    public void The_corpus_is_large_enough_to_split_at_every_level()
    {
        Assert.True(scale.Site.Plans.Count > scale.Paging.Limit);
        var paged = scale.Paging.Pages.Where(n => !n.IsRoot).ToList();
        Assert.NotEmpty(paged);
        Assert.Contains(scale.Paging.Tree.Root.Children, c => !scale.Paging.HasPage(c)); // a place with a single plan stays inline
    }

    [Theory]
    [InlineData("index.html", "places")]
    [InlineData("compare/index.html", "compare/in")]
    public void Every_plan_is_listed_on_exactly_one_page_of_the_section(string national, string places)
    {
        var pages = scale.Pages(places).Prepend(national).ToList();
        var listed = pages.SelectMany(p => ListedPlans(p, scale.Read(p))).ToList();

        Assert.Equal(scale.Site.Plans.Select(p => p.Slug).Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.Equal(scale.Paging.Pages.Count(), pages.Count);
    }

    [Fact]
    public void A_page_holds_at_most_its_own_plans_and_one_entry_per_place_under_it()
    {
        foreach (var node in scale.Paging.Pages)
        {
            var file = node.IsRoot ? "compare/index.html" : $"compare/in/{node.Key}/index.html";
            var columns = ColumnHeader().Matches(scale.Read(file)).Count;
            var bound = node.Count <= scale.Paging.Limit ? node.Count : node.Plans.Count + node.Children.Count;
            Assert.InRange(columns, 1, bound);
        }
    }

    [Fact]
    public void A_measure_page_of_a_place_shows_side_by_side_the_plans_of_that_place_that_have_the_measure()
    {
        var counterparts = new Counterparts(scale.Site);
        var (node, topic) = scale.Paging.Pages.Where(n => !n.IsRoot)
            .SelectMany(n => scale.Site.Topics.Select(t => (Node: n, Topic: t)))
            .First(x => scale.Paging.PlansOn(x.Node).Count(p => counterparts.Of(x.Topic).Any(c => c.Plan == p)) >= 2);
        var expected = scale.Paging.PlansOn(node).Where(p => counterparts.Of(topic).Any(c => c.Plan == p)).Select(p => p.Slug).ToList();

        var html = scale.Read($"compare/{topic.Id}/in/{node.Key}/index.html");
        var shown = ColumnId().Matches(html).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(expected, shown);
    }

    [Fact]
    public void Beside_a_provision_the_plan_above_comes_first_among_the_same_measure()
    {
        var counterparts = new Counterparts(scale.Site);
        var found = (from plan in scale.Site.Plans
                     let chain = scale.Site.JurisdictionOf(plan)
                     where chain is not null
                     from provision in plan.Provisions
                     let set = counterparts.For(provision, PlanViews.CounterpartPlansShown)
                     where set.Topic is not null
                     let above = chain.Ancestors.Reverse().Select(a => a.Plan).OfType<Plan>()
                         .FirstOrDefault(p => counterparts.Of(set.Topic!).Any(c => c.Plan == p))
                     where above is not null
                     select (Plan: plan, Provision: provision, Above: above, Set: set)).First();

        Assert.Equal(found.Above, found.Set.Plans[0].Plan);
        var page = scale.Read($"plans/{found.Plan.Slug}/{found.Provision.Id}/index.html");
        Assert.Matches($"<span class=\"counterpart\">{Regex.Escape(found.Above.Metadata.Label)} ", page);
        Assert.True(found.Set.Plans.Count <= PlanViews.CounterpartPlansShown);
    }

    [Fact]
    public void Every_link_of_the_written_site_resolves_as_a_full_parser_reads_it()
    {
        var diagnostics = new DiagnosticBag();
        new CheckLinks(scale.Output, "output", diagnostics).Run();
        Assert.Empty(diagnostics.Items);
    }

    /// <summary>The plans a home/place page shows as cards, or a comparison index as columns.</summary>
    private static IEnumerable<string> ListedPlans(string file, string html) => file.StartsWith("compare", StringComparison.Ordinal)
        ? ColumnHeader().Matches(html).Select(m => PlanHref().Match(m.Groups[1].Value)).Where(m => m.Success).Select(m => m.Groups[1].Value)
        : PlanCard().Matches(html).Select(m => m.Groups[1].Value);

    [GeneratedRegex("<li class=\"plan-card\">.*?plans/([a-z0-9-]+)/index\\.html", RegexOptions.Singleline)]
    private static partial Regex PlanCard();

    /// <summary>A column heading of the comparison index (its link: a plan's page or a place's index).</summary>
    [GeneratedRegex("<th scope=\"col\"><a href=\"([^\"]*)\"")]
    private static partial Regex ColumnHeader();

    [GeneratedRegex("plans/([a-z0-9-]+)/index\\.html$")]
    private static partial Regex PlanHref();

    [GeneratedRegex("<section class=\"compare-column\" id=\"plan-([a-z0-9-]+)\"")]
    private static partial Regex ColumnId();
}
