using PlanAtlas.Model;
using PlanAtlas.Write;

namespace PlanAtlas.Data;

/// <summary>Writes the machine-readable data under <c>data/</c>: one JSON file per plan.</summary>
public sealed class WriteOpenData
{
    public void Run(SiteModel site, SiteFiles files)
    {
        foreach (var plan in site.Plans)
        {
            files.Add($"data/plans/{plan.Slug}.json", OpenDataJson.Serialize(ToData(plan, site.Placements)));
        }
    }

    /// <summary>A plan's open data; each provision's topic and score from <paramref name="placements"/> (null where it has none).</summary>
    public static PlanData ToData(Plan plan, IReadOnlyDictionary<Division, TopicPlacement> placements) => new(
        plan.Slug,
        plan.Metadata.Title,
        plan.Metadata.Level.ToString().ToLowerInvariant(),
        plan.Provisions.Select(p => ToData(plan, p, placements.GetValueOrDefault(p))).ToList());

    private static ProvisionData ToData(Plan plan, Division provision, TopicPlacement? placement) => new(
        provision.Id,
        provision.Marker.Written,
        provision.Marker.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        provision.Title,
        provision.Ancestors.Select(a => a.Label).ToList(),
        provision.Text,
        Topic: placement?.Topic?.Id,
        TopicScore: placement?.Topic is null ? null : placement.Score,
        provision.Note?.Lead.Select(a => a.Name).ToList() ?? [],
        provision.Note?.Participants.Select(a => a.Name).ToList() ?? [],
        provision.Note?.CatchAll ?? [],
        $"plans/{plan.Slug}/{provision.Id}/");
}
