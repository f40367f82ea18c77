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

    [Fact]
    public void Files_and_folders_are_those_given_or_those_of_a_build_with_the_same_files()
    {
        string[] files = ["index.html", "plans/a/index.html", "plans/a/p1.html"];
        var last = new SiteLinks().WithFiles(files, _ => string.Empty);
        Assert.True(last.HasFile("plans/a/p1.html"));
        Assert.True(last.HasFolder("plans/a"));
        Assert.True(last.HasFolder("plans"));
        Assert.False(last.HasFolder("plans/a/p1.html"));

        // A rebuild with the same files takes the last build's sets, whatever it is handed.
        var rebuilt = new SiteLinks().WithFiles([], _ => string.Empty, sameFiles: last);
        Assert.True(rebuilt.HasFile("plans/a/p1.html"));
        Assert.True(rebuilt.HasFolder("plans/a"));

        var other = new SiteLinks().WithFiles(["index.html"], _ => string.Empty);
        Assert.False(other.HasFile("plans/a/p1.html"));
        Assert.False(other.HasFolder("plans"));
    }

    [Fact]
    public void A_rebuild_keeps_the_last_builds_ids_until_it_records_a_page_again_and_leaves_the_last_build_as_it_was()
    {
        var last = new SiteLinks();
        last.Set("plans/a/index.html", new PageLinks(new HashSet<string> { "part_1" }, []));
        last.Set("plans/b/index.html", new PageLinks(new HashSet<string> { "part_2" }, []));

        var rebuilt = SiteLinks.Keeping(last);
        Assert.True(rebuilt.HasId("plans/a/index.html", "part_1"));
        Assert.True(rebuilt.SameIds("plans/b/index.html", last));

        rebuilt.Set("plans/b/index.html", new PageLinks(new HashSet<string> { "part_3" }, []));
        Assert.False(rebuilt.SameIds("plans/b/index.html", last));
        Assert.True(rebuilt.HasId("plans/b/index.html", "part_3"));
        Assert.True(last.HasId("plans/b/index.html", "part_2"));
        Assert.False(last.HasId("plans/b/index.html", "part_3"));
    }
}
