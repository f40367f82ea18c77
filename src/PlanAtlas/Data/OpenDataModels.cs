using System.Text.Json.Serialization;

namespace PlanAtlas.Data;

/// <summary>The shape of <c>data/plans/&lt;slug&gt;.json</c>, exactly as DESIGN.md gives it.</summary>
public sealed record PlanData(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("level")] string Level,
    [property: JsonPropertyName("provisions")] IReadOnlyList<ProvisionData> Provisions);

public sealed record ProvisionData(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("marker")] string Marker,
    [property: JsonPropertyName("number")] string Number,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("path")] IReadOnlyList<string> Path,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("topic")] string? Topic,
    [property: JsonPropertyName("topicScore")] double? TopicScore,
    [property: JsonPropertyName("lead")] IReadOnlyList<string> Lead,
    [property: JsonPropertyName("participants")] IReadOnlyList<string> Participants,
    [property: JsonPropertyName("catchAll")] IReadOnlyList<string> CatchAll,
    [property: JsonPropertyName("url")] string Url);
