using PlanAtlas.Analyse.Compare;
using PlanAtlas.Routing;
using System.Globalization;
using PlanAtlas.Analyse.Topics;
using PlanAtlas.Model;
using PlanAtlas.Model.Jurisdictions;
using PlanAtlas.Render.Charts;
using PlanAtlas.Render.ViewModels;

namespace PlanAtlas.Render.Views;

/// <summary>
/// Builds the view models of the comparison pages from the site's placements. Everything the templates show is
/// computed here (counts, labels for screen readers, the diff runs), so the templates only loop and test flags.
/// </summary>
/// <param name="comparisons">The previous build's diffs (preview); every diff is computed afresh when null.</param>
public sealed class CompareViews(PlanViews views, CompareOptions options, ComparisonCache? comparisons = null)
{
    public CompareOptions Options { get; } = options;

    private readonly Lock _gate = new();
    private CompareData? _data;

    /// <summary>
    /// The plans in column order and, per topic, each plan's provisions of it (one pass over the placements), computed
    /// once per site for the index, the measure pages and the plan-above pages.
    /// </summary>
    public CompareData Data(SiteModel site)
    {
        lock (_gate)
        {
            return _data is { } data && data.Site == site ? data : _data = Compute(site);
        }
    }

    private CompareData Compute(SiteModel site)
    {
        var plans = CompareOptions.Order(site.Plans);
        var counterparts = views.Counterparts ?? new Counterparts(site);
        var byTopic = site.Topics.ToDictionary(t => t, t => counterparts.Of(t));
        var local = plans.Select(p => (Plan: p, Provisions: (IReadOnlyList<Division>)p.Provisions.Where(d => site.PlacementOf(d)?.Topic is null).ToList())).ToList();
        return new CompareData(site, plans, byTopic, local);
    }

    /// <summary>The comparison index of a place (the nation for the root): its plans and places as columns.</summary>
    public CompareIndexView Index(CompareData data, PlaceNode page)
    {
        var site = data.Site;
        var columns = Columns(data.Places, page);
        var parts = site.Topics.GroupBy(t => t.Part, StringComparer.Ordinal).Select((part, i) => new ComparePartRows(
            part.Key,
            "part-" + (i + 1).ToString(CultureInfo.InvariantCulture),
            columns.Count + 2,
            part.Select(topic => Row(topic, data, page, columns)).ToList())).ToList();

        var under = page.AllPlans.ToList();
        var covered = site.Topics.Count(t => under.Any(p => data.Has(t, p)));
        var inline = columns.Where(c => c.Plan is not null).Select(c => c.Plan!).ToHashSet();
        var local = data.Local.Where(l => inline.Contains(l.Plan)).ToList();
        var localCells = columns.Select(c => c.Plan is { } plan
            ? Cell(data.LocalOf(plan).Count, plan.Metadata.Label, Routes.LocalMeasures(PlacePaging.Link(Routes.Compare, page), plan.Slug))
            : PlaceCell(c.Node!.AllPlans.Sum(p => data.LocalOf(p).Count), c.Node!, PlacePaging.Link(Routes.Compare, c.Node!))).ToList();
        var where = page.IsRoot ? string.Empty : $"{page.Name}及其下辖地区";
        return new CompareIndexView
        {
            Lead = $"各地方案都依据《法治社会建设实施纲要（2020—2025年）》制定，纲要分七个部分，共 {site.Topics.Count} 项措施。" +
                   $"下表列出每项措施在{where} {under.Count} 部方案中对应的条目数（{covered} 项措施至少有一部方案涉及），点击数字可并排阅读各方案的条文。" +
                   (columns.Any(c => c.Node is not null) ? "方案较多的地区合为一列，列出含有该措施的方案数，点击地区名称查看其中每部方案。" : string.Empty) +
                   "对应关系由程序根据条文的标题、正文和所在位置自动判断，个别由人工指定，每条都注明匹配方式。" +
                   (parts.Any(p => p.Rows.Any(r => r.Cells.Any(c => c.Uncertain is not null))) ? "数字后的“？”表示其中有匹配度较低、对应关系不确定的条目。" : string.Empty),
            Caption = $"纲要 {site.Topics.Count} 项措施在{where}各方案中的对应条目数（按纲要的七个部分分组" +
                      (columns.Any(c => c.Node is not null) ? "；地区列为其中含有该措施的方案数" : string.Empty) + "；“—”表示没有对应条目）",
            Plans = columns.Select(c => c.Plan is { } p ? PlanHeader(p) : PlaceHeader(c.Node!)).ToList(),
            Parts = parts,
            HeatMap = HeatMap(columns, parts, page),
            Local = new CompareLocalRow(
                "未对应纲要的措施",
                "各方案自行增加、与纲要各项措施都不相近的条目",
                localCells,
                under.Sum(p => data.LocalOf(p).Count).ToString(CultureInfo.InvariantCulture) + " 条"),
            LocalPlans = local.Where(l => l.Provisions.Count > 0).Select(l => new CompareLocalPlan(
                Routes.LocalId(l.Plan.Slug),
                l.Plan.Metadata.Label,
                Routes.Plan(l.Plan.Slug),
                l.Provisions.Select(d => new CompareLocalProvision(d.Label, d.NumberPath, Routes.Provision(l.Plan.Slug, d.Id))).ToList())).ToList(),
        };
    }

    /// <summary>
    /// The index's columns in the order of places (a province, then its prefectures, then their counties): on a page
    /// that splits by place, each place with a page of its own stands where it comes among the plans shown.
    /// </summary>
    private static List<IndexColumn> Columns(PlacePaging places, PlaceNode page)
    {
        var entries = places.Entries(page);
        return entries.Any(e => e.Linked)
            ? entries.SelectMany(e => e.Linked ? [IndexColumn.Of(e.Node)] : e.Plans.Select(IndexColumn.Of)).ToList()
            : places.PlansOn(page).Select(IndexColumn.Of).ToList();
    }

    /// <summary>The table's numbers as a heat map: the same columns and rows, the same counts.</summary>
    private CoverageHeatMap HeatMap(IReadOnlyList<IndexColumn> columns, IReadOnlyList<ComparePartRows> parts, PlaceNode page)
    {
        var places = columns.Count(c => c.Node is not null);
        var plans = columns.Count - places;
        var heat = columns.Select(c => c.Plan is { } plan
            ? new HeatMapColumn(views.Summary(plan).Short, plan.Metadata.Label)
            : new HeatMapColumn(c.Node!.Name, $"{c.Node!.Name}（{c.Node!.Count} 部方案）", c.Node!.Count)).ToList();
        var rows = parts.Select(part => new HeatMapGroup(part.Title, part.Rows.Select(r =>
            new HeatMapRow(r.Marker, r.Title, r.Cells.Select(cell => cell.Count).ToList())).ToList())).ToList();
        return CoverageHeatMap.Of(
            "coverage-map",
            page.IsRoot ? "纲要措施覆盖热图" : $"纲要措施覆盖热图：{page.Name}",
            $"行是纲要的 {rows.Sum(g => g.Rows.Count)} 项措施，按纲要的部分分组；列是本页的 {plans} 部方案" +
            (places > 0 ? $"和 {places} 个地区（合计其下辖地区的方案）" : string.Empty) +
            "，按地区层级排列。格子颜色越深，该方案中对应这项措施的条目越多" +
            (places > 0 ? "；地区列颜色越深，该地区含有这项措施的方案占比越高" : string.Empty) +
            "；空格表示没有对应条目。各格的数字见下方表格。",
            heat,
            rows);
    }

    private ComparePlanHeader PlanHeader(Plan plan)
    {
        var summary = views.Summary(plan);
        return new ComparePlanHeader(plan.Slug, summary.Short, summary.Title, summary.Href, summary.LevelName, summary.IsDraft, summary.StatusText);
    }

    private static ComparePlanHeader PlaceHeader(PlaceNode node) => new(
        node.Key, $"{node.Name}（{node.Count} 部）", $"{node.Name}及其下辖地区的 {node.Count} 部方案", PlacePaging.Link(Routes.Compare, node), string.Empty, false, string.Empty);

    /// <summary>A column of the index: one plan, or a place whose plans are on its own page.</summary>
    private sealed record IndexColumn(Plan? Plan, PlaceNode? Node)
    {
        public static IndexColumn Of(Plan plan) => new(plan, null);

        public static IndexColumn Of(PlaceNode node) => new(null, node);
    }

    /// <summary>A measure's page of a place (the nation for the root): the columns of the plans it shows, the rest by place.</summary>
    public CompareTopicView Topic(CompareData data, Topic topic, IReadOnlyList<PairComparison> pairs, PlaceNode page)
    {
        var entries = data.Places.Entries(page);
        var byPlan = data.PlansOf(topic).ToDictionary(c => c.Plan);
        var shown = data.Places.PlansOn(page);
        var present = shown.Where(byPlan.ContainsKey).Select(p => byPlan[p]).ToList();
        var columns = present.Select(c => Column(c, data.Site, data.Above(topic, c.Plan).Above is { } above ? (above.Plan.Slug, Routes.Above(c.Plan.Slug, topic.Id)) : null)).ToList();
        var sideBySide = columns.Count > 1 ? columns.Take(SideBySideColumns).Select(SideColumn).ToList() : [];
        var pairLinks = pairs.Select(p => new ComparePairLink(
            $"{p.Left.Plan.Metadata.Label}与{p.Right.Plan.Metadata.Label}",
            Routes.Pair(topic.Id, p.Left.Plan.Slug, p.Right.Plan.Slug),
            $"共有文字约占 {Percent(p.Result.Similarity)}") { Key = $"{p.Left.Plan.Slug}--{p.Right.Plan.Slug}" }).ToList();
        var places = entries.Where(e => e.Linked).Select(e =>
        {
            var having = e.Node.AllPlans.Count(p => data.Has(topic, p));
            return new PlaceLinkView(e.Node.Name, $"{e.Node.Count} 部方案中 {having} 部有本项措施", having > 0 ? PlacePaging.Link(Routes.Measure(topic.Id), e.Node) : null);
        }).ToList();
        var missing = shown.Where(p => !byPlan.ContainsKey(p)).Select(p => new ComparePlanLink(p.Metadata.Label, Routes.Plan(p.Slug))).ToList();
        var total = page.AllPlans.Count(p => data.Has(topic, p));
        var where = page.IsRoot ? string.Empty : $"{page.Name}及其下辖地区 ";
        var covered = data.Site.Topics.Where(t => data.PlansOf(t).Count > 0).ToList();
        var at = covered.IndexOf(topic);
        return new CompareTopicView
        {
            Topic = Header(topic),
            Summary = $"{where}{page.Count} 部方案中有 {total} 部含有本项措施的对应条目" +
                      (places.Count == 0 ? $"，共 {present.Sum(c => c.Provisions.Count)} 条。" : $"；本页并列其中 {present.Count} 部，其余按地区列在下方。") +
                      (present.Count > 1 ? "各方案按层级由高到低排列。" : string.Empty),
            Columns = columns,
            SideBySide = sideBySide,
            Chooser = sideBySide.Select((side, i) => new CompareSlot(
                i,
                $"compare-slot-{i + 1}",
                SlotLabels[i],
                columns.Select(c => new CompareSlotOption(c.Slug, c.Short, c.Slug == side.Slug)).ToList())).ToList(),
            Missing = missing,
            Places = places,
            Pairs = pairLinks,
            SidePair = sideBySide.Count > 1 ? pairLinks.FirstOrDefault(p => p.Key == $"{sideBySide[0].Slug}--{sideBySide[1].Slug}") : null,
            PairsIntro = "任选两部方案，逐句对照两者的条文：",
            Previous = at > 0 ? new NeighbourLink(Label(covered[at - 1]), Routes.Measure(covered[at - 1].Id)) : null,
            Next = at >= 0 && at < covered.Count - 1 ? new NeighbourLink(Label(covered[at + 1]), Routes.Measure(covered[at + 1].Id)) : null,
        };
    }

    /// <summary>How many plans a measure's page shows side by side: two columns of about 30 characters at 1280 px.</summary>
    public const int SideBySideColumns = 2;

    private static readonly string[] SlotLabels = ["左栏", "右栏"];

    /// <summary>A column of the full list as the side-by-side view repeats it: every id prefixed, so none repeats.</summary>
    private static CompareColumn SideColumn(CompareColumn column) => column with
    {
        AnchorId = SidePrefix + column.AnchorId,
        Provisions = column.Provisions.Select(p => p with { DomId = SidePrefix + p.DomId }).ToList(),
    };

    /// <summary>compare.js prefixes the ids of the columns it copies the same way.</summary>
    public const string SidePrefix = "side-";

    /// <summary>
    /// The pairs of a measure, each compared sentence by sentence when a page first needs it: on a render thread, never
    /// while the render stage lists its pages (that runs under the page partitioner's lock, so work there stalls every core).
    /// </summary>
    public IReadOnlyList<PendingPair> Pairs(CompareData data, Topic topic)
    {
        var present = data.PlansOf(topic);
        var byPlan = present.ToDictionary(c => c.Plan);
        return Options.PairsOf(present.Select(c => c.Plan).ToList())
            .Select(p => new PendingPair(byPlan[p.Left], byPlan[p.Right], this))
            .ToList();
    }

    /// <summary>Two plans' provisions of a measure, compared sentence by sentence.</summary>
    public PairComparison Compare(Counterpart left, Counterpart right)
    {
        var (leftUnits, rightUnits) = (Units(left), Units(right));
        var result = comparisons is null ? TextComparison.Compare(leftUnits, rightUnits) : comparisons.Compare(leftUnits, rightUnits);
        return new PairComparison(left, right, result);
    }

    /// <summary>
    /// A plan's provisions of a measure beside the plan above's (<paramref name="above"/>), or, when the corpus has
    /// no plan above with that measure, beside the outline's measure alone.
    /// </summary>
    /// <param name="missing">The places above whose plans the corpus lacks (四川省、达州市的实施方案未收录).</param>
    public AboveView Above(CompareData data, Topic topic, Counterpart own, Counterpart? above, string? missing)
    {
        var label = own.Plan.Metadata.Label;
        if (above is null)
        {
            return new AboveView
            {
                Topic = Header(topic),
                Heading = AboveHeading(topic, own, above),
                Summary = $"本站没有{label}上级地区涉及纲要{topic.Marker}{topic.Title}的方案，{label}的条文与纲要的这项措施并列。",
                Missing = missing,
                Own = Column(own, data.Site, null),
            };
        }

        var pair = Pair(topic, Compare(own, above), data.Site);
        return new AboveView
        {
            Topic = pair.Topic,
            Heading = AboveHeading(topic, own, above),
            Summary = pair.Summary,
            Missing = missing,
            Pair = pair,
        };
    }

    /// <summary>The heading of a plan-above page, known before its diff is computed.</summary>
    public static string AboveHeading(Topic topic, Counterpart own, Counterpart? above) => above is null
        ? $"{own.Plan.Metadata.Label}与上级方案：{topic.Title}"
        : $"{own.Plan.Metadata.Label}与上级方案{above.Plan.Metadata.Label}：{topic.Title}";

    public ComparePairView Pair(Topic topic, PairComparison pair, SiteModel site)
    {
        var (left, right) = (pair.Left.Plan.Metadata.Label, pair.Right.Plan.Metadata.Label);
        var result = pair.Result;
        return new ComparePairView
        {
            Topic = Header(topic),
            Heading = PairHeading(topic, pair.Left, pair.Right),
            Summary = $"两部方案关于纲要{topic.Marker}{topic.Title}的条文逐句对照：相同 {result.Count(RowKind.Same)} 句，相近 {result.Count(RowKind.Similar)} 句，" +
                      $"仅{left}有 {result.Count(RowKind.OnlyLeft)} 句，仅{right}有 {result.Count(RowKind.OnlyRight)} 句。按字数计，两者共有的文字约占 {Percent(result.Similarity)}。",
            Legend = "每行并列两部方案中最相近的一对语句（按句号、分号断句，保持各自原有顺序），行首注明“相同”“相近”或“仅某方案有”；" +
                     $"相近的两句中，两者共有的词句（连续 {SharedRuns.MinimumLength} 字以上）加底色和下划线标出。",
            Left = Side(pair.Left, result.OnlyLeftCharacters),
            Right = Side(pair.Right, result.OnlyRightCharacters),
            Rows = new AlignedRows(pair, site).Views(),
        };
    }

    /// <summary>The heading of a pair page, known before its diff is computed.</summary>
    public static string PairHeading(Topic topic, Counterpart left, Counterpart right) =>
        $"{left.Plan.Metadata.Label}与{right.Plan.Metadata.Label}：{topic.Title}";

    public static string Label(Topic topic) => topic.Marker + topic.Title;

    private static CompareTopicHeader Header(Topic topic) =>
        new(topic.Id, topic.Marker, topic.Title, topic.Part, Routes.Measure(topic.Id), string.Join("、", topic.Keywords));

    private CompareTopicRow Row(Topic topic, CompareData data, PlaceNode page, IReadOnlyList<IndexColumn> columns)
    {
        var cells = columns.Select(column => column.Plan is { } plan
            ? Cell(data.CountOf(topic, plan), plan.Metadata.Label, Routes.MeasureColumn(PlacePaging.Link(Routes.Measure(topic.Id), data.Places.PageOf(plan)), plan.Slug)) with
            {
                Uncertain = PlacementWords.Uncertain(data.ProvisionsOf(topic, plan).Select(data.Site.PlacementOf)),
            }
            : PlaceCell(column.Node!.AllPlans.Count(p => data.Has(topic, p)), column.Node!, PlacePaging.Link(Routes.Measure(topic.Id), column.Node!))).ToList();
        var total = page.Count;
        var present = page.AllPlans.Count(p => data.Has(topic, p));
        return new CompareTopicRow
        {
            Id = topic.Id,
            Marker = topic.Marker,
            Title = topic.Title,
            Href = present > 0 ? PlacePaging.Link(Routes.Measure(topic.Id), page) : null,
            Cells = cells,
            CoverageText = $"{present}/{total}",
            CoverageLabel = $"{total} 部方案中有 {present} 部",
        };
    }

    /// <summary>
    /// A place's cell: how many of its plans have the measure, linked to the measure's page of the place. A linked number
    /// has no words of its own for screen readers: a national page has about a thousand cells, and the row and column
    /// headings (and the caption's unit) say what it counts; an empty cell says so, since its dash is hidden from them.
    /// </summary>
    private static CompareCell PlaceCell(int count, PlaceNode node, SiteLink href) => Cell(count, node.Name, href);

    private static CompareCell Cell(int count, string column, SiteLink href) => count == 0
        ? new CompareCell(0, "—", "没有对应条目", null, column)
        : new CompareCell(count, count.ToString(CultureInfo.InvariantCulture), string.Empty, href, column);

    /// <param name="above">The plan above with the measure, and the page comparing the two; null when there is none.</param>
    private CompareColumn Column(Counterpart counterpart, SiteModel site, (string Slug, SiteLink Href)? above)
    {
        var plan = counterpart.Plan;
        var summary = views.Summary(plan);
        return new CompareColumn
        {
            Slug = plan.Slug,
            AnchorId = Routes.ColumnId(plan.Slug),
            AboveSlug = above?.Slug,
            AboveHref = above?.Href,
            Short = summary.Short,
            Title = summary.Title,
            PlanHref = summary.Href,
            LevelName = summary.LevelName,
            IsDraft = summary.IsDraft,
            StatusText = summary.StatusText,
            CountText = counterpart.Provisions.Count.ToString(CultureInfo.InvariantCulture) + " 条",
            Provisions = counterpart.Provisions.Select(d => Provision(plan, d, site.PlacementOf(d))).ToList(),
        };
    }

    private CompareProvision Provision(Plan plan, Division provision, TopicPlacement? placement)
    {
        var view = views.Provision(plan, provision, headingLevel: 3);
        return new CompareProvision
        {
            DomId = Routes.ComparedProvisionId(plan.Slug, provision.Id),
            Marker = view.Marker,
            Title = view.Title,
            NumberPath = view.NumberPath,
            Paragraphs = view.Paragraphs,
            Note = view.Note,
            PageHref = view.PageHref,
            Citation = view.Citation,
            PlacementText = PlacementWords.PlacementText(provision, placement),
            Uncertain = PlacementWords.Uncertain(placement),
        };
    }

    private static ComparePairSide Side(Counterpart side, int only) => new()
    {
        Slug = side.Plan.Slug,
        Short = side.Plan.Metadata.Label,
        Title = side.Plan.Metadata.Title,
        PlanHref = Routes.Plan(side.Plan.Slug),
        OnlyText = $"仅{side.Plan.Metadata.Short}有的文字：{only} 字",
    };

    /// <summary>A side of a comparison as units: each provision's title, then each of its paragraphs.</summary>
    internal static List<string> Units(Counterpart side) =>
        side.Provisions.SelectMany(p => new[] { p.Title }.Concat(p.Paragraphs)).ToList();

    internal static string Percent(double share) =>
        Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture) + "%";
}

/// <summary>What the comparison pages read, computed once: plans in column order, each topic's plans, local measures.</summary>
public sealed class CompareData(
    SiteModel site,
    IReadOnlyList<Plan> plans,
    IReadOnlyDictionary<Topic, IReadOnlyList<Counterpart>> byTopic,
    IReadOnlyList<(Plan Plan, IReadOnlyList<Division> Provisions)> local)
{
    public SiteModel Site { get; } = site;

    public IReadOnlyList<Plan> Plans { get; } = plans;

    public IReadOnlyList<(Plan Plan, IReadOnlyList<Division> Provisions)> Local { get; } = local;

    public IReadOnlyList<Counterpart> PlansOf(Topic topic) => byTopic.TryGetValue(topic, out var plans) ? plans : [];

    /// <summary>How the comparison pages split by place.</summary>
    public PlacePaging Places { get; } = PlacePaging.Of(site);

    private readonly Dictionary<(Topic, Plan), Counterpart> _counterparts = new(
        byTopic.SelectMany(t => t.Value.Select(c => KeyValuePair.Create((t.Key, c.Plan), c))));

    private readonly Dictionary<Plan, IReadOnlyList<Division>> _local = local.ToDictionary(l => l.Plan, l => l.Provisions);

    /// <summary>How many of a plan's provisions are placed under a measure.</summary>
    public int CountOf(Topic topic, Plan plan) => ProvisionsOf(topic, plan).Count;

    /// <summary>A plan's provisions placed under a measure, in document order.</summary>
    public IReadOnlyList<Division> ProvisionsOf(Topic topic, Plan plan) => _counterparts.TryGetValue((topic, plan), out var c) ? c.Provisions : [];

    public bool Has(Topic topic, Plan plan) => _counterparts.ContainsKey((topic, plan));

    /// <summary>
    /// The nearest place above the plan's whose plan has the measure (渠县 → 达州市, else 四川省), and the places
    /// skipped on the way, whose plans the corpus lacks, said plainly (达州市的实施方案未收录).
    /// </summary>
    public AboveMatch Above(Topic topic, Plan plan)
    {
        var ancestors = Site.JurisdictionOf(plan)?.Ancestors.Reverse().ToList() ?? [];
        var at = ancestors.FindIndex(a => a.Plan is { } p && Has(topic, p));
        var skipped = (at < 0 ? ancestors : ancestors.Take(at)).Where(a => a.Plan is null).Select(a => a.Place).Reverse();
        return new AboveMatch(at < 0 ? null : _counterparts[(topic, ancestors[at].Plan!)], PlaceViews.MissingText(skipped));
    }

    /// <summary>A plan's provisions that match no measure.</summary>
    public IReadOnlyList<Division> LocalOf(Plan plan) => _local.GetValueOrDefault(plan) ?? [];
}

/// <summary>The plan above with a measure (null when none in the corpus has it) and the missing places on the way.</summary>
public sealed record AboveMatch(Counterpart? Above, string? Missing);

/// <summary>Two plans' provisions of one measure, compared.</summary>
public sealed record PairComparison(Counterpart Left, Counterpart Right, ComparisonResult Result);

/// <summary>Two plans' provisions of a measure, compared once, by the first page that asks.</summary>
public sealed class PendingPair(Counterpart left, Counterpart right, CompareViews compare)
{
    private readonly Lazy<PairComparison> _result = new(() => compare.Compare(left, right), LazyThreadSafetyMode.ExecutionAndPublication);

    public Counterpart Left { get; } = left;

    public Counterpart Right { get; } = right;

    public PairComparison Result => _result.Value;
}
