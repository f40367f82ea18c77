using PlanAtlas.Check;

namespace PlanAtlas.Tests.Check;

public sealed class SiteLinksTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(500)] // a plan page: more ids than are searched one by one
    public void A_page_has_exactly_the_ids_it_was_recorded_with(int count)
    {
        var links = new SiteLinks();
        var ids = Enumerable.Range(0, count).Select(i => $"part_{i}").ToHashSet(StringComparer.Ordinal);
        links.Set("plans/a/index.html", new PageLinks(ids, []));

        Assert.All(ids, id => Assert.True(links.HasId("plans/a/index.html", id), id));
        Assert.False(links.HasId("plans/a/index.html", $"part_{count}"));
        Assert.False(links.HasId("plans/a/index.html", "PART_0"));
        Assert.False(links.HasId("plans/b/index.html", "part_0"));
    }
}
