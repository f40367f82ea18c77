using PlanAtlas.Routing;
using PlanAtlas.Render.Theme;

namespace PlanAtlas.Tests.Rendering.Theme;

/// <summary>The engine's contract with a theme, on a theme of two lines: what is encoded, what is not, what is cut.</summary>
public sealed class TemplateEngineTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "planatlas-theme-" + Guid.NewGuid().ToString("N"));

    private sealed record TextView(string Text, RawHtml Markup);

    [Fact]
    public void Text_is_encoded_and_only_RawHtml_is_written_as_it_is()
    {
        // Given a layout writing a text and a C#-built fragment, and a partial writing its model
        var engine = Engine("<p>{{ Page.Text }}</p>{{ Page.Markup }}{{ partial \"echo\" Page.Text }}");

        // When a page whose text holds markup and template syntax is rendered
        var html = engine.Render("page", Shell(), new TextView("{{ Page }}<b>&", new RawHtml("<hr>")), new LinkWriter("index.html"));

        // Then the text is encoded wherever it is written, and the fragment is not
        Assert.Equal("<main><p>{{ Page }}&lt;b&gt;&amp;</p><hr><i>{{ Page }}&lt;b&gt;&amp;</i></main>", html);
    }

    [Fact]
    public void A_page_longer_than_Scriban_s_default_limit_is_written_whole()
    {
        var engine = Engine("{{ Page.Text }}");
        var text = new string('法', 1_200_000);

        var html = engine.Render("page", Shell(), new TextView(text, new RawHtml(string.Empty)), new LinkWriter("index.html"));

        Assert.Equal($"<main>{text}</main>", html);
    }

    [Fact]
    public void A_partial_kept_in_a_variable_is_written_as_often_as_the_template_writes_it()
    {
        // Partials render into pooled builders: one written twice, or after another partial, must still be itself.
        var engine = Engine("{{ first = partial \"echo\" Page.Text }}{{ partial \"echo\" \"二\" }}{{ first }}|{{ first }}");

        var html = engine.Render("page", Shell(), new TextView("一", new RawHtml(string.Empty)), new LinkWriter("index.html"));

        Assert.Equal("<main><i>二</i><i>一</i>|<i>一</i></main>", html);
    }

    [Fact]
    public void Pages_rendered_at_once_on_many_threads_each_get_their_own_text()
    {
        // The builders are reused page after page on a thread, and the model's accessors are shared by every thread.
        var engine = Engine("{{ partial \"nest\" Page.Text }}{{ Page.Markup }}");
        Write("layouts/_partials/nest.sbn-html", "[{{ partial \"echo\" model }}]");
        engine = new TemplateEngine(ThemeTemplates.Parse(new ThemeFiles(_root, Path.Combine(_root, "no-input"))));

        var pages = Enumerable.Range(0, 2000).ToArray();
        var html = new string[pages.Length];
        Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            html[i] = engine.Render("page", Shell(), new TextView(new string('文', i % 50) + i, new RawHtml($"<hr id=\"{i}\">")), new LinkWriter("index.html")));

        Assert.All(pages, i => Assert.Equal($"<main>[<i>{new string('文', i % 50)}{i}</i>]<hr id=\"{i}\"></main>", html[i]));
    }

    private TemplateEngine Engine(string layout)
    {
        Write("layouts/baseof.sbn-html", "<main>{{ Main }}</main>");
        Write("layouts/page.sbn-html", layout);
        Write("layouts/_partials/echo.sbn-html", "<i>{{ model }}</i>");
        return new TemplateEngine(ThemeTemplates.Parse(new ThemeFiles(_root, Path.Combine(_root, "no-input"))));
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static PageShell Shell() => new() { SiteTitle = "站", Title = "页", Description = string.Empty, Path = Routes.Home, Nav = [] };

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
