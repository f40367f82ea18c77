using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PlanAtlas.Data;
using PlanAtlas.Diagnostics;
using PlanAtlas.Check;
using PlanAtlas.Routing;
using PlanAtlas.Render.Pages;
using PlanAtlas.Tests.Infrastructure;

namespace PlanAtlas.Tests.Rendering.Compare;

/// <summary>The comparison pages of the real corpus: the matrix, a measure's page, a two-plan page, validity and links.</summary>
[Collection(CorpusCollection.Name)]
public sealed class ComparePagesTests(CorpusFixture site)
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void The_index_is_a_table_of_measures_by_plans_grouped_by_part()
    {
        var page = Page("compare/index.html");
        var table = page.QuerySelector("main table")!;

        // A caption, a column heading per plan (and the measure and coverage columns)
        Assert.False(string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.TextContent));
        var columns = table.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["纲要措施", "甘肃省", "上海", "凉山州", "渠县 征求意见稿", "大足区", "覆盖"], columns);

        // Seven parts, each a row group with its heading, 28 measure rows, one row of local measures
        var groups = table.QuerySelectorAll("tbody th[scope=rowgroup]").Select(th => th.TextContent).ToList();
        Assert.Equal(7, groups.Count);
        Assert.Equal("二、推动全社会增强法治观念", groups[1]);
        Assert.Equal(29, table.QuerySelectorAll("tbody th[scope=row]").Length);

        // The table scrolls sideways inside a focusable, labelled region on a narrow screen
        var wrap = table.ParentElement!;
        Assert.Equal("region", wrap.GetAttribute("role"));
        Assert.Equal("0", wrap.GetAttribute("tabindex"));
    }

    [Fact]
    public void A_cell_links_to_the_plans_column_or_says_in_words_that_there_is_none()
    {
        var page = Page("compare/index.html");
        var row = Row(page, "维护宪法权威");
        var quxian = row.QuerySelectorAll("td")[3];
        var link = quxian.QuerySelector("a")!;
        Assert.Equal("constitution/index.html#plan-quxian", link.GetAttribute("href"));
        Assert.Equal("3", link.TextContent);

        var empty = Row(page, "完善社会重要领域立法").QuerySelectorAll("td")[4]; // 大足区
        Assert.Null(empty.QuerySelector("a"));
        Assert.Equal("true", empty.QuerySelector("[aria-hidden]")!.GetAttribute("aria-hidden"));
        Assert.Equal("—", empty.QuerySelector("[aria-hidden]")!.TextContent);
        Assert.Equal("没有对应条目", empty.QuerySelector(".visually-hidden")!.TextContent);
    }

    [Fact]
    public void The_local_measures_are_listed_under_the_table()
    {
        var page = Page("compare/index.html");
        var gansu = page.GetElementById("local-gansu")!;

        Assert.Contains("提升协同效能", gansu.TextContent, StringComparison.Ordinal);
        Assert.Equal("../plans/gansu/part_3__sec_3/index.html", gansu.QuerySelector("li a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_measures_page_lists_every_plan_with_full_text_notes_and_links()
    {
        var page = Page("compare/constitution/index.html");

        Assert.Equal("（四）维护宪法权威", page.QuerySelector("h1")!.TextContent);
        var columns = page.QuerySelectorAll(".compare-list > .compare-column").ToList();
        Assert.Equal(["plan-gansu", "plan-shanghai", "plan-liangshan", "plan-quxian", "plan-dazu"], columns.Select(c => c.Id));
        Assert.Equal(["gansu", "shanghai", "liangshan", "quxian", "dazu"], columns.Select(c => c.GetAttribute("data-plan")));

        // 渠县's column: its three provisions under 1.维护宪法权威, each in full, with its note and a link back
        var quxian = columns[3];
        var provisions = quxian.QuerySelectorAll("article.compare-provision").ToList();
        Assert.Equal(3, provisions.Count);
        var first = provisions[0];
        Assert.Equal("quxian-part_2__sec_1__art_1__para_1", first.Id);
        Assert.Equal("二、（一）1.（1）加强宪法学习", first.QuerySelector("h4")!.TextContent);
        Assert.StartsWith("抓好“关键少数”", first.QuerySelector("p")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(first.QuerySelector("dl.note"));
        Assert.Contains(first.QuerySelectorAll("a"), a => a.GetAttribute("href") == "../../plans/quxian/part_2__sec_1__art_1__para_1/index.html");
        Assert.Contains("按所属标题“1.维护宪法权威”自动对应", first.TextContent, StringComparison.Ordinal);

        // The switcher links to each plan of the list
        Assert.Equal(columns.Select(c => "#" + c.Id), page.QuerySelectorAll(".compare-switcher a").Select(a => a.GetAttribute("href")));
        Assert.Contains(page.Scripts, s => s.Source?.EndsWith("assets/js/compare.js", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_measures_page_shows_two_plans_side_by_side_and_a_chooser_for_the_script()
    {
        var page = Page("compare/constitution/index.html");

        // Without a script: the first two plans, their ids prefixed so that none repeats, and no chooser in view
        var side = page.QuerySelectorAll("[data-compare-side] > .compare-column").ToList();
        Assert.Equal(["side-plan-gansu", "side-plan-shanghai"], side.Select(c => c.Id));
        Assert.Equal("side-gansu-part_2__sec_1__art_2", side[0].QuerySelector("article")!.Id);
        Assert.Equal("side-gansu-part_2__sec_1__art_2-title", side[0].QuerySelector("article")!.GetAttribute("aria-labelledby"));
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());

        // The chooser: a labelled select per column, every plan an option, the shown one selected
        var chooser = page.QuerySelector("form[data-compare-chooser]")!;
        Assert.True(chooser.HasAttribute("hidden"));
        var selects = chooser.QuerySelectorAll("select").ToList();
        Assert.Equal(["左栏", "右栏"], selects.Select(s => page.QuerySelector($"label[for={s.Id}]")!.TextContent));
        Assert.All(selects, s => Assert.Equal(["gansu", "shanghai", "liangshan", "quxian", "dazu"], s.QuerySelectorAll("option").Select(o => o.GetAttribute("value"))));
        Assert.Equal(["gansu", "shanghai"], selects.Select(s => s.QuerySelector("option[selected]")!.GetAttribute("value")));

        // Below the columns, a link to the two plans' 条文对照; the script finds the others in the list of pairs
        Assert.Equal("gansu--shanghai/index.html", page.QuerySelector("[data-compare-pair-link] a")!.GetAttribute("href"));
        Assert.Equal(10, page.QuerySelectorAll(".compare-pairs a[data-pair]").Length);
    }

    [Fact]
    public void A_low_scoring_placement_is_marked_uncertain_in_words_wherever_it_is_shown()
    {
        // 上海's 七、（二十八）加强基层法治机构队伍建设 sits under （十五） with a score of 0.15
        var placement = site.Site.PlacementOf(site.Site.FindPlan("shanghai")!.FindDivision("part_7__sec_28")!)!;
        Assert.True(placement.IsUncertain);

        // On the measure's page, beside the provision
        var provision = Page("compare/public-legal-services/index.html").GetElementById("shanghai-part_7__sec_28")!;
        var mark = provision.QuerySelector(".uncertain")!;
        Assert.StartsWith("（对应关系不确定）", mark.TextContent, StringComparison.Ordinal);
        Assert.Contains("0.15", mark.GetAttribute("title"), StringComparison.Ordinal);

        // On the index, after the cell's count
        var cell = Row(Page("compare/index.html"), "为群众提供便捷高效的公共法律服务").QuerySelectorAll("td")[1];
        Assert.Equal("其中 1 条对应关系不确定", cell.QuerySelector(".uncertain-mark .visually-hidden")!.TextContent);

        // Beside the provision on its own page
        var own = Parser.ParseDocument(site.Read("plans/shanghai/part_7__sec_28/index.html"));
        Assert.StartsWith("（对应关系不确定）", own.QuerySelector(".same-measure .uncertain")!.TextContent, StringComparison.Ordinal);

        // A confident placement carries no mark
        Assert.Null(Page("compare/constitution/index.html").QuerySelector(".uncertain"));
    }

    [Fact]
    public void Headings_go_down_one_level_at_a_time()
    {
        foreach (var file in new[] { "compare/index.html", "compare/constitution/index.html", "compare/constitution/gansu--quxian/index.html" })
        {
            var levels = Page(file).QuerySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6").Select(h => h.LocalName[1] - '0').ToList();
            Assert.Equal(1, levels[0]);
            Assert.Equal(1, levels.Count(l => l == 1));
            for (var i = 1; i < levels.Count; i++)
            {
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{file}: h{levels[i]} after h{levels[i - 1]}");
            }
        }
    }

    [Fact]
    public void A_two_plan_page_pairs_sentences_and_says_what_each_row_is()
    {
        var page = Page("compare/constitution/gansu--quxian/index.html");
        var rows = page.QuerySelectorAll("ol.alignment-rows > li").ToList();
        Assert.NotEmpty(rows);

        // Each row says in words what it is, and has a cell per plan (an empty one says so to screen readers)
        var kinds = rows.Select(r => r.QuerySelector(".alignment-kind")!.TextContent).ToList();
        Assert.All(kinds, k => Assert.Matches("^(相同|相近：共有文字约 \\d+%|仅甘肃省有|仅渠县（征求意见稿）有)$", k));
        Assert.Contains(kinds, k => k.StartsWith("相近", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Equal(2, r.QuerySelectorAll(".alignment-cell").Length));
        var alone = rows.First(r => r.ClassList.Contains("is-only-left"));
        Assert.Equal("渠县（征求意见稿）没有对应的语句", alone.QuerySelectorAll(".alignment-cell")[1].QuerySelector(".visually-hidden")!.TextContent);

        // Shared phrases are marked only in similar rows, each at least four characters long
        Assert.All(page.QuerySelectorAll("ol mark.shared"), m =>
        {
            Assert.True(m.Closest("li")!.ClassList.Contains("is-similar"));
            Assert.True(m.TextContent.Length >= 4, m.TextContent);
        });
        Assert.NotEmpty(page.QuerySelectorAll("ol mark.shared"));

        // A provision's first sentence carries its number, linked to its page
        Assert.Contains(page.QuerySelectorAll("a.alignment-number"), a =>
            a.TextContent == "二、（一）1.（1）" && a.GetAttribute("href") == "../../../plans/quxian/part_2__sec_1__art_1__para_1/index.html");

        // Read without the marks, 甘肃省's cells give its provision's text, sentence by sentence
        var gansu = site.Site.FindPlan("gansu")!.FindDivision("part_2__sec_1__art_2")!;
        var text = string.Concat(rows.Select(r => r.QuerySelectorAll(".alignment-cell")[0])
            .Where(c => c.QuerySelector("[aria-hidden]") is null && c.QuerySelector("strong") is null)
            .Select(c => string.Concat(c.ChildNodes.Where(n => n is not IElement e || (e.LocalName == "mark" || e.LocalName == "#text")).Select(n => n.TextContent))));
        Assert.Equal(gansu.Paragraphs[0], text);
    }

    [Fact]
    public void Pairs_are_every_pair_of_the_plans_of_a_measure()
    {
        var pairs = Directory.GetDirectories(Path.Combine(site.Output, "compare", "constitution")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(10, pairs.Count);
        Assert.Contains("gansu--quxian", pairs);
        Assert.Equal(10, Page("compare/constitution/index.html").QuerySelectorAll(".compare-pairs li").Length);
    }

    [Fact]
    public void A_measure_no_plan_has_gets_no_page_and_no_link()
    {
        // A measure's page exists exactly when the index links to it (when at least one plan has the measure)
        var data = site.Compare.Data(site.Site);
        var model = site.Compare.Index(data, data.Places.Tree.Root);
        var uncovered = model.Parts.SelectMany(p => p.Rows).Where(r => r.Href is null).Select(r => r.Id).ToList();
        var pages = site.ComparePages.Select(p => p.RootPath).ToHashSet();

        Assert.All(site.Site.Topics, t => Assert.Equal(!uncovered.Contains(t.Id), pages.Contains(Routes.Measure(t.Id))));
    }

    [Fact]
    public void Every_link_of_the_written_site_resolves()
    {
        var diagnostics = new DiagnosticBag();
        new CheckLinks(site.Output, "output", diagnostics).Run();
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void The_pages_carry_no_plan_text_unescaped()
    {
        Assert.All(site.ComparePages, p => Assert.DoesNotContain("<script>", p.Html, StringComparison.Ordinal));
        Assert.All(site.ComparePages, p => Assert.Contains("<html lang=\"zh-CN\"", p.Html, StringComparison.Ordinal));
    }

    [Fact]
    public void Topic_data_lists_each_measures_provisions_and_fills_the_plan_data()
    {
        var topics = WriteTopicData.ToData(site.Site);
        var constitution = topics.Topics.Single(t => t.Id == "constitution");
        Assert.Equal(28, topics.Topics.Count);
        Assert.Equal(5, constitution.PlanCount);
        Assert.Equal("compare/constitution/", constitution.Url);
        Assert.Contains(constitution.Provisions, p => p is { Plan: "quxian", Id: "part_2__sec_1__art_1__para_3", Source: "inherited" });
        Assert.Equal(178, topics.Topics.Sum(t => t.Provisions.Count) + topics.Unplaced.Count);
        Assert.True(File.Exists(Path.Combine(site.Output, "data", "topics.json")));

        var gansu = site.Site.FindPlan("gansu")!;
        var data = WriteOpenData.ToData(gansu, site.Site, DataStamp.None);
        Assert.Equal("constitution", data.Provisions[1].Topic);
        Assert.InRange(data.Provisions[1].TopicScore!.Value, 0.25, 1);
        var local = data.Provisions.Single(p => p.Id == "part_3__sec_3");
        Assert.Null(local.Topic);
        Assert.Null(local.TopicScore);
    }

    [Fact]
    public void The_home_page_entry_point_leads_to_the_index()
    {
        var entry = CompareIndexPage.EntryPoint(site.Site);
        Assert.Equal(Routes.Compare, entry.Href);
        Assert.Contains("28", entry.Description, StringComparison.Ordinal);
    }

    private IDocument Page(string file) => Parser.ParseDocument(site.Read(file));

    private static IElement Row(IDocument page, string title) =>
        page.QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelector("th[scope=row]")?.TextContent.EndsWith(title, StringComparison.Ordinal) == true);
}
