using System.Text.Json;
using System.Text.Json.Serialization;

namespace PlanAtlas.Routing;

/// <summary>
/// A link to a page or file of the site, held by its root path (<c>/plans/gansu/#part_1</c>) or, for a place on the
/// same page, by its fragment alone (<c>#part_1</c>). View models carry links as this type, never as text: the
/// renderer writes each one relative to the page being rendered (<see cref="LinkWriter"/>), so the same files work
/// under any base path and from <c>file://</c>, and no finished page has to be parsed to fix its links.
/// </summary>
[JsonConverter(typeof(SiteLinkJson))]
public readonly record struct SiteLink
{
    private SiteLink(string value) => Value = value;

    /// <summary>The root path with its fragment (<c>/plans/gansu/#x</c>), or the fragment alone (<c>#x</c>).</summary>
    public string Value { get; }

    public bool IsFragmentOnly => Value.StartsWith('#');

    public static SiteLink Root(string rootPath) =>
        rootPath.StartsWith('/') && !rootPath.StartsWith("//", StringComparison.Ordinal)
            ? new(rootPath)
            : throw new ArgumentException($"a site link starts with one '/': '{rootPath}'", nameof(rootPath));

    public static SiteLink Fragment(string id) => new("#" + id);

    public SiteLink WithFragment(string id) => new((IsFragmentOnly ? string.Empty : Path) + "#" + id);

    /// <summary>The root path without the fragment; empty for a fragment-only link.</summary>
    public string Path => Value.IndexOf('#') is var at and >= 0 ? Value[..at] : Value;

    /// <summary>The fragment without '#', or null.</summary>
    public string? FragmentId => Value.IndexOf('#') is var at and >= 0 ? Value[(at + 1)..] : null;

    public override string ToString() => Value;

    /// <summary>View-model snapshots and script data show a link as its root path.</summary>
    private sealed class SiteLinkJson : JsonConverter<SiteLink>
    {
        public override SiteLink Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString() ?? string.Empty;
            return text.StartsWith('#') ? Fragment(text[1..]) : Root(text);
        }

        public override void Write(Utf8JsonWriter writer, SiteLink value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
    }
}
