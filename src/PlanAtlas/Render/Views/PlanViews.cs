using PlanAtlas.Routing;
using System.Globalization;
using PlanAtlas.Analyse.Topics;
using PlanAtlas.Model;
using PlanAtlas.Model.Agencies;
using PlanAtlas.Model.Jurisdictions;
using PlanAtlas.Render.Cite;
using PlanAtlas.Render.Pages;
using PlanAtlas.Render.ViewModels;

namespace PlanAtlas.Render.Views;

/// <summary>Builds the view models of plans and provisions that several page kinds share.</summary>
/// <param name="agencies">Links every named agency in a note to its page; none when null.</param>
/// <param name="counterparts">Shows beside each provision the same measure in other plans; nothing when null.</param>
/// <param name="jurisdictions">Where each plan sits among China's places; no chain of places when null.</param>
public sealed class PlanViews(RenderContext context, AgencyIndex? agencies = null, Counterparts? counterparts = null, JurisdictionIndex? jurisdictions = null)
{
    /// <summary>The places above a plan's own, with their plans where the corpus has them.</summary>
    public PlaceChainView? Places(Plan plan) => PlaceViews.Chain(jurisdictions?.Of(plan));

    /// <summary>
    /// At most this many other plans are listed beside a provision (the nearest in the hierarchy), each with at most
    /// <see cref="CounterpartProvisionsShown"/> of its provisions; the measure's page has them all. A plan page lists
    /// this beside every provision, so these bound its size whatever the size of the corpus.
    /// </summary>
    public const int CounterpartPlansShown = 3;

    public const int CounterpartProvisionsShown = 1;

    /// <summary>The counterparts the views were built with, for other views of the same site to share.</summary>
    public Counterparts? Counterparts => counterparts;

    private static readonly Dictionary<PlanLevel, string> LevelNames = new()
    {
        [PlanLevel.National] = "国家",
        [PlanLevel.Province] = "省级",
        [PlanLevel.Municipality] = "直辖市",
        [PlanLevel.Prefecture] = "市（州）级",
        [PlanLevel.County] = "县级",
        [PlanLevel.District] = "区级",
    };

    public static string LevelName(PlanLevel level) => LevelNames[level];

    public PlanSummary Summary(Plan plan)
    {
        var m = plan.Metadata;
        var ended = m.Period is { } period && context.BuildDate.Year > period.To;
        return new PlanSummary
        {
            Slug = plan.Slug,
            Title = m.Title,
            Short = m.Short,
            Href = Routes.Plan(plan.Slug),
            DataHref = Routes.PlanData(plan.Slug),
            LevelName = LevelName(m.Level),
            Issuer = m.Issuer,
            Issued = Date(m.Issued),
            Published = Date(m.Published),
            Source = m.Source,
            IsDraft = m.Status == PlanStatus.Draft,
            StatusText = m.Status == PlanStatus.Draft ? "征求意见稿" : "正式文本",
            PeriodText = m.Period is { } p ? $"{p.From}—{p.To}年" : null,
            PeriodEnded = ended,
            PeriodState = m.Period is null ? "实施期未注明" : ended ? "实施期已结束" : "实施中",
            ProvisionCount = plan.Provisions.Count,
            HasNotes = plan.Provisions.Any(p => p.Note is not null),
            NotesText = plan.Provisions.Any(p => p.Note is not null)
                ? "各条列明牵头单位和参加单位"
                : "本方案未列明各条的责任单位",
        };
    }

    public ProvisionView Provision(Plan plan, Division provision, int headingLevel) => new()
    {
        Id = provision.Id,
        Marker = provision.Marker.Display,
        Title = provision.Title,
        HeadingLevel = headingLevel,
        Paragraphs = provision.Paragraphs,
        Note = provision.Note is { } note ? Note(plan, note) : null,
        PageHref = Routes.Provision(plan.Slug, provision.Id),
        AnchorHref = Routes.Anchor(plan.Slug, provision.Id),
        Permalink = context.Absolute(Routes.Provision(plan.Slug, provision.Id)),
        Citation = Citations.Of(plan, provision),
        Cite = CitationStyles.GbT7714(CitedWork.Of(plan, provision, context)),
        NumberPath = provision.NumberPath,
        SameMeasure = SameMeasure(plan, provision),
    };

    private SameMeasureView? SameMeasure(Plan plan, Division provision)
    {
        if (counterparts is null)
        {
            return null;
        }

        var set = counterparts.For(provision, CounterpartPlansShown);
        if (set.Topic is not { } topic)
        {
            return new SameMeasureView
            {
                Measure = "本方案自行增加的措施",
                MeasureHref = Routes.LocalMeasures(PlacePaging.Link(Routes.Compare, PageOf(plan)), plan.Slug),
                IsLocal = true,
                Plans = [],
            };
        }

        return new SameMeasureView
        {
            Measure = topic.Marker + topic.Title,
            // At this provision in the measure's page: its script shows this plan beside the plan above.
            MeasureHref = PlacePaging.Link(Routes.Measure(topic.Id), PageOf(plan)).WithFragment(Routes.ComparedProvisionId(plan.Slug, provision.Id)),
            Uncertain = PlacementWords.Uncertain(counterparts.Site.PlacementOf(provision)),
            AboveHref = Routes.Above(plan.Slug, topic.Id),
            Plans = set.Plans.Select(c => new CounterpartView(
                c.Plan.Metadata.Label,
                c.Provisions.Take(CounterpartProvisionsShown).Select(d => new CounterpartLink(d.NumberPath, d.Label, Routes.Provision(c.Plan.Slug, d.Id))).ToList(),
                c.Provisions.Count > CounterpartProvisionsShown ? $"等 {c.Provisions.Count} 条" : null)).ToList(),
            Remark = set.TotalPlans == 0 ? "其他方案没有对应条目"
                : set.HasMore ? $"另有 {set.TotalPlans - set.Plans.Count} 部方案，见对照页"
                : null,
        };
    }

    /// <summary>The place whose section pages show the plan (the nation's on a small site).</summary>
    private PlaceNode PageOf(Plan plan) => PlacePaging.Of(counterparts!.Site).PageOf(plan);

    /// <summary>A plan's or provision's citations in every style, for its page.</summary>
    public CitationView CitationsOf(Plan plan, Division? provision = null)
    {
        var work = CitedWork.Of(plan, provision, context);
        var styles = CitationStyles.All(work);
        return new CitationView(work.Page, styles[0], styles.Skip(1).ToList(), work.IsDraft);
    }

    /// <summary>What a printed copy of the plan's page, or of one provision's, says about where it comes from.</summary>
    public PrintSourceView PrintSource(Plan plan, SiteLink page) =>
        new(plan.Metadata.Issuer, plan.Metadata.Source, context.Absolute(page), Date(context.BuildDate)!);

    /// <summary>A note with each named agency linked to its page; catch-alls stay plain text.</summary>
    public NoteView Note(Plan plan, ResponsibilityNote note) => new(
        note.Lead.Select(a => Agency(plan, a)).ToList(),
        note.Participants.Select(a => Agency(plan, a)).ToList(),
        note.CatchAll);

    private AgencyView Agency(Plan plan, AgencyMention a) =>
        agencies?.Find(plan, a) is { } agency
            ? new(agency.Name, AgencyViews.ShortName(agency.Name, [a.Name]), a.Host, Routes.Agency(agency.Slug))
            : new(a.Name, null, a.Host, null);

    private static string? Date(DateOnly? date) =>
        date is { } d ? d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) : null;
}
