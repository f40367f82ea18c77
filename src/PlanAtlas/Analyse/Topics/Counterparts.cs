using PlanAtlas.Model;

namespace PlanAtlas.Analyse.Topics;

/// <summary>
/// "The same measure in other plans", for a provision's page: the provisions of other plans aligned to the same
/// topic. Built once from the site's placements (one pass over the provisions); a query returns at most
/// <c>limit</c> plans, the nearest first (the plans of the places above, then of the same prefecture, then of the
/// same province, then the rest, highest level first), with the total, so that a page never lists thousands of
/// plans: the rest are on the measure's comparison page. A query looks at no more plans than it returns, plus the
/// plans of its prefecture and province, so the site's cost grows with the corpus, never with its square.
/// </summary>
public sealed class Counterparts
{
    private readonly SiteModel _site;
    private readonly Dictionary<Division, Plan> _planOf;
    private readonly Dictionary<Topic, List<(Plan Plan, List<Division> Provisions)>> _byTopic = [];
    private readonly Dictionary<(Topic Topic, string Area), List<int>> _byArea = [];
    private readonly Dictionary<(Topic Topic, Plan Plan), int> _indexOf = [];

    public SiteModel Site => _site;

    public Counterparts(SiteModel site)
    {
        _site = site;
        _planOf = new(site.Plans.Sum(p => p.Provisions.Count));
        foreach (var plan in site.Plans.OrderBy(p => p.Metadata.Level).ThenBy(p => p.Slug, StringComparer.Ordinal))
        {
            foreach (var provision in plan.Provisions)
            {
                _planOf[provision] = plan;
                if (site.PlacementOf(provision)?.Topic is not { } topic)
                {
                    continue;
                }

                if (!_byTopic.TryGetValue(topic, out var plans))
                {
                    plans = _byTopic[topic] = [];
                }

                if (plans.Count == 0 || plans[^1].Plan != plan)
                {
                    plans.Add((plan, []));
                }

                plans[^1].Provisions.Add(provision);
            }
        }

        foreach (var (topic, plans) in _byTopic)
        {
            for (var i = 0; i < plans.Count; i++)
            {
                _indexOf[(topic, plans[i].Plan)] = i;
                foreach (var area in Areas(plans[i].Plan))
                {
                    if (!_byArea.TryGetValue((topic, area), out var members))
                    {
                        members = _byArea[(topic, area)] = [];
                    }

                    members.Add(i);
                }
            }
        }
    }

    /// <summary>The prefecture's and the province's code prefixes of a plan's place (5117, 51); none without a place.</summary>
    private IEnumerable<string> Areas(Plan plan) =>
        _site.JurisdictionOf(plan)?.Place.Code is { Length: 6 } code ? [code[..4], code[..2]] : [];

    /// <summary>The other plans' provisions of the provision's topic; empty (with a null topic) when it has none.</summary>
    public CounterpartSet For(Division provision, int limit = 10)
    {
        var topic = _site.PlacementOf(provision)?.Topic;
        if (topic is null || !_planOf.TryGetValue(provision, out var own) || !_byTopic.TryGetValue(topic, out var plans))
        {
            return new CounterpartSet(topic, [], 0);
        }

        var total = plans.Count - (_indexOf.ContainsKey((topic, own)) ? 1 : 0);
        var shown = Nearest(topic, own, plans).Take(Math.Max(0, limit)).Select(i => new Counterpart(plans[i].Plan, plans[i].Provisions)).ToList();
        return new CounterpartSet(topic, shown, total);
    }

    /// <summary>The other plans of a topic, as indexes into its list, nearest in the hierarchy first; lazily.</summary>
    private IEnumerable<int> Nearest(Topic topic, Plan own, List<(Plan Plan, List<Division> Provisions)> plans)
    {
        var seen = new HashSet<int>();
        if (_indexOf.TryGetValue((topic, own), out var self))
        {
            seen.Add(self);
        }

        var ancestors = _site.JurisdictionOf(own)?.Ancestors.Reverse().Select(a => a.Plan).OfType<Plan>() ?? [];
        var nearest = ancestors.Select(p => _indexOf.TryGetValue((topic, p), out var i) ? i : -1).Where(i => i >= 0)
            .Concat(Areas(own).SelectMany(area => _byArea.TryGetValue((topic, area), out var members) ? members : []))
            .Concat(Enumerable.Range(0, plans.Count));
        foreach (var i in nearest)
        {
            if (seen.Add(i))
            {
                yield return i;
            }
        }
    }

    /// <summary>Every plan's provisions of a topic, highest level first (for the comparison pages).</summary>
    public IReadOnlyList<Counterpart> Of(Topic topic) =>
        _byTopic.TryGetValue(topic, out var plans) ? plans.Select(p => new Counterpart(p.Plan, p.Provisions)).ToList() : [];
}

/// <summary>One other plan and its provisions of the same topic, in document order.</summary>
public sealed record Counterpart(Plan Plan, IReadOnlyList<Division> Provisions);

/// <summary>The counterparts shown for a provision, and how many plans have one in all.</summary>
public sealed record CounterpartSet(Topic? Topic, IReadOnlyList<Counterpart> Plans, int TotalPlans)
{
    public bool HasMore => TotalPlans > Plans.Count;
}
