using PlanAtlas.Diagnostics;
using PlanAtlas.Pipeline;

namespace PlanAtlas.Tests.Rendering.Theme;

/// <summary>
/// A broken theme override under input/ fails the build with <c>path:line:col: error PA502</c> at the override itself,
/// whichever render thread met it, and nothing is written.
/// </summary>
public sealed class TemplateErrorTests
{
    [Fact]
    public void An_unclosed_block_is_reported_in_the_override()
    {
        // Given an about page whose loop has no end
        using var site = SiteWithOverride("layouts/about.sbn-html", "<h1>关于</h1>\n<ul>{{ for plan in Page.Plans }}\n<li>{{ plan.Title }}</li>\n</ul>\n");

        // When the site is built
        var result = site.Build();

        // Then the build fails in the override, where Scriban gave up looking for the end (after the last code block)
        AssertFailsAt(site, result, "input/layouts/about.sbn-html", 3, 21, "The <end> statement was not found");
    }

    [Fact]
    public void An_unknown_partial_is_reported_at_the_call()
    {
        // Given an about page that calls a partial the theme does not have
        using var site = SiteWithOverride("layouts/about.sbn-html", "<h1>关于</h1>\n<p>{{ partial \"colophon\" }}</p>\n");

        var result = site.Build();

        AssertFailsAt(site, result, "input/layouts/about.sbn-html", 2, 7, "unknown partial 'colophon'");
    }

    [Fact]
    public void An_unknown_member_in_a_partial_rendered_on_many_threads_is_reported_once()
    {
        // Given a provision partial, rendered by the plan and provision pages in parallel, with a typo in a member name
        using var site = SiteWithOverride("layouts/_partials/provision.sbn-html", "<article>\n<h2>{{ model.Titel }}</h2>\n</article>\n");

        var result = site.Build();

        AssertFailsAt(site, result, "input/layouts/_partials/provision.sbn-html", 2, 14, "Titel");
    }

    [Fact]
    public void An_override_that_is_a_link_to_nothing_is_reported_at_the_link()
    {
        // Given an about page override that is a symbolic link whose target was moved away
        using var site = SiteWithOverride("layouts/about.sbn-html", "<h1>关于</h1>\n");
        var link = Path.Combine(site.Root, "input", "layouts", "about.sbn-html");
        File.Delete(link);
        File.CreateSymbolicLink(link, Path.Combine(site.Root, "moved-away.sbn-html"));

        var result = site.Build();

        AssertFailsAt(site, result, "input/layouts/about.sbn-html", 1, 1, "is a link to '" + Path.Combine(site.Root, "moved-away.sbn-html") + "', which does not exist");
    }

    /// <summary>A one-plan site (two provisions, so that several pages render the partial) with one theme file overridden.</summary>
    private static TempSite SiteWithOverride(string relativePath, string template)
    {
        var site = new TempSite();
        site.WritePlan("a.md", """
            ---
            slug: a
            title: 甲县法治社会建设实施方案
            level: county
            ---

            一、主要任务

            1.加强宪法学习。正文。

            2.加强宪法宣传。正文。

            """);
        site.WriteInput(relativePath, template);
        return site;
    }

    private static void AssertFailsAt(TempSite site, BuildResult result, string path, int line, int column, string message)
    {
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.TemplateError, error.Code);
        Assert.Equal(new SourceLocation(path, line, column), error.Location);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{path}:{line}:{column}: error PA502: ", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }
}
