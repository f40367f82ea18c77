using PlanAtlas.Routing;
using PlanAtlas.Model;
using PlanAtlas.Model.Agencies;
using PlanAtlas.Render.ViewModels;

namespace PlanAtlas.Render.Views;

/// <summary>Builds the view models that the agency index, agency and kind pages share: rows, measures, groups.</summary>
public sealed class AgencyViews(AgencyIndex index, SiteModel site)
{
    private readonly Dictionary<Plan, int> _planOrder = site.Plans.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);

    public const string UnregisteredKindName = "未收入名录的单位";
    public const string UnregisteredGroupId = "kind-unregistered";

    public AgencyIndex Index { get; } = index;

    public static AgencyPlanLinkView PlanLink(Plan plan) => new(plan.Metadata.Label, plan.Metadata.Title, Routes.Plan(plan.Slug));

    public static AgencyLinkView Link(Agency agency) => new(agency.Name, Routes.Agency(agency.Slug), ShortName(agency));

    /// <summary>
    /// How the site names an agency wherever it shows one (notes, lists, tables): its full name, followed in brackets
    /// by the forms the plans write where they say more than the full name without its place: 渠县委办公室（县委办）,
    /// but 渠县司法局 alone for 县司法局. Null when there is nothing to add. Every view of an agency's name takes its
    /// short form from here, so the same agency reads the same on every page.
    /// </summary>
    public static string? ShortName(string fullName, IEnumerable<string> written)
    {
        var shorts = written.Distinct(StringComparer.Ordinal).Where(w => !fullName.EndsWith(w, StringComparison.Ordinal)).ToList();
        return shorts.Count > 0 ? string.Join("、", shorts) : null;
    }

    /// <summary>The short forms of the agency in all its plans, or in one.</summary>
    public static string? ShortName(Agency agency, Plan? plan = null) =>
        ShortName(agency.Name, agency.Assignments.Where(a => plan is null || a.Plan == plan).Select(a => a.Mention.Name));

    public static string KindName(Agency agency) => agency.Kind?.Name ?? UnregisteredKindName;

    /// <summary>One row per plan that names the agency (one, unless several plans share a jurisdiction).</summary>
    public IEnumerable<AgencyRowView> Rows(Agency agency) =>
        agency.Plans.Select(plan =>
        {
            var here = agency.Assignments.Where(a => a.Plan == plan).ToList();
            var written = here.Select(a => a.Mention.Name).Distinct().Where(w => w != agency.Name).ToList();
            var shortName = ShortName(agency, plan);
            return new AgencyRowView
            {
                Name = agency.Name,
                Href = Routes.Agency(agency.Slug),
                Written = shortName,
                KindName = KindName(agency),
                KindOrder = agency.Kind?.Order ?? int.MaxValue,
                PlanShort = plan.Metadata.Label,
                PlanHref = Routes.Plan(plan.Slug),
                LeadCount = here.Count(a => a.Role == AgencyRole.Lead),
                JoinCount = here.Count(a => a.Role == AgencyRole.Participant),
                FilterText = string.Join(" ", new[] { agency.Name, KindName(agency), plan.Metadata.Label }.Concat(written)),
            };
        });

    /// <summary>The agency's measures by role (lead, then join), only the roles it has, grouped by topic or part.</summary>
    public IReadOnlyList<AgencyRoleSectionView> Sections(Agency agency, string idPrefix, bool showPlan, bool withCoAgencies = true)
    {
        var sections = new List<AgencyRoleSectionView>();
        foreach (var (role, id, heading) in new[] { (AgencyRole.Lead, "lead", "牵头的措施"), (AgencyRole.Participant, "join", "参加的措施") })
        {
            var items = agency.Assignments.Where(a => a.Role == role).ToList();
            if (items.Count == 0)
            {
                continue;
            }

            var sectionId = $"{idPrefix}{id}";
            sections.Add(new AgencyRoleSectionView
            {
                Id = sectionId,
                Heading = heading,
                Count = items.Count,
                Groups = Groups(agency, items, sectionId, showPlan, withCoAgencies),
                Measures = items.Select(x => Measure(agency, x, showPlan, showRole: false, withCoAgencies)).ToList(),
            });
        }

        return sections;
    }

    /// <summary>
    /// A provision as an agency's page lists it. For a measure it leads, the other leaders (共同牵头); for one it
    /// joins, the leaders (牵头单位).
    /// </summary>
    public AgencyMeasureView Measure(Agency self, AgencyAssignment item, bool showPlan, bool showRole, bool withCoAgencies = true)
    {
        var leaders = withCoAgencies ? Index.OfProvision(item.Provision, AgencyRole.Lead).Where(a => a != self).Select(Link).ToList() : [];
        return new AgencyMeasureView
        {
            NumberPath = item.Provision.NumberPath,
            Title = item.Provision.Title,
            Href = Routes.Provision(item.Plan.Slug, item.Provision.Id),
            PlanShort = showPlan ? item.Plan.Metadata.Label : null,
            RoleText = showRole ? RoleText(item.Role) : null,
            CoLabel = item.Role == AgencyRole.Lead ? "共同牵头" : "牵头单位",
            CoAgencies = leaders,
        };
    }

    public static string RoleText(AgencyRole role) => role == AgencyRole.Lead ? "牵头" : "参加";

    /// <summary>True when alignment placed at least one of these provisions (the topic stage ran).</summary>
    public bool HasPlacements(IEnumerable<AgencyAssignment> items) => items.Any(x => site.PlacementOf(x.Provision) is not null);

    /// <summary>
    /// The group a provision is listed under: its topic when alignment placed it (outline order), 未对应纲要的措施
    /// when alignment found none, and, when there is no placement at all, the plan's heading above it: the
    /// section one level below the part where there is one (渠县 puts every measure under 二、主要任务, so its
    /// 二、（一）推动全社会增强法治观念 is the useful group), else the part (凉山州's 二、推动全社会增强法治观念).
    /// </summary>
    public (int Rank, int Order, string Key, string Label) GroupOf(AgencyAssignment item, bool showPlan)
    {
        if (site.PlacementOf(item.Provision) is { } placement)
        {
            return placement.Topic is { } topic
                ? (0, topic.Number, "topic:" + topic.Id, $"纲要{topic.Marker}{topic.Title}")
                : (1, 0, "local", "未对应纲要的措施");
        }

        var chain = item.Provision.Ancestors.ToList();
        var heading = chain.Count > 1 ? chain[1] : chain.FirstOrDefault() ?? item.Provision;
        var label = string.Concat(heading.Ancestors.Select(a => a.Marker.Display)) + heading.Label;
        var order = _planOrder.GetValueOrDefault(item.Plan) * 1_000_000 + (chain.FirstOrDefault()?.Marker.Number ?? 0) * 1000 + heading.Marker.Number;
        return (2, order, $"heading:{item.Plan.Slug}:{heading.Id}", showPlan ? $"{item.Plan.Metadata.Label} {label}" : label);
    }

    private List<AgencyMeasureGroupView> Groups(Agency agency, List<AgencyAssignment> items, string sectionId, bool showPlan, bool withCoAgencies) =>
        items.Select(x => (Group: GroupOf(x, showPlan), Item: x))
            .GroupBy(x => x.Group.Key, StringComparer.Ordinal)
            .OrderBy(g => g.First().Group.Rank).ThenBy(g => g.First().Group.Order)
            .Select((g, i) => new AgencyMeasureGroupView(
                $"{sectionId}-{i + 1}",
                g.First().Group.Label,
                g.Select(x => Measure(agency, x.Item, showPlan, showRole: false, withCoAgencies)).ToList()))
            .ToList();
}
