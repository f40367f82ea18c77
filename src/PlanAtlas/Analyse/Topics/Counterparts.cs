using PlanAtlas.Model;

namespace PlanAtlas.Analyse.Topics;

/// <summary>
/// "The same measure in other plans", for a provision's page: the provisions of other plans aligned to the same
/// topic. Built once from the site's placements (one pass over the provisions); a query returns at most
/// <c>limit</c> plans, highest level first, with the total, so that a page never lists thousands of plans: the
/// rest are on the measure's comparison page.
/// </summary>
public sealed class Counterparts
{
    private readonly SiteModel _site;
    private readonly Dictionary<Division, Plan> _planOf = [];
    private readonly Dictionary<Topic, List<(Plan Plan, List<Division> Provisions)>> _byTopic = [];

    public Counterparts(SiteModel site)
    {
        _site = site;
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
    }

    /// <summary>The other plans' provisions of the provision's topic; empty (with a null topic) when it has none.</summary>
    public CounterpartSet For(Division provision, int limit = 10)
    {
        var topic = _site.PlacementOf(provision)?.Topic;
        if (topic is null || !_planOf.TryGetValue(provision, out var own) || !_byTopic.TryGetValue(topic, out var plans))
        {
            return new CounterpartSet(topic, [], 0);
        }

        var others = plans.Where(p => p.Plan != own).ToList();
        var shown = others.Take(Math.Max(0, limit)).Select(p => new Counterpart(p.Plan, p.Provisions)).ToList();
        return new CounterpartSet(topic, shown, others.Count);
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
