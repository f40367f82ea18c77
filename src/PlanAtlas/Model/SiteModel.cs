using PlanAtlas.Model.Agencies;
using PlanAtlas.Model.Jurisdictions;

namespace PlanAtlas.Model;

/// <summary>Everything the later stages read: the plans and what the analyse stages found in them, built once.</summary>
public sealed class SiteModel
{
    public required IReadOnlyList<Plan> Plans { get; init; }

    /// <summary>The national outline's measures, in outline order (empty when input/topics.yml is absent).</summary>
    public IReadOnlyList<Topic> Topics { get; init; } = [];

    /// <summary>The topic of every provision, keyed by the provision.</summary>
    public IReadOnlyDictionary<Division, TopicPlacement> Placements { get; init; } = new Dictionary<Division, TopicPlacement>();

    /// <summary>Who leads and who joins each provision, per plan and across plans.</summary>
    public AgencyIndex Agencies { get; init; } = AgencyIndex.Empty;

    /// <summary>The GB/T 2260 register, and each plan's place with the plans above it.</summary>
    public JurisdictionIndex Jurisdictions { get; init; } = JurisdictionIndex.Empty;

    /// <summary>The abbreviations and synonyms of input/synonyms.yml, for search (empty when the file is absent).</summary>
    public IReadOnlyList<SynonymGroup> Synonyms { get; init; } = [];

    public Plan? FindPlan(string slug) => Plans.FirstOrDefault(p => p.Slug == slug);

    public TopicPlacement? PlacementOf(Division provision) => Placements.GetValueOrDefault(provision);

    /// <summary>Where the plan belongs; null when its front matter names no jurisdiction.</summary>
    public PlanJurisdiction? JurisdictionOf(Plan plan) => Jurisdictions.Of(plan);
}
