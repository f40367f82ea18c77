using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PlanAtlas.Analyse.Jurisdictions;
using PlanAtlas.Configuration;
using PlanAtlas.Data;
using PlanAtlas.Model;

namespace PlanAtlas.IO;

/// <summary>
/// Every type the site reads or writes as JSON, described at compile time (System.Text.Json's source generator): no
/// serializer code is emitted while a build runs, and the published binary needs no reflection to write its data. A
/// type missing here fails the first test that serializes it (options built with <see cref="For"/> know no other).
/// </summary>
[JsonSerializable(typeof(PlanData))]
[JsonSerializable(typeof(TopicsData))]
[JsonSerializable(typeof(AgenciesData))]
[JsonSerializable(typeof(IEnumerable<AgencyData>))]
[JsonSerializable(typeof(IEnumerable<TopicProvisionData>))]
[JsonSerializable(typeof(IReadOnlyCollection<AgencyData>))]
[JsonSerializable(typeof(IReadOnlyCollection<TopicProvisionData>))]
[JsonSerializable(typeof(List<AgencyData>))]
[JsonSerializable(typeof(List<TopicProvisionData>))]
[JsonSerializable(typeof(List<LoadJurisdictions.Entry>))]
[JsonSerializable(typeof(SiteSettings))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(string))]
internal sealed partial class JsonContracts : JsonSerializerContext
{
    /// <summary>Options for a JSON style (indentation, encoder, converters) over these contracts only.</summary>
    public static JsonSerializerOptions For(JsonSerializerOptions style) => new(style) { TypeInfoResolver = Default };

    public static string Serialize<T>(T value, JsonSerializerOptions options) => JsonSerializer.Serialize(value, TypeInfo<T>(options));

    public static T? Deserialize<T>(ReadOnlySpan<byte> json, JsonSerializerOptions options) => JsonSerializer.Deserialize(json, TypeInfo<T>(options));

    public static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}

/// <summary>
/// A plan's metadata with its fields (the period is a tuple): what <see cref="Pipeline.SiteShape"/> compares between
/// two builds, so that a new metadata property is compared without being listed anywhere.
/// </summary>
[JsonSourceGenerationOptions(IncludeFields = true)]
[JsonSerializable(typeof(PlanMetadata))]
internal sealed partial class MetadataShapeContract : JsonSerializerContext;
