using PlanAtlas.Routing;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using PlanAtlas.Analyse.Agencies;
using PlanAtlas.Diagnostics;
using PlanAtlas.Model;
using PlanAtlas.Model.Agencies;
using PlanAtlas.Render.Pages;
using PlanAtlas.Tests.Analyse.Agencies;
using PlanAtlas.Testing;

using PlanAtlas.Tests.Infrastructure;

// Not PlanAtlas.Tests.Render: that namespace would hide PlanAtlas.Render from code that writes Render.RenderContext.

namespace PlanAtlas.Tests.Rendering.Agencies;

/// <summary>The agency index, agency and kind pages of the real corpus, rendered through the real theme.</summary>
[Collection(CorpusCollection.Name)]
public sealed class AgencyPagesTests(CorpusFixture site)
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void The_site_with_agency_pages_builds_without_errors_or_broken_links()
    {
        Assert.False(site.Diagnostics.HasErrors, string.Join("\n", site.Diagnostics.Items));
        Assert.DoesNotContain(site.Diagnostics.Items, d => d.Code is DiagnosticCodes.BrokenLink or DiagnosticCodes.UnknownAgency);
        Assert.True(File.Exists(Path.Combine(site.Output, "agencies", "index.html")));
    }

    [Fact]
    public void Every_named_agency_of_the_annotated_plans_has_a_page_linked_from_the_index()
    {
        // Given the index page's links, resolved to files
        var index = Document("agencies/index.html");
        var linked = Links(index, "agencies/index.html");

        // Then every agency that a note names has its page, and the index links to it
        var named = 0;
        foreach (var plan in site.Site.Plans)
        {
            foreach (var mention in plan.Provisions.Where(p => p.Note is not null).SelectMany(p => p.Note!.Lead.Concat(p.Note.Participants)))
            {
                var agency = site.Index.Find(plan, mention);
                Assert.True(agency is not null, $"{plan.Slug}: '{mention}' has no agency");
                var page = $"agencies/{agency.Slug}/index.html";
                Assert.True(File.Exists(Path.Combine(site.Output, page)), $"{page} is missing");
                Assert.Contains(page, linked);
                named++;
            }
        }

        Assert.True(named > 300, $"only {named} mentions");
        Assert.Equal(site.Index.Agencies.Count, linked.Count(l => l.StartsWith("agencies/", StringComparison.Ordinal) && !l.StartsWith("agencies/kinds/", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_kind_page_is_linked_from_the_index_and_lists_its_agencies_side_by_side()
    {
        var index = Links(Document("agencies/index.html"), "agencies/index.html");
        foreach (var kind in site.Index.Kinds)
        {
            var file = $"agencies/kinds/{kind.Id}/index.html";
            Assert.Contains(file, index);
            var page = Links(Document(file), file);
            Assert.All(site.Index.OfKind(kind), a => Assert.Contains($"agencies/{a.Slug}/index.html", page));
        }

        // The justice bureau of 凉山州, 渠县 and 大足区 side by side, with their counts
        var justice = Document("agencies/kinds/justice/index.html");
        Assert.Equal("司法行政机关", justice.QuerySelector("h1")!.TextContent);
        var rows = justice.QuerySelectorAll("table.agency-summary tbody tr")
            .Select(r => string.Join("|", r.Children.Select(c => c.TextContent.Trim()))).ToList();
        // (州司法局 is 凉山州司法局 without its place: the name says all of it, so no short form follows)
        Assert.Equal(["凉山州司法局|凉山州|17|5|22", "渠县司法局|渠县（征求意见稿）|27|3|30", "大足区司法局|大足区|12|2|14"], rows);
        // With topics, a table: one row per outline measure, one column per jurisdiction's bureau
        var table = justice.QuerySelector("table.agency-compare-table")!;
        Assert.Equal(["凉山州司法局", "渠县司法局", "大足区司法局"], table.QuerySelectorAll("thead th a").Select(h => h.TextContent));
        var constitution = table.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("维护宪法权威"));
        Assert.All(constitution.QuerySelectorAll("td"), td => Assert.NotNull(td.QuerySelector("a")));
    }

    [Fact]
    public void An_agency_page_lists_what_it_leads_and_joins_with_links_to_the_provisions_and_the_co_leaders()
    {
        var page = Document("agencies/quxian-justice/index.html");

        Assert.Equal("渠县司法局", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["牵头的措施 30 项".Replace("30", "27"), "参加的措施 3 项"], page.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.Equal(27, page.QuerySelectorAll("#agency-lead ~ section li.agency-measure, section[aria-labelledby=agency-lead] li.agency-measure").Length);

        // The first measure: 二、（一）1.（1）加强宪法学习, led together with 县委办 and others
        var first = page.QuerySelector("section[aria-labelledby=agency-lead] li.agency-measure")!;
        var link = first.QuerySelector("a")!;
        Assert.Equal("二、（一）1.（1）加强宪法学习", link.TextContent);
        Assert.Equal("../../plans/quxian/part_2__sec_1__art_1__para_1/index.html", link.GetAttribute("href"));
        Assert.Equal("共同牵头：", first.QuerySelector(".agency-co-label")!.TextContent);
        Assert.Equal(["渠县委办公室", "渠县人民政府办公室", "渠县委组织部", "渠县教育局"], first.QuerySelectorAll(".agency-co a").Select(a => a.TextContent));
        Assert.Equal("../quxian-party-office/index.html", first.QuerySelector(".agency-co a")!.GetAttribute("href"));

        // Grouped by the outline's measures, in outline order: 渠县's （1） 加强宪法学习 under 维护宪法权威
        var groups = page.QuerySelectorAll("section[aria-labelledby=agency-lead] h3").Select(h => h.TextContent).ToList();
        Assert.Equal("纲要（四）维护宪法权威", groups[0]);
        Assert.All(groups, g => Assert.StartsWith("纲要（", g));
        var numbers = groups.Select(g => site.Site.Topics.Single(t => g == "纲要" + t.Marker + t.Title).Number).ToList();
        Assert.Equal(numbers.Order(), numbers);
    }

    [Fact]
    public void The_index_groups_agencies_by_kind_in_one_accessible_table_with_a_filter_for_scripts()
    {
        var page = Document("agencies/index.html");
        var table = page.QuerySelector("table.agency-table")!;

        Assert.NotNull(table.QuerySelector("caption"));
        Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        Assert.All(table.QuerySelectorAll("tbody th"), th => Assert.Contains(th.GetAttribute("scope"), new[] { "row", "rowgroup" }));
        Assert.Equal(site.Index.Kinds.Count, table.QuerySelectorAll("tbody").Length);
        Assert.Equal(site.Index.Agencies.Count, table.QuerySelectorAll("tbody tr[data-filter]").Length);

        // The filter has a label, and stays hidden until the script shows it; the script is loaded
        var filter = page.QuerySelector("[data-agency-filter]")!;
        Assert.True(filter.HasAttribute("hidden"));
        Assert.NotNull(filter.QuerySelector("label[for=agency-filter-input]"));
        Assert.NotNull(page.GetElementById("agency-filter-input"));
        Assert.Contains(page.QuerySelectorAll("script[src]"), s => s.GetAttribute("src")!.EndsWith("assets/js/agencies.js", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(RepoPathsTheme, "assets", "js", "agencies.js")));

        // A row: name (and how the plan writes it), kind, plan and counts
        var row = table.QuerySelectorAll("tbody tr[data-filter]").Single(r => r.QuerySelector("th a")!.TextContent == "渠县委办公室");
        Assert.Equal(["渠县委办公室（县委办）", "党委办公室", "渠县（征求意见稿）", "4", "0", "4"], row.Children.Select(c => c.TextContent));
        Assert.Contains("县委办", row.GetAttribute("data-filter"));
    }

    [Fact]
    public void Plans_without_notes_produce_no_section_row_or_page()
    {
        var gansu = site.Site.FindPlan("gansu")!;
        var shanghai = site.Site.FindPlan("shanghai")!;
        foreach (var file in AgencyFiles())
        {
            var page = Parser.ParseDocument(File.ReadAllText(file));
            var main = page.QuerySelector("main")!;
            Assert.DoesNotContain(gansu.Metadata.Short, main.TextContent);
            Assert.DoesNotContain(shanghai.Metadata.Short, main.TextContent);
            Assert.DoesNotContain(main.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.Contains("plans/gansu/", StringComparison.Ordinal)
                || a.GetAttribute("href")!.Contains("plans/shanghai/", StringComparison.Ordinal));

            // No empty sections or lists anywhere
            foreach (var section in main.QuerySelectorAll("section"))
            {
                Assert.True(section.QuerySelector("li, tr") is not null, $"{file}: empty section '{section.QuerySelector("h1, h2, h3, h4")?.TextContent}'");
            }

            Assert.All(main.QuerySelectorAll("ul"), ul => Assert.NotEmpty(ul.Children));
        }

        Assert.DoesNotContain(Directory.GetDirectories(Path.Combine(site.Output, "agencies")), d => Path.GetFileName(d).StartsWith("gansu", StringComparison.Ordinal) || Path.GetFileName(d).StartsWith("shanghai", StringComparison.Ordinal));
    }

    [Fact]
    public void Headings_are_in_order_and_every_table_has_a_caption_and_scoped_headers()
    {
        foreach (var file in AgencyFiles())
        {
            var page = Parser.ParseDocument(File.ReadAllText(file));
            var levels = page.QuerySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6").Select(h => h.LocalName[1] - '0').ToList();
            Assert.Equal(1, levels[0]);
            Assert.Equal(1, levels.Count(l => l == 1));
            for (var i = 1; i < levels.Count; i++)
            {
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{file}: h{levels[i]} after h{levels[i - 1]}");
            }

            foreach (var table in page.QuerySelectorAll("table"))
            {
                Assert.False(string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.TextContent), $"{file}: table without caption");
                Assert.All(table.QuerySelectorAll("th"), th => Assert.False(string.IsNullOrEmpty(th.GetAttribute("scope")), $"{file}: th without scope"));
            }
        }
    }

    [Fact]
    public void Links_are_relative_and_point_at_files()
    {
        foreach (var file in AgencyFiles())
        {
            var page = Parser.ParseDocument(File.ReadAllText(file));
            foreach (var a in page.QuerySelectorAll("a[href]"))
            {
                var href = a.GetAttribute("href")!;
                Assert.False(href.StartsWith('/'), $"{file}: root link {href}");
                Assert.False(href.Split('#')[0].EndsWith('/'), $"{file}: folder link {href}");
            }
        }
    }

    [Fact]
    public void Names_from_the_plans_are_escaped()
    {
        // Given a plan whose note names an agency with markup in its name
        var diagnostics = new DiagnosticBag();
        var plans = AgencyCorpus.LoadPlans([("input/plans/a.md", """
            ---
            slug: a
            title: 甲县法治社会建设实施方案（2021—2025年）
            level: county
            responsibility: semicolon
            ---

            一、主要任务

            （1）加强宪法学习。抓好关键少数。（责任单位：县<script>alert(1)</script>局；县司法局）

            """)], diagnostics);
        var index = new BuildAgencyIndex().Run(plans, site.Registry, diagnostics);
        var model = new SiteModel { Plans = plans };

        // When its pages are rendered
        var pages = CorpusFixture.AgencyPages(site.RenderContext, index).SelectMany(p => p.Render(model)).ToList();

        // Then the name is text, never markup
        var agency = Assert.Single(index.Unregistered);
        Assert.Contains("<script>", agency.Name);
        Assert.All(pages, p => Assert.Null(Parser.ParseDocument(p.Html).QuerySelector("main script")));
        var page = pages.Single(p => p.RootPath == Routes.Agency(agency.Slug));
        Assert.Equal(agency.Name, Parser.ParseDocument(page.Html).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void With_topics_measures_are_grouped_by_topic_and_kinds_are_compared_topic_by_topic()
    {
        // Given placements for 渠县's first three provisions: two under the outline's （四）, one a local measure
        var (model, constitution) = WithTopics();
        var context = site.RenderContext;

        // When the justice bureau's page and the justice kind page are rendered
        var agencyPage = new AgencyPages(context, site.Index).Render(model).Single(p => p.RootPath.Value == "/agencies/quxian-justice/");
        var kindPage = new AgencyKindPages(context, site.Index).Render(model).Single(p => p.RootPath.Value == "/agencies/kinds/justice/");
        var agency = Parser.ParseDocument(agencyPage.Html);
        var kind = Parser.ParseDocument(kindPage.Html);

        // Then its measures are under the topic first, the local measure next, the rest under the part heading
        var groups = agency.QuerySelectorAll("section[aria-labelledby=agency-lead] h3").Select(h => h.TextContent).ToList();
        Assert.Equal(["纲要（四）" + constitution.Title, "未对应纲要的措施", "二、（一）推动全社会增强法治观念"], groups.Take(3));

        // And the kind page compares the jurisdictions topic by topic in a table
        var table = kind.QuerySelector("table.agency-compare-table")!;
        Assert.NotNull(table.QuerySelector("caption"));
        Assert.Equal(["纲要措施", "凉山州司法局", "渠县司法局", "大足区司法局"], table.QuerySelectorAll("thead th").Select(th => th.TextContent));
        var first = table.QuerySelectorAll("tbody tr")[0];
        Assert.Equal("纲要（四）" + constitution.Title, first.QuerySelector("th[scope=row]")!.TextContent);
        Assert.Equal("无", first.Children[1].TextContent);
        Assert.Equal(2, first.Children[2].QuerySelectorAll("li").Length);
        Assert.Empty(kind.QuerySelectorAll(".agency-panel"));
    }

    [Fact]
    public void An_empty_index_renders_an_index_page_without_a_table_or_a_script()
    {
        var empty = new SiteModel { Plans = site.Site.Plans.Where(p => p.Slug is "gansu" or "shanghai").ToList() };

        var page = Assert.Single(new AgencyIndexPage(site.RenderContext, AgencyIndex.Empty).Render(empty));
        var document = Parser.ParseDocument(page.Html);

        Assert.Null(document.QuerySelector("table"));
        Assert.Null(document.QuerySelector("section"));
        Assert.Null(document.QuerySelector("script[src$='agencies.js']")); // the header's search box has its own
        Assert.Contains("都没有逐条列明责任单位", document.QuerySelector("main")!.TextContent);
        Assert.Empty(new AgencyPages(site.RenderContext, AgencyIndex.Empty).Render(empty));
        Assert.Empty(new AgencyKindPages(site.RenderContext, AgencyIndex.Empty).Render(empty));
    }

    [Fact]
    public void Mentions_in_notes_link_to_their_agency_page()
    {
        var plan = site.Site.FindPlan("dazu")!;
        var provision = plan.FindDivision("part_2__sec_4")!;

        var hrefs = provision.Note!.Lead.Select(m => Routes.AgencyOf(site.Index, plan, m)?.Value).ToList();

        Assert.Equal(["/agencies/dazu-congress-office/", "/agencies/dazu-publicity/", "/agencies/dazu-organisation/", "/agencies/dazu-justice/", "/agencies/dazu-education-commission/"], hrefs);
        Assert.All(provision.Note.CatchAll, c => Assert.Null(Routes.AgencyOf(site.Index, plan, new AgencyMention(c))));
    }

    private (SiteModel Model, Topic Constitution) WithTopics()
    {
        var quxian = site.Site.FindPlan("quxian")!;
        var constitution = new Topic("constitution", 4, "二、推动全社会增强法治观念", "维护宪法权威", []);
        var placements = new Dictionary<Division, TopicPlacement>
        {
            [quxian.Provisions[0]] = new(constitution, 0.8, PlacementSource.Aligned),
            [quxian.Provisions[1]] = new(constitution, 0.7, PlacementSource.Inherited),
            [quxian.Provisions[3]] = new(null, 0.05, PlacementSource.Unplaced),
        };
        return (new SiteModel { Plans = site.Site.Plans, Topics = [constitution], Placements = placements }, constitution);
    }

    private static string RepoPathsTheme => Path.Combine(RepoPaths.Root, "themes", "default");

    private List<string> AgencyFiles() =>
        Directory.GetFiles(Path.Combine(site.Output, "agencies"), "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    private IHtmlDocument Document(string relativePath) => Parser.ParseDocument(site.Read(relativePath));

    /// <summary>The site files a page links to (relative to the output folder), fragments dropped.</summary>
    private HashSet<string> Links(IDocument page, string pageFile)
    {
        var folder = Path.GetDirectoryName(Path.Combine(site.Output, pageFile))!;
        return page.QuerySelectorAll("main a[href]")
            .Select(a => a.GetAttribute("href")!.Split('#')[0])
            .Where(h => h.Length > 0)
            .Select(h => Path.GetRelativePath(site.Output, Path.GetFullPath(Path.Combine(folder, h))).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);
    }
}
