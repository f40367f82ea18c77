using System.Text.Json.Serialization;
using PlanAtlas.Model;
using PlanAtlas.Pipeline;
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

    /// <param name="reuse">A preview rebuild's reuse: an unchanged plan's entries are kept as last written.</param>
    public void Run(SiteModel site, SiteFiles files, PageReuse? reuse = null)
    {
        if (site.Topics.Count > 0)
        {
            OpenDataJson.Add(files, Path, stamp.Apply(ToData(site, reuse)));
        }
    }

    /// <param name="reuse">A preview rebuild's reuse, or null: every plan's entries are made.</param>
    public static TopicsData ToData(SiteModel site, PageReuse? reuse = null)
    {
        var numbers = site.Topics.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        var plans = site.Plans.Select(plan => PageReuse.Part(reuse, Path, plan.Slug, [plan], () => Entries(site, plan, numbers))).ToList();
        return new TopicsData(
            site.Topics.Select((t, i) =>
            {
                var parts = plans.Select(p => p[i]).ToList();
                var planCount = parts.Count(p => p.Count > 0);
                return new TopicData(
                    t.Id, t.Number, t.Marker, t.Part, t.Title, t.Keywords, planCount, planCount > 0 ? $"compare/{t.Id}/" : null, new SplicedList<TopicProvisionData>(parts));
            }).ToList(),
            new SplicedList<TopicProvisionData>(plans.Select(p => p[^1]).ToList()));
    }

    /// <summary>
    /// One plan's entries: under each measure in outline order (as they stand in the file, in a measure's <c>provisions</c>),
    /// then those under none (in <c>unplaced</c>).
    /// </summary>
    private static JsonPart[] Entries(SiteModel site, Plan plan, IReadOnlyDictionary<Topic, int> numbers)
    {
        var byTopic = Enumerable.Range(0, numbers.Count + 1).Select(_ => new List<TopicProvisionData>()).ToArray();
        foreach (var provision in plan.Provisions)
        {
            var placement = site.PlacementOf(provision);
            var data = new TopicProvisionData(
                plan.Slug,
                provision.Id,
                provision.Marker.Display + provision.Title,
                placement?.Score ?? 0,
                Source(placement?.Source ?? PlacementSource.Unplaced),
                WriteOpenData.UrlOf(plan, provision));
            byTopic[placement?.Topic is { } topic && numbers.TryGetValue(topic, out var number) ? number : numbers.Count].Add(data);
        }

        // Depth: the file's object, its topics, a topic, its provisions (4); unplaced is a list of the file's object (2).
        return byTopic.Select((entries, i) => JsonPart.Of(entries, depth: i < numbers.Count ? 4 : 2)).ToArray();
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
