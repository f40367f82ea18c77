using System.Text.Json.Serialization;
using PlanAtlas.Model;
using PlanAtlas.Write;

namespace PlanAtlas.Data;

/// <summary>
/// Writes <c>data/topics.json</c>: the outline's measures in order, each with the provisions aligned to it (plan,
/// id, title, score, how it was placed, address), and the provisions that match no measure. The <c>topic</c> and
/// <c>topicScore</c> fields of <c>data/plans/&lt;slug&gt;.json</c> are written by <see cref="WriteOpenData"/>.
/// </summary>
public sealed class WriteTopicData(DataStamp stamp)
{
    public const string Path = "data/topics.json";

    public void Run(SiteModel site, SiteFiles files)
    {
        if (site.Topics.Count > 0)
        {
            OpenDataJson.Add(files, Path, stamp.Apply(ToData(site)));
        }
    }

    public static TopicsData ToData(SiteModel site)
    {
        var byTopic = site.Topics.ToDictionary(t => t, _ => new List<TopicProvisionData>());
        var unplaced = new List<TopicProvisionData>();
        foreach (var plan in site.Plans)
        {
            foreach (var provision in plan.Provisions)
            {
                var placement = site.PlacementOf(provision);
                var data = new TopicProvisionData(
                    plan.Slug,
                    provision.Id,
                    provision.Marker.Display + provision.Title,
                    placement?.Score ?? 0,
                    Source(placement?.Source ?? PlacementSource.Unplaced),
                    $"plans/{plan.Slug}/{provision.Id}/");
                if (placement?.Topic is { } topic && byTopic.TryGetValue(topic, out var list))
                {
                    list.Add(data);
                }
                else
                {
                    unplaced.Add(data);
                }
            }
        }

        return new TopicsData(
            site.Topics.Select(t => new TopicData(
                t.Id,
                t.Number,
                t.Marker,
                t.Part,
                t.Title,
                t.Keywords,
                byTopic[t].Select(p => p.Plan).Distinct(StringComparer.Ordinal).Count(),
                byTopic[t].Count > 0 ? $"compare/{t.Id}/" : null,
                byTopic[t])).ToList(),
            unplaced);
    }

    /// <summary>How a placement was made, as the data files write it: aligned, inherited, override, unplaced.</summary>
    public static string Source(PlacementSource source) => source switch
    {
        PlacementSource.Aligned => "aligned",
        PlacementSource.Inherited => "inherited",
        PlacementSource.Override => "override",
        _ => "unplaced",
    };
}

/// <summary>The shape of <c>data/topics.json</c>.</summary>
public sealed record TopicsData(
    [property: JsonPropertyName("topics")] IReadOnlyList<TopicData> Topics,
    [property: JsonPropertyName("unplaced")] IReadOnlyList<TopicProvisionData> Unplaced) : OpenDataFile;

public sealed record TopicData(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("number")] int Number,
    [property: JsonPropertyName("marker")] string Marker,
    [property: JsonPropertyName("part")] string Part,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("keywords")] IReadOnlyList<string> Keywords,
    [property: JsonPropertyName("planCount")] int PlanCount,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("provisions")] IReadOnlyList<TopicProvisionData> Provisions);

/// <summary>A provision under a measure: <c>score</c> 0–1; <c>source</c> aligned, inherited, override or unplaced.</summary>
public sealed record TopicProvisionData(
    [property: JsonPropertyName("plan")] string Plan,
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("url")] string Url);
