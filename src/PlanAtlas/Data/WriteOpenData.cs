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
            files.Add($"data/plans/{plan.Slug}.json", OpenDataJson.Serialize(WriteTopicData.WithTopics(ToData(plan), plan, site.Placements)));
        }
    }

    public static PlanData ToData(Plan plan) => new(
        plan.Slug,
        plan.Metadata.Title,
        plan.Metadata.Level.ToString().ToLowerInvariant(),
        plan.Provisions.Select(p => ToData(plan, p)).ToList());

    private static ProvisionData ToData(Plan plan, Division provision) => new(
        provision.Id,
        provision.Marker.Written,
        provision.Marker.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        provision.Title,
        provision.Ancestors.Select(a => a.Label).ToList(),
        provision.Text,
        Topic: null,
        TopicScore: null,
        provision.Note?.Lead.Select(a => a.Name).ToList() ?? [],
        provision.Note?.Participants.Select(a => a.Name).ToList() ?? [],
        provision.Note?.CatchAll ?? [],
        $"plans/{plan.Slug}/{provision.Id}/");
}
