using System.Text.Json.Serialization;

namespace PlanAtlas.Data;

/// <summary>
/// The shape of <c>data/plans/&lt;slug&gt;.json</c>: DESIGN.md's fields (slug, title, level, provisions), then what
/// a legal reader needs to trust and cite the text: who issued it and when, its place, and the text outside provisions.
/// </summary>
public sealed record PlanData(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("level")] string Level,
    [property: JsonPropertyName("provisions"), JsonPropertyOrder(1)] IReadOnlyList<ProvisionData> Provisions) : OpenDataFile
{
    [JsonPropertyName("short")]
    public required string Short { get; init; }

    /// <summary><c>final</c> or <c>draft</c>.</summary>
    [JsonPropertyName("status")]
    public required string Status { get; init; }

    [JsonPropertyName("issuer")]
    public string? Issuer { get; init; }

    [JsonPropertyName("issued")]
    public DateOnly? Issued { get; init; }

    [JsonPropertyName("published")]
    public DateOnly? Published { get; init; }

    /// <summary>Where the text was published, as the front matter names it.</summary>
    [JsonPropertyName("source")]
    public string? Source { get; init; }

    [JsonPropertyName("period")]
    public PeriodData? Period { get; init; }

    /// <summary>Null when the front matter names no GB/T 2260 code.</summary>
    [JsonPropertyName("jurisdiction")]
    public JurisdictionData? Jurisdiction { get; init; }

    /// <summary>The paragraphs before the first numbered heading.</summary>
    [JsonPropertyName("preamble")]
    public required IReadOnlyList<string> Preamble { get; init; }

    /// <summary>Text that belongs to a heading with numbered children (or to a part), and so to no provision.</summary>
    [JsonPropertyName("unnumbered")]
    public required IReadOnlyList<UnnumberedTextData> Unnumbered { get; init; }
}

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
    [property: JsonPropertyName("url")] string Url)
{
    /// <summary>The numbering path: <c>二、（五）19.（57）</c>.</summary>
    [JsonPropertyName("numberPath")]
    public required string NumberPath { get; init; }

    /// <summary>《title as written》 + numbering path, ready to paste.</summary>
    [JsonPropertyName("citation")]
    public required string Citation { get; init; }

    /// <summary>The provision page's absolute address; null when the site has no base URL.</summary>
    [JsonPropertyName("permalink")]
    public string? Permalink { get; init; }

    /// <summary><see cref="Lead"/> with each name's agency in data/agencies.json.</summary>
    [JsonPropertyName("leadAgencies")]
    public required IReadOnlyList<AgencyRefData> LeadAgencies { get; init; }

    [JsonPropertyName("participantAgencies")]
    public required IReadOnlyList<AgencyRefData> ParticipantAgencies { get; init; }
}

/// <summary>A name as the note writes it, and the slug of the registry's agency it means (null when the registry does not know it).</summary>
public sealed record AgencyRefData(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("agency")] string? Agency);

public sealed record PeriodData(
    [property: JsonPropertyName("from")] int From,
    [property: JsonPropertyName("to")] int To);

/// <summary>The plan's place and the places above it.</summary>
/// <param name="Level">The GB/T 2260 tier: province, prefecture or county.</param>
/// <param name="Chain">Outermost first, ending with the place itself.</param>
public sealed record JurisdictionData(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("level")] string Level,
    [property: JsonPropertyName("chain")] IReadOnlyList<PlaceData> Chain);

/// <param name="Plan">The slug of the corpus's plan for this place; null when the corpus lacks it.</param>
public sealed record PlaceData(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("level")] string Level,
    [property: JsonPropertyName("plan")] string? Plan);

/// <summary>The text of a heading that is no provision: <c>一、总体要求</c> and its paragraphs.</summary>
public sealed record UnnumberedTextData(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("paragraphs")] IReadOnlyList<string> Paragraphs);
