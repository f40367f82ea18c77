using PlanAtlas.Routing;
using System.Text.Json.Serialization;

namespace PlanAtlas.Data;

/// <summary>
/// What every JSON file under <c>data/</c> starts with, so that a file passed around on its own still says which
/// contract it follows (<c>data/schemas/</c>), when it was built and on what terms it may be reused.
/// </summary>
public abstract record OpenDataFile
{
    [JsonPropertyName("schemaVersion")]
    [JsonPropertyOrder(-3)]
    public string SchemaVersion { get; init; } = DataStamp.CurrentSchemaVersion;

    [JsonPropertyName("generated")]
    [JsonPropertyOrder(-2)]
    public DateOnly Generated { get; init; }

    [JsonPropertyName("license")]
    [JsonPropertyOrder(-1)]
    public string License { get; init; } = string.Empty;
}

/// <summary>The header values of one build, given to every data writer.</summary>
/// <param name="BaseUrl">The site's public address for absolute links; empty when the settings give none.</param>
public sealed record DataStamp(DateOnly Generated, string License, string BaseUrl)
{
    /// <summary>
    /// Semantic version of the data contract: a new optional field raises the minor number, a removed or renamed
    /// field the major one. 1.x keeps every field DESIGN.md first published.
    /// </summary>
    public const string CurrentSchemaVersion = "1.1.0";

    /// <summary>For tests and tools that build data outside a build: no date, no licence, no base URL.</summary>
    public static DataStamp None { get; } = new(default, string.Empty, string.Empty);

    public T Apply<T>(T data)
        where T : OpenDataFile => (T)(data with { SchemaVersion = CurrentSchemaVersion, Generated = Generated, License = License });

    /// <summary>The absolute address of a page of the site; null without a base URL.</summary>
    public string? Absolute(SiteLink link) => Routes.Absolute(BaseUrl, link);
}
