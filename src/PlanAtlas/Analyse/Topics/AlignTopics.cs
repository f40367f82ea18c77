using System.Globalization;
using PlanAtlas.Diagnostics;
using PlanAtlas.IO;
using PlanAtlas.Model;
using PlanAtlas.Pipeline;

namespace PlanAtlas.Analyse.Topics;

/// <summary>
/// Analyse stage: gives every provision of every plan one measure of the national outline (a <see cref="Topic"/>)
/// and a score, or none when no measure fits well enough (a local measure). In order of precedence:
/// <list type="number">
/// <item><b>Override</b>: the plan's front matter names the topic (<c>topics: {part_2__sec_1__art_3: constitution}</c>);
/// an override naming an unknown topic (PA401) or provision (PA402) is an error at its key.</item>
/// <item><b>Inherited</b>: a group heading above the provision names a measure (渠县 <c>1.维护宪法权威</c> over its
/// （1）–（3）), unless the provision's own words clearly name another one.</item>
/// <item><b>Aligned</b>: the provision's own title and text (<see cref="TopicScorer"/>), weighed by its place: the
/// outline part that the headings above it name, or that its neighbours were aligned to.</item>
/// <item><b>Unplaced</b>: the best score is below the minimum.</item>
/// </list>
/// Provisions left unplaced or placed with a low score are reported (PA403) so that someone can look at them.
/// Cost: each provision is scored against the topic list once, so the stage grows with plans × topics; plans are
/// never compared with each other.
/// </summary>
public sealed class AlignTopics
{
    /// <summary>The score of an override: a person decided.</summary>
    public const double OverrideScore = 1.0;

    /// <summary>Placements scoring below this are reported as low (PA403), though kept.</summary>
    public double ConfidentScore { get; init; } = 0.25;

    /// <summary>A group heading must name a measure at least this well (title signal) for its provisions to inherit it.</summary>
    public double InheritMinimum { get; init; } = 0.35;

    /// <summary>A provision whose own best topic scores at least this keeps it rather than inheriting its group's.</summary>
    public double KeepOwnScore { get; init; } = 0.6;

    /// <summary>How much a topic outside the part the provision stands in loses: at most this share of its score.</summary>
    public double PlaceWeight { get; init; } = 0.3;

    /// <param name="cache">
    /// Preview's placements of plans aligned before (<see cref="AlignmentCache.Begin"/> was called with these topics);
    /// null for a one-off build. Each plan is aligned on its own, so a reused plan's placements are what aligning it
    /// again would give, and its findings are reported again.
    /// </param>
    public IReadOnlyDictionary<Division, TopicPlacement> Run(
        IReadOnlyList<Plan> plans, IReadOnlyList<Topic> topics, double minimumScore, DiagnosticBag diagnostics, AlignmentCache? cache = null)
    {
        var scorer = new Lazy<TopicScorer>(() => new TopicScorer(new TopicProfiles(topics)));
        Reported<Dictionary<Division, TopicPlacement>> Align(Plan plan) =>
            Reported<Dictionary<Division, TopicPlacement>>.Run(findings => AlignPlan(plan, scorer.Value, minimumScore, findings));

        var perPlan = new Dictionary<Division, TopicPlacement>[plans.Count];
        Parallel.For(0, plans.Count, i =>
            perPlan[i] = (cache is null ? Align(plans[i]) : cache.For(plans[i], () => Align(plans[i]))).ReportTo(diagnostics));

        return MergedMap.Of(perPlan);
    }

    /// <summary>One plan: its provisions' placements, overrides applied, findings reported.</summary>
    private Dictionary<Division, TopicPlacement> AlignPlan(Plan plan, TopicScorer scorer, double minimumScore, DiagnosticBag diagnostics)
    {
        var topics = scorer.Profiles.Topics;
        var provisions = plan.Provisions;
        var placements = new Dictionary<Division, TopicPlacement>();
        if (topics.Count > 0)
        {
            var own = provisions.Select(scorer.Score).ToList();
            var places = new PlaceContext(plan, own, scorer);
            var groups = MeasureGroups(plan, scorer);
            for (var i = 0; i < provisions.Count; i++)
            {
                placements[provisions[i]] = Place(provisions[i], Weigh(own[i], places.Of(i), scorer), groups, topics, minimumScore);
            }
        }

        var overridden = ApplyOverrides(plan, topics, placements, diagnostics);
        foreach (var provision in provisions.Where(p => !overridden.Contains(p)))
        {
            Report(provision, placements.GetValueOrDefault(provision), diagnostics);
        }

        foreach (var provision in provisions.Where(p => !placements.ContainsKey(p)))
        {
            placements[provision] = new TopicPlacement(null, 0, PlacementSource.Unplaced);
        }

        return placements;
    }

    /// <summary>A topic outside the part where the provision stands loses up to <see cref="PlaceWeight"/> of its score.</summary>
    private double[] Weigh(double[] own, double[] place, TopicScorer scorer)
    {
        var best = place.Length == 0 ? 0 : place.Max();
        return own.Select((score, t) => score * (1 - (PlaceWeight * (best - place[scorer.Profiles.PartOfTopic[t]])))).ToArray();
    }

    private TopicPlacement Place(Division provision, double[] scores, Dictionary<Division, (int Topic, double Score)> groups, IReadOnlyList<Topic> topics, double minimumScore)
    {
        var best = ArgMax(scores);
        var group = provision.Ancestors.Reverse().Select(a => groups.TryGetValue(a, out var g) ? g : ((int Topic, double Score)?)null).FirstOrDefault(g => g is not null);
        if (group is { } inherited && (best == inherited.Topic || scores[best] < KeepOwnScore))
        {
            var score = Math.Max(inherited.Score, scores[inherited.Topic]);
            return new TopicPlacement(topics[inherited.Topic], Round(score), PlacementSource.Inherited);
        }

        return scores[best] >= minimumScore
            ? new TopicPlacement(topics[best], Round(scores[best]), PlacementSource.Aligned)
            : new TopicPlacement(null, Round(scores[best]), PlacementSource.Unplaced);
    }

    /// <summary>
    /// The groups (numbered divisions with children, below the part level) whose heading names a single measure,
    /// with that measure and how well the heading names it. A heading that names an outline part at least as well
    /// (甘肃省 （一）切实增强法治观念 ≈ 二、推动全社会增强法治观念) groups several measures and is not one.
    /// </summary>
    private Dictionary<Division, (int Topic, double Score)> MeasureGroups(Plan plan, TopicScorer scorer)
    {
        var groups = new Dictionary<Division, (int, double)>();
        foreach (var division in plan.AllDivisions.Where(d => !d.IsProvision && d.Marker.Level != NumberLevel.Part && d.Children.Count > 0))
        {
            var heading = scorer.HeadingScores(division.Title);
            var best = ArgMax(heading);
            if (heading[best] >= InheritMinimum && heading[best] > scorer.PartScores(division.Title).DefaultIfEmpty(0).Max())
            {
                groups[division] = (best, heading[best]);
            }
        }

        return groups;
    }

    /// <summary>Applies the plan's overrides; returns the provisions they placed. Wrong ones are errors at their key.</summary>
    private HashSet<Division> ApplyOverrides(Plan plan, IReadOnlyList<Topic> topics, Dictionary<Division, TopicPlacement> placements, DiagnosticBag diagnostics)
    {
        var placed = new HashSet<Division>();
        var overrides = plan.Metadata.TopicOverrides;
        if (overrides.Count == 0)
        {
            return placed;
        }

        var byId = topics.ToDictionary(t => t.Id, StringComparer.Ordinal);
        foreach (var (id, decision) in overrides.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var division = plan.FindDivision(id)
                ?? (plan.Metadata.Aliases.TryGetValue(id, out var current) ? plan.FindDivision(current) : null);
            if (division is null || !division.IsProvision)
            {
                var why = division is null ? "no provision of the plan has this id" : $"'{division.Label}' is a group of provisions, not a provision";
                diagnostics.Error(DiagnosticCodes.UnknownProvision, decision.ProvisionAt, $"topic override for '{id}': {why}");
                continue;
            }

            if (!byId.TryGetValue(decision.Topic, out var topic))
            {
                var known = topics.Count == 0 ? "no topics are defined (input/topics.yml is missing)" : "see input/topics.yml for the topic ids";
                diagnostics.Error(DiagnosticCodes.UnknownTopic, decision.TopicAt, $"topic override for '{id}' names unknown topic '{decision.Topic}'; {known}");
                continue;
            }

            placements[division] = new TopicPlacement(topic, OverrideScore, PlacementSource.Override);
            placed.Add(division);
        }

        return placed;
    }

    private void Report(Division provision, TopicPlacement? placement, DiagnosticBag diagnostics)
    {
        if (placement is null)
        {
            return;
        }

        var what = $"{provision.NumberPath}{provision.Title}";
        var score = placement.Score.ToString("0.00", CultureInfo.InvariantCulture);
        if (placement.Topic is null)
        {
            diagnostics.Warning(DiagnosticCodes.LowTopicScore, provision.Location,
                $"{what}: no measure of the outline fits (best score {score}); it is shown as a local measure. " +
                $"If it has one, name it in the front matter: topics: {{{provision.Id}: <topic id>}}");
        }
        else if (placement.Score < ConfidentScore)
        {
            diagnostics.Warning(DiagnosticCodes.LowTopicScore, provision.Location,
                $"{what}: placed under {placement.Topic.Marker}{placement.Topic.Title} ({placement.Topic.Id}) with a low score {score}; " +
                $"check it, and confirm or correct it in the front matter: topics: {{{provision.Id}: <topic id>}}");
        }
    }

    private static int ArgMax(IReadOnlyList<double> values)
    {
        var best = 0;
        for (var i = 1; i < values.Count; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>Scores are published (open data, pages); three decimals keep them stable and readable.</summary>
    private static double Round(double score) => Math.Round(Math.Clamp(score, 0, 1), 3, MidpointRounding.AwayFromZero);

    /// <summary>
    /// For each provision of a plan, how strongly each outline part is its context: the best, over the headings above
    /// it, of how well the heading names the part (三、组织保障 ≈ 七、加强组织保障), or of the share of the other
    /// provisions under that heading whose own best topic lies in the part (a 七、组织实施 whose provisions are about
    /// leadership and accountability is the organisational part). One pass over the plan.
    /// </summary>
    private sealed class PlaceContext
    {
        private readonly Plan _plan;
        private readonly int _parts;
        private readonly int[] _bestPart;
        private readonly double[] _bestScore;
        private readonly Dictionary<Division, double[]> _votes = [];
        private readonly Dictionary<Division, double[]> _headings = [];

        public PlaceContext(Plan plan, IReadOnlyList<double[]> own, TopicScorer scorer)
        {
            _plan = plan;
            _parts = scorer.Profiles.Parts.Count;
            _bestPart = new int[own.Count];
            _bestScore = new double[own.Count];
            for (var i = 0; i < own.Count; i++)
            {
                var best = ArgMax(own[i]);
                _bestPart[i] = scorer.Profiles.PartOfTopic[best];
                _bestScore[i] = own[i][best];
                foreach (var ancestor in plan.Provisions[i].Ancestors)
                {
                    if (!_votes.TryGetValue(ancestor, out var votes))
                    {
                        votes = _votes[ancestor] = new double[_parts + 1]; // the last slot is the total
                        _headings[ancestor] = scorer.PartScores(ancestor.Title);
                    }

                    votes[_bestPart[i]] += _bestScore[i];
                    votes[_parts] += _bestScore[i];
                }
            }
        }

        /// <summary>Per outline part, 0–1: how much the provision's place says it belongs there.</summary>
        public double[] Of(int index)
        {
            var place = new double[_parts];
            foreach (var ancestor in _plan.Provisions[index].Ancestors)
            {
                var heading = _headings[ancestor];
                var votes = _votes[ancestor];
                var others = votes[_parts] - _bestScore[index];
                for (var p = 0; p < _parts; p++)
                {
                    var mine = p == _bestPart[index] ? _bestScore[index] : 0;
                    var share = others > 0 ? (votes[p] - mine) / others : 0;
                    place[p] = Math.Max(place[p], Math.Max(heading[p], share));
                }
            }

            return place;
        }
    }
}
