using System.Globalization;
using System.Text.RegularExpressions;
using PlanAtlas.Diagnostics;
using PlanAtlas.Model;
using PlanAtlas.Model.Jurisdictions;
using PlanAtlas.Load.Yaml;
using YamlDotNet.RepresentationModel;

namespace PlanAtlas.Load;

/// <summary>Splits a plan file into front matter and body and turns the front matter into <see cref="PlanMetadata"/>.</summary>
public static partial class FrontMatterReader
{
    [GeneratedRegex(@"（(?<from>\d{4})\s*[—–-]+\s*(?<to>\d{4})\s*年?）|\((?<from>\d{4})\s*[—–-]+\s*(?<to>\d{4})\s*年?\)")]
    private static partial Regex PeriodPattern();

    [GeneratedRegex(@"^[1-9]\d{5}$")]
    private static partial Regex JurisdictionCode();

    /// <summary>The lines of the file, and the index of the first body line (after the closing <c>---</c>).</summary>
    public static (string Yaml, int BodyStart)? Split(string[] lines)
    {
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                return (string.Join("\n", lines[1..i]), i + 1);
            }
        }

        return null;
    }

    /// <summary>The metadata, or null when the front matter has errors (each reported at its line and column).</summary>
    /// <param name="slugAt">Where the slug's value stands, for the error that names a second plan with the same slug.</param>
    public static PlanMetadata? Read(string yaml, string path, DiagnosticBag diagnostics, out SourceLocation slugAt)
    {
        slugAt = new SourceLocation(path, 1, 1);
        // The YAML starts on line 2 of the file, after the opening ---.
        var reader = new LocatedYaml(path, diagnostics, DiagnosticCodes.MalformedFrontMatter, firstLine: 2);
        var root = reader.Parse(yaml, "front matter", out var malformed);
        if (root is null)
        {
            if (!malformed)
            {
                diagnostics.Error(DiagnosticCodes.MissingFrontMatter, new SourceLocation(path, 1, 1), "front matter is empty");
            }

            return null;
        }

        if (root is not YamlMappingNode map)
        {
            reader.Error(root, $"front matter must be a mapping of fields (slug: …), not a {LocatedYaml.KindOf(root)}");
            return null;
        }

        var fields = new Fields(reader, map, diagnostics);
        slugAt = fields.At("slug");
        return fields.Metadata();
    }

    /// <summary>One front matter's fields, read and checked; every problem is reported, then the plan is left out.</summary>
    private sealed class Fields(LocatedYaml reader, YamlMappingNode map, DiagnosticBag diagnostics)
    {
        private static readonly string[] Known =
            ["slug", "title", "short", "level", "issuer", "issued", "published", "status", "source", "responsibility", "aliases", "topics", "jurisdiction"];

        private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _fields = reader.Fields(map, Known, "front matter");
        private bool _ok = true;

        public PlanMetadata? Metadata()
        {
            var slug = Required("slug");
            var title = Required("title");
            var levelText = Required("level");
            if (slug is not null && !Slug.IsValid(slug))
            {
                Invalid(DiagnosticCodes.InvalidField, "slug", $"slug '{slug}' must be {Slug.Rule}");
            }

            var level = PlanLevel.County;
            if (levelText is not null && !TryParseEnum(levelText, out level))
            {
                Invalid(DiagnosticCodes.UnknownLevel, "level", $"unknown level '{levelText}'; expected one of {Names<PlanLevel>()}");
            }

            var statusText = Optional("status");
            var status = PlanStatus.Final;
            if (statusText is not null && !TryParseEnum(statusText, out status))
            {
                Invalid(DiagnosticCodes.UnknownStatus, "status", $"unknown status '{statusText}'; expected final or draft");
            }

            var convention = Convention(Optional("responsibility"));
            var issued = Date("issued");
            var published = Date("published");
            var aliases = Map("aliases");
            var overrides = Map("topics");
            var shortName = Optional("short");
            var jurisdiction = Jurisdiction();
            if (!_ok || slug is null || title is null)
            {
                return null;
            }

            return new PlanMetadata
            {
                Slug = slug,
                Title = title,
                Short = shortName ?? ShortName(title),
                Level = level,
                Issuer = Optional("issuer"),
                Issued = issued,
                Published = published,
                Status = status,
                Source = Optional("source"),
                Jurisdiction = jurisdiction,
                Responsibility = convention,
                Aliases = aliases.ToDictionary(a => a.Key, a => a.Value.Value, StringComparer.Ordinal),
                AliasesAt = aliases.ToDictionary(a => a.Key, a => (a.Value.KeyAt, a.Value.ValueAt), StringComparer.Ordinal),
                TopicOverrides = overrides.ToDictionary(o => o.Key, o => new TopicOverride(o.Value.Value, o.Value.KeyAt, o.Value.ValueAt), StringComparer.Ordinal),
                Period = ReadPeriod(title),
            };
        }

        private string? Required(string field) => reader.Text(map, _fields, field, "front matter", DiagnosticCodes.MissingField) ?? Fail();

        /// <summary>An optional text field: absent or empty is null; a list or mapping is an error.</summary>
        private string? Optional(string field)
        {
            if (!_fields.TryGetValue(field, out var node) || node.Value is YamlScalarNode { Value: null or "" })
            {
                return null;
            }

            if (node.Value is YamlScalarNode { Value: { } value })
            {
                return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
            }

            Invalid(DiagnosticCodes.InvalidField, field, $"'{field}' must be a text, not a {LocatedYaml.KindOf(node.Value)}");
            return null;
        }

        /// <summary>
        /// The code as written, checked only for its form: whether the register knows it, whether the level agrees,
        /// and the warning for a plan that names none, come once the register is read (<c>ResolveJurisdictions</c>).
        /// </summary>
        private JurisdictionReference? Jurisdiction()
        {
            var code = Optional("jurisdiction");
            if (code is null)
            {
                return null;
            }

            if (!JurisdictionCode().IsMatch(code))
            {
                Invalid(DiagnosticCodes.UnknownJurisdiction, "jurisdiction", $"jurisdiction '{code}' must be a six-digit GB/T 2260 code such as 511725");
                return null;
            }

            return new JurisdictionReference(code, At("jurisdiction"), At("level"));
        }

        private ResponsibilityConvention? Convention(string? text)
        {
            if (text is null)
            {
                return null;
            }

            if (TryParseEnum<ResponsibilityConvention>(text, out var c) && c != ResponsibilityConvention.None)
            {
                return c;
            }

            Invalid(DiagnosticCodes.InvalidField, "responsibility", $"unknown responsibility convention '{text}'; expected semicolon, comma or labelled");
            return null;
        }

        private DateOnly? Date(string field)
        {
            var value = Optional(field);
            if (value is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Invalid(DiagnosticCodes.InvalidField, field, $"'{field}' must be a date written yyyy-mm-dd, not '{value}'");
            return null;
        }

        /// <summary>A mapping of id → text (aliases, topics), each entry with where its key and value stand.</summary>
        private Dictionary<string, (string Value, SourceLocation KeyAt, SourceLocation ValueAt)> Map(string field)
        {
            var entries = new Dictionary<string, (string, SourceLocation, SourceLocation)>(StringComparer.Ordinal);
            if (!_fields.TryGetValue(field, out var node) || node.Value is YamlScalarNode { Value: null or "" })
            {
                return entries;
            }

            if (node.Value is not YamlMappingNode mapping)
            {
                Invalid(DiagnosticCodes.InvalidField, field, $"'{field}' must be a mapping of provision id to id: {{part_2__sec_1__art_3: …}}");
                return entries;
            }

            foreach (var (key, value) in mapping.Children)
            {
                if (key is YamlScalarNode { Value: { Length: > 0 } id } && value is YamlScalarNode { Value: { Length: > 0 } text })
                {
                    entries[id.Trim()] = (text.Trim(), reader.At(key), reader.At(value));
                }
                else
                {
                    reader.Error(key, $"an entry of '{field}' must be a provision id and an id, both texts");
                    _ok = false;
                }
            }

            return entries;
        }

        public SourceLocation At(string field) => _fields.TryGetValue(field, out var node) ? reader.At(node.Value) : reader.Start;

        private void Invalid(string code, string field, string message)
        {
            diagnostics.Error(code, At(field), message);
            _ok = false;
        }

        private string? Fail()
        {
            _ok = false;
            return null;
        }
    }

    /// <summary>The jurisdiction's name: the title up to 法治社会 (甘肃省, 渠县, 上海).</summary>
    public static string ShortName(string title)
    {
        var at = title.IndexOf("法治社会", StringComparison.Ordinal);
        return at > 0 ? title[..at] : title;
    }

    public static (int From, int To)? ReadPeriod(string title)
    {
        var m = PeriodPattern().Match(title);
        return m.Success
            ? (int.Parse(m.Groups["from"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["to"].Value, CultureInfo.InvariantCulture))
            : null;
    }

    private static bool TryParseEnum<T>(string text, out T value)
        where T : struct, Enum =>
        Enum.TryParse(text.Trim(), ignoreCase: true, out value) && !int.TryParse(text, out _);

    private static string Names<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()));

}
