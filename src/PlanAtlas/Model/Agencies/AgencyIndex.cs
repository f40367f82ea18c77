namespace PlanAtlas.Model.Agencies;

/// <summary>
/// The responsibility index, built once by the analyse stage: every agency named in a note, what it leads and
/// joins, and the way back from a note's mention to its agency (for the links on plan and provision pages).
/// </summary>
public sealed class AgencyIndex
{
    private readonly Dictionary<(string Plan, string Name), Agency> _byMention;
    private readonly Dictionary<string, Agency> _bySlug;
    private readonly Dictionary<Division, List<(Agency Agency, AgencyRole Role)>> _byProvision;

    // Pages ask for the agencies of a few plans, or of one kind, thousands of times at national scale: a scan of
    // every agency per page would grow with plans squared.
    private readonly Dictionary<AgencyKind, List<Agency>> _byKind = [];
    private readonly Dictionary<Plan, List<Agency>> _byPlan = [];
    private readonly Dictionary<Agency, int> _order;

    internal AgencyIndex(
        AgencyRegistry registry,
        IReadOnlyList<Agency> agencies,
        Dictionary<(string Plan, string Name), Agency> byMention,
        Dictionary<Division, List<(Agency Agency, AgencyRole Role)>> byProvision)
    {
        Registry = registry;
        Agencies = agencies;
        _byMention = byMention;
        _byProvision = byProvision;
        _bySlug = agencies.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        _order = new(agencies.Count);
        foreach (var agency in agencies)
        {
            _order[agency] = _order.Count;
            if (agency.Kind is { } kind)
            {
                (_byKind.TryGetValue(kind, out var ofKind) ? ofKind : _byKind[kind] = []).Add(agency);
            }

            foreach (var plan in agency.Plans)
            {
                (_byPlan.TryGetValue(plan, out var inPlan) ? inPlan : _byPlan[plan] = []).Add(agency);
            }
        }

        Kinds = registry.Kinds.Where(_byKind.ContainsKey).ToList();
    }

    /// <summary>No agencies at all (no plan has responsibility notes).</summary>
    public static AgencyIndex Empty { get; } = new(AgencyRegistry.None, [], [], []);

    public AgencyRegistry Registry { get; }

    /// <summary>Every agency, by kind (registry order; unregistered names last), then jurisdiction, then name.</summary>
    public IReadOnlyList<Agency> Agencies { get; }

    /// <summary>The kinds that have at least one agency, in registry order.</summary>
    public IReadOnlyList<AgencyKind> Kinds { get; }

    /// <summary>Names the registry does not know, each still an agency with its page.</summary>
    public IEnumerable<Agency> Unregistered => Agencies.Where(a => !a.IsRegistered);

    /// <summary>The agency a note of <paramref name="plan"/> means by <paramref name="mention"/>; null for a name no note of that plan holds.</summary>
    public Agency? Find(Plan plan, AgencyMention mention) => Find(plan, mention.Name);

    public Agency? Find(Plan plan, string writtenName) => _byMention.GetValueOrDefault((plan.Slug, writtenName));

    public Agency? FindBySlug(string slug) => _bySlug.GetValueOrDefault(slug);

    public IReadOnlyList<Agency> OfKind(AgencyKind kind) => _byKind.GetValueOrDefault(kind) ?? [];

    /// <summary>The agencies the notes of a plan name, in index order.</summary>
    public IReadOnlyList<Agency> InPlan(Plan plan) => _byPlan.GetValueOrDefault(plan) ?? [];

    /// <summary>The agencies (of one kind, or all) that the notes of any of <paramref name="plans"/> name, each once, in index order.</summary>
    public IReadOnlyList<Agency> InPlans(IEnumerable<Plan> plans, AgencyKind? kind = null) =>
        plans.SelectMany(InPlan).Where(a => kind is null || a.Kind == kind).Distinct().OrderBy(a => _order[a]).ToList();

    /// <summary>The agencies a provision's note names in the given role, in the note's order, duplicates and aliases merged.</summary>
    public IReadOnlyList<Agency> OfProvision(Division provision, AgencyRole role) =>
        _byProvision.TryGetValue(provision, out var list) ? list.Where(x => x.Role == role).Select(x => x.Agency).ToList() : [];
}
