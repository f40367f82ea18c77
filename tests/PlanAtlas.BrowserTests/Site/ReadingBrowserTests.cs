using Microsoft.Playwright;
using PlanAtlas.BrowserTests.Infrastructure;

namespace PlanAtlas.BrowserTests.Site;

/// <summary>
/// The pages people read (plan, provision, about, agency, 404) as a reader meets them: on a phone and a laptop, light
/// and dark, printed, and opened from file://. Screenshots named reading-* are saved for people to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadingBrowserTests(BrowserFixture browser, RealSiteFixture real) : IClassFixture<RealSiteFixture>
{
    private const string Plan = "plans/quxian/index.html";
    private const string Provision = "plans/dazu/part_2__sec_4/index.html";
    private const string About = "about/index.html";
    private const string Agency = "agencies/dazu-justice/index.html";

    /// <summary>
    /// One page of every kind the small site has (it has no place pages: they start at 13 plans). Axe runs on the same
    /// kinds at both widths and schemes in PlanPageBrowserTests and JourneyBrowserTests, so not again here.
    /// </summary>
    private static readonly (string Kind, string Path)[] PageKinds =
    [
        ("home", "index.html"),
        ("plan", Plan),
        ("provision", Provision),
        ("about", About),
        ("data", "data/index.html"),
        ("agency-index", "agencies/index.html"),
        ("agency", Agency),
        ("agency-kind", "agencies/kinds/justice/index.html"),
        ("compare-index", "compare/index.html"),
        ("measure", "compare/constitution/index.html"),
        ("pair", "compare/constitution/gansu--quxian/index.html"),
        ("search", "search/index.html?q=%E5%AE%AA%E6%B3%95%E5%AE%A3%E8%AA%93"),
        ("not-found", "404.html"),
    ];

    private static readonly ColorScheme[] Schemes = [ColorScheme.Light, ColorScheme.Dark];

    [Theory]
    [InlineData(375)]
    [InlineData(1280)]
    public async Task No_page_kind_hides_content_sideways(int width)
    {
        var problems = new List<string>();
        foreach (var scheme in Schemes)
        {
            foreach (var (kind, path) in PageKinds)
            {
                await using var page = await OpenAsync(path, Viewports.ForWidth(width), scheme);
                problems.AddRange((await Overflow.FindAsync(page.Page)).Select(p => $"{kind} ({scheme}): {p}"));
                if (kind is "plan" or "provision" or "about" or "not-found" && width == 375)
                {
                    await Shot(page, $"reading-{kind}-{width}-{Name(scheme)}", fullPage: kind != "plan");
                }

            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public async Task Reading_text_runs_at_most_46_Chinese_characters_a_line_at_1280_px()
    {
        var measured = new List<string>();
        foreach (var (path, selector) in new[]
        {
            (Provision, ".provision-page .provision > p:not(.provision-actions)"),
            (Plan, ".plan-text .preamble, .plan-text .provision > p:not(.provision-actions)"),
            (About, ".prose > p"),
            (Agency, ".agency-header > p"),
        })
        {
            await using var page = await OpenAsync(path, Viewports.Desktop, ColorScheme.Light);
            // Chinese characters only: digits and Latin letters (provisions.csv) are narrower and say little about the measure.
            var elements = await TextLines.OfAsync(page.Page, selector, only: @"\p{Script=Han}");
            Assert.NotEmpty(elements);
            var longest = elements.SelectMany(e => e.Lines).Max();
            measured.Add($"{path}: {longest}");
            Assert.True(longest <= 46, $"{path}: a line of {longest} characters");
        }

        // The measure, not the text, limits the lines: the pages' longest paragraphs wrap.
        Assert.All(measured, m => Assert.True(int.Parse(m.Split(": ")[1]) >= 30, m));
    }

    [Fact]
    public async Task On_a_phone_no_heading_or_pager_link_leaves_one_character_alone_on_a_line()
    {
        var orphans = new List<string>();
        foreach (var path in new[] { Plan, Provision, About, Agency, "404.html" })
        {
            await using var page = await OpenAsync(path, Viewports.Phone, ColorScheme.Light);
            await page.Page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            var elements = await TextLines.OfAsync(page.Page, "main h1, main h2, main h3, main h4, main h5, main h6, .pager a", ".heading-anchor, .visually-hidden");
            orphans.AddRange(elements.Where(e => e.Lines.Length > 1 && e.Lines[^1] == 1).Select(e => $"{path}: {e.Text} ({string.Join("/", e.Lines)})"));
        }

        Assert.Empty(orphans);
    }

    [Fact]
    public async Task The_contents_mark_the_section_being_read_and_keep_it_in_view()
    {
        // Without the script the contents are plain links to the sections.
        var html = await File.ReadAllTextAsync(Path.Combine(real.Site.Output, Plan));
        var toc = html[html.IndexOf("<nav class=\"toc\"", StringComparison.Ordinal)..html.IndexOf("</nav>", html.IndexOf("<nav class=\"toc\"", StringComparison.Ordinal), StringComparison.Ordinal)];
        Assert.DoesNotContain("aria-current", toc, StringComparison.Ordinal);

        await using var page = await OpenAsync(Plan, Viewports.Desktop, ColorScheme.Light);
        foreach (var section in new[] { "part_2__sec_3", "part_2__sec_1__art_2", "part_1" })
        {
            // When the reader scrolls to a section
            await page.Page.EvaluateAsync("id => document.getElementById(id).scrollIntoView()", section);

            // Then one entry is current: the section's own or one inside it, and the contents panel shows it
            await page.Page.WaitForFunctionAsync("""
                id => {
                  const current = document.querySelectorAll('.toc [aria-current="location"]');
                  if (current.length !== 1) return false;
                  const target = document.getElementById(current[0].getAttribute('href').slice(1));
                  return document.getElementById(id).closest('section, article').contains(target);
                }
                """, section);
            var shown = await page.Page.EvaluateAsync<bool>("""
                () => {
                  const link = document.querySelector('.toc [aria-current="location"]').getBoundingClientRect();
                  const panel = document.querySelector('.toc').getBoundingClientRect();
                  return link.top >= panel.top && link.bottom <= panel.bottom && link.bottom <= innerHeight;
                }
                """);
            Assert.True(shown, $"{section}: the current entry is scrolled into the contents panel");
        }

        await Shot(page, "reading-plan-toc-1280-light", fullPage: false);
        page.AssertNoErrors();
    }

    [Fact]
    public async Task The_about_pages_table_is_readable_on_a_phone()
    {
        foreach (var scheme in Schemes)
        {
            await using var page = await OpenAsync(About, Viewports.Phone, scheme);

            // Every cell is at least eight characters wide (stacked: a row per card, each cell under its label)
            var widths = await page.Page.EvaluateAsync<double[]>("""
                () => [...document.querySelectorAll('table.sources tbody th, table.sources tbody td')]
                  .map(c => c.getBoundingClientRect().width / parseFloat(getComputedStyle(c).fontSize))
                """);
            Assert.NotEmpty(widths);
            Assert.All(widths, w => Assert.True(w >= 8, $"a cell {w:0.#} characters wide"));
            Assert.Empty(await Overflow.FindAsync(page.Page));

            // And each value says what it is, while the column headings stay in the table for screen readers
            Assert.Equal("\"发布机关\"", await page.Page.EvalOnSelectorAsync<string>("table.sources tbody td", "c => getComputedStyle(c, '::before').content"));
            Assert.Equal(7, await page.Page.Locator("table.sources thead th").CountAsync());
            await Shot(page, $"reading-about-table-375-{Name(scheme)}", fullPage: true);
        }
    }

    // A host shows 404.html at whatever address was missing; an offline copy may hold it at any depth.
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public async Task Opened_from_file_at_any_depth_the_404_page_is_styled_and_its_links_work(int depth)
    {
        var folder = depth == 0 ? string.Empty : "plans/quxian/no-such-provision/";
        var copy = Path.Combine(real.Site.Output, folder, "404.html");
        if (depth > 0)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(Path.Combine(real.Site.Output, "404.html"), copy, overwrite: true);
        }

        try
        {
            foreach (var scheme in Schemes)
            {
                await using var page = await OpenAsync(folder + "404.html", Viewports.Phone, scheme);
                Assert.True(await page.Page.EvaluateAsync<bool>("""
                    () => [...document.querySelectorAll('link[rel=stylesheet]')].every(l => l.sheet !== null)
                      && getComputedStyle(document.querySelector('.site-header')).borderBottomWidth === '3px'
                      && getComputedStyle(document.querySelector('.skip-link')).position === 'absolute'
                    """), "the site's stylesheets load and apply");
                Assert.Equal(real.Site.FileUrl(folder + "404.html") + "#main", await page.Page.EvalOnSelectorAsync<string>(".skip-link", "a => a.href"));
                await Shot(page, $"reading-404-file-depth{depth}-{Name(scheme)}", fullPage: true);

                await page.Page.GetByRole(AriaRole.Link, new() { Name = "返回首页" }).ClickAsync();
                await page.Page.WaitForURLAsync(real.Site.FileUrl("index.html"));

                // Not AssertNoErrors: at depth, Chromium's preload scanner may ask for the stylesheets at the address
                // as written before the head script has set the base; the page then loads them from the root (above).
                Assert.Empty(page.PageErrors);
                page.AssertNoExternalRequests();
            }
        }
        finally
        {
            if (depth > 0)
            {
                Directory.Delete(Path.Combine(real.Site.Output, folder), recursive: true);
            }
        }
    }

    [Theory]
    [InlineData(Provision, "provision")]
    [InlineData(Plan, "plan")]
    public async Task A_printed_page_names_its_source_and_leaves_out_what_only_works_on_a_screen(string path, string kind)
    {
        foreach (var scheme in Schemes)
        {
            // A4 at 96 dpi is 794 px wide.
            await using var page = await OpenAsync(path, new ViewportSize { Width = 794, Height = 1123 }, scheme);
            Assert.False(await page.Page.IsVisibleAsync(".print-source"), "on screen the print lines are hidden");
            await page.Page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
            await page.Page.EmulateMediaAsync(new() { Media = Media.Print, ColorScheme = scheme });

            var source = await page.Page.InnerTextAsync(".print-source");
            Assert.Contains("以发布机关的正式文本为准", source, StringComparison.Ordinal);
            Assert.Contains("发布机关：", source, StringComparison.Ordinal);
            Assert.Contains("来源：", source, StringComparison.Ordinal);
            Assert.Matches(@"打印日期：\d{4}年\d{1,2}月\d{1,2}日", source);

            foreach (var screenOnly in new[] { ".site-header", ".site-search", ".site-footer", ".toc", ".pager", ".skip-link", "[data-copy-link]", "[data-copy-citation]", ".same-measure", ".cite-others" })
            {
                foreach (var element in await page.Page.Locator(screenOnly).AllAsync())
                {
                    Assert.False(await element.IsVisibleAsync(), $"{screenOnly} is not printed");
                }
            }

            Assert.False(await page.Page.GetByText("在全文中查看本条").IsVisibleAsync());
            await Shot(page, $"reading-print-{kind}-{Name(scheme)}", fullPage: kind == "provision");
            if (scheme == ColorScheme.Light)
            {
                var pdf = await page.Page.PdfAsync(new() { Format = "A4", PrintBackground = true });
                Directory.CreateDirectory(RepoPaths.Screenshots);
                await File.WriteAllBytesAsync(Path.Combine(RepoPaths.Screenshots, $"reading-print-{kind}.pdf"), pdf);
                Assert.True(pdf.Length > 1000);
            }
        }
    }

    private async Task<BrowserPage> OpenAsync(string path, ViewportSize viewport, ColorScheme scheme)
    {
        var page = await browser.NewPageAsync(viewport);
        await page.Page.EmulateMediaAsync(new() { ColorScheme = scheme });
        var parts = path.Split('?');
        await page.GotoAsync(real.Site.FileUrl(parts[0]) + (parts.Length > 1 ? "?" + parts[1] : string.Empty));
        return page;
    }

    private static Task Shot(BrowserPage page, string name, bool fullPage) => Screenshots.SaveAsync(page.Page, name, fullPage);

    private static string Name(ColorScheme scheme) => scheme.ToString().ToLowerInvariant();
}
