using PlanAtlas.Diagnostics;
using PlanAtlas.Load;
using PlanAtlas.Model;
using PlanAtlas.Model.Agencies;
using PlanAtlas.Pipeline;
using PlanAtlas.Structure;
using PlanAtlas.Load.Yaml;
using YamlDotNet.RepresentationModel;

namespace PlanAtlas.Analyse.Agencies;

/// <summary>
/// Analyse stage: reads <c>input/agencies.yml</c>, the agency registry, into <see cref="AgencyRegistry"/>.
/// The file is a mapping of <c>kinds</c> (<c>{id, name, group}</c>, in display order) and <c>agencies</c>
/// (<c>{slug, name, kind, aliases, levels}</c>). Every mistake is an error (PA405) at its line and column: bad YAML,
/// a missing or unknown field, a duplicate kind id or slug, an unknown kind, a name or alias that two agencies
/// claim, a pattern that is a catch-all phrase. No file means no registry: every agency is listed as written.
/// </summary>
public sealed class LoadAgencyRegistry
{
    public const string FileName = "agencies.yml";

    private static readonly string[] RootFields = ["kinds", "agencies"];
    private static readonly string[] KindFields = ["id", "name", "group"];
    private static readonly string[] AgencyFields = ["slug", "name", "kind", "aliases", "levels"];

    public AgencyRegistry Run(BuildContext context) => OptionalInputFile.Read(context, FileName, Parse, AgencyRegistry.None);

    /// <summary>Parses the text of a registry file; <paramref name="path"/> is only used in messages.</summary>
    public static AgencyRegistry Parse(string text, string path, DiagnosticBag diagnostics) => new Reader(path, diagnostics).Read(text);

    private sealed class Reader(string path, DiagnosticBag diagnostics)
    {
        private readonly LocatedYaml _yaml = new(path, diagnostics, DiagnosticCodes.RegistryError);
        private readonly List<AgencyKind> _kinds = [];
        private readonly List<RegisteredAgency> _agencies = [];
        private readonly Dictionary<string, SourceLocation> _kindIds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, SourceLocation> _slugs = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Slug, SourceLocation At)> _patterns = new(StringComparer.Ordinal);

        public AgencyRegistry Read(string text)
        {
            var node = _yaml.Parse(text, FileName, out var malformed);
            if (node is not YamlMappingNode root)
            {
                if (!malformed)
                {
                    _yaml.Error(node is null ? _yaml.Start : _yaml.At(node), $"{FileName} must be a mapping with 'kinds:' and 'agencies:'");
                }

                return AgencyRegistry.None;
            }

            var fields = _yaml.Fields(root, RootFields, "registry");
            if (fields.TryGetValue("kinds", out var kinds))
            {
                ReadList(kinds.Value, "kinds", ReadKind);
            }
            else
            {
                _yaml.Error(root, $"{FileName} has no 'kinds:' list");
            }

            if (fields.TryGetValue("agencies", out var agencies))
            {
                ReadList(agencies.Value, "agencies", ReadAgency);
            }
            else
            {
                _yaml.Error(root, $"{FileName} has no 'agencies:' list");
            }

            return new AgencyRegistry(_kinds, _agencies);
        }

        private void ReadList(YamlNode node, string field, Action<YamlMappingNode> read)
        {
            if (node is not YamlSequenceNode list)
            {
                _yaml.Error(node, $"'{field}' must be a list (- …), not a {LocatedYaml.KindOf(node)}");
                return;
            }

            foreach (var item in list.Children)
            {
                if (item is YamlMappingNode map)
                {
                    read(map);
                }
                else
                {
                    _yaml.Error(item, $"an entry of '{field}' must be a mapping, not a {LocatedYaml.KindOf(item)}");
                }
            }
        }

        private void ReadKind(YamlMappingNode map)
        {
            var fields = _yaml.Fields(map, KindFields, "kind");
            var id = _yaml.Text(map, fields, "id", "kind");
            var name = _yaml.Text(map, fields, "name", "kind");
            var group = _yaml.Text(map, fields, "group", "kind");
            if (id is null || name is null || group is null)
            {
                return;
            }

            var idAt = _yaml.At(fields["id"].Value);
            if (!Slug.IsValid(id))
            {
                diagnostics.Error(DiagnosticCodes.RegistryError, idAt, $"kind id '{id}' must be {Slug.Rule}");
                return;
            }

            if (_kindIds.TryGetValue(id, out var first))
            {
                diagnostics.Error(DiagnosticCodes.RegistryError, idAt, $"kind id '{id}' is already used at line {first.Line}");
                return;
            }

            _kindIds[id] = idAt;
            _kinds.Add(new AgencyKind(id, name, group, _kinds.Count));
        }

        private void ReadAgency(YamlMappingNode map)
        {
            var fields = _yaml.Fields(map, AgencyFields, "agency");
            var slug = _yaml.Text(map, fields, "slug", "agency");
            var name = _yaml.Text(map, fields, "name", "agency");
            var kindId = _yaml.Text(map, fields, "kind", "agency");
            var ok = slug is not null && name is not null && kindId is not null;

            if (slug is not null)
            {
                var slugAt = _yaml.At(fields["slug"].Value);
                if (!Slug.IsValid(slug) || slug.StartsWith("x-", StringComparison.Ordinal))
                {
                    diagnostics.Error(DiagnosticCodes.RegistryError, slugAt,
                        $"agency slug '{slug}' must be {Slug.Rule}, not starting with 'x-' (kept for unregistered names)");
                    ok = false;
                }
                else if (_slugs.TryGetValue(slug, out var first))
                {
                    diagnostics.Error(DiagnosticCodes.RegistryError, slugAt, $"duplicate agency slug '{slug}': already used at line {first.Line}");
                    ok = false;
                }
                else
                {
                    _slugs[slug] = slugAt;
                }
            }

            AgencyKind? kind = null;
            if (kindId is not null)
            {
                kind = _kinds.FirstOrDefault(k => k.Id == kindId);
                if (kind is null)
                {
                    diagnostics.Error(DiagnosticCodes.RegistryError, _yaml.At(fields["kind"].Value),
                        $"unknown kind '{kindId}'; declare it under 'kinds:' (known: {string.Join(", ", _kinds.Select(k => k.Id))})");
                    ok = false;
                }
            }

            var owner = slug ?? "?";
            var namePattern = name is null ? null : Claim(name, fields["name"].Value, owner, "name");
            var aliases = ReadAliases((fields.TryGetValue("aliases", out var aliasesNode) ? aliasesNode.Value : null), owner, ref ok);
            var levels = ReadLevels((fields.TryGetValue("levels", out var levelsNode) ? levelsNode.Value : null), owner, ref ok);
            if (!ok || namePattern is null || kind is null)
            {
                return;
            }

            _agencies.Add(new RegisteredAgency(slug!, namePattern, kind, aliases, levels, _yaml.At(map)));
        }

        private List<string> ReadAliases(YamlNode? node, string owner, ref bool ok)
        {
            var aliases = new List<string>();
            switch (node)
            {
                case null:
                case YamlScalarNode { Value: null or "" }:
                    return aliases;
                case YamlSequenceNode list:
                    foreach (var item in list.Children)
                    {
                        if (item is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
                        {
                            var pattern = Claim(value, item, owner, "alias");
                            if (pattern is null)
                            {
                                ok = false;
                            }
                            else
                            {
                                aliases.Add(pattern);
                            }
                        }
                        else
                        {
                            _yaml.Error(item, "an alias must be a non-empty text");
                            ok = false;
                        }
                    }

                    return aliases;
                default:
                    _yaml.Error(node, "'aliases' must be a list: [委办, 委办公室]");
                    ok = false;
                    return aliases;
            }
        }

        private Dictionary<PlanLevel, string> ReadLevels(YamlNode? node, string owner, ref bool ok)
        {
            var levels = new Dictionary<PlanLevel, string>();
            if (node is null)
            {
                return levels;
            }

            if (node is not YamlMappingNode map)
            {
                _yaml.Error(node, "'levels' must be a mapping of level to name: { prefecture: 中级人民法院 }");
                ok = false;
                return levels;
            }

            foreach (var (keyNode, valueNode) in map.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
                if (!Enum.TryParse<PlanLevel>(key, ignoreCase: true, out var level) || int.TryParse(key, out _))
                {
                    _yaml.Error(keyNode, $"unknown level '{key}'; expected one of {string.Join(", ", Enum.GetNames<PlanLevel>().Select(n => n.ToLowerInvariant()))}");
                    ok = false;
                    continue;
                }

                if (valueNode is not YamlScalarNode { Value: { } value } || string.IsNullOrWhiteSpace(value))
                {
                    _yaml.Error(valueNode, "a level's name must be a non-empty text");
                    ok = false;
                    continue;
                }

                var pattern = Claim(value, valueNode, owner, "name");
                if (pattern is null)
                {
                    ok = false;
                    continue;
                }

                levels[level] = pattern;
            }

            return levels;
        }

        /// <summary>Checks a name or alias and records it as this agency's; null when it is malformed or another agency's.</summary>
        private string? Claim(string written, YamlNode node, string owner, string what)
        {
            var at = _yaml.At(node);
            var pattern = AgencyNameNormalizer.Pattern(written);
            var bare = pattern.Replace("*", string.Empty, StringComparison.Ordinal).Replace("#", string.Empty, StringComparison.Ordinal);
            if (pattern.Count(c => c == AgencyNameNormalizer.JurisdictionMark) > 1 || bare.Length == 0)
            {
                diagnostics.Error(DiagnosticCodes.RegistryError, at,
                    $"{what} '{written}' must be a name with at most one '*' (where the jurisdiction goes: 团*委)");
                return null;
            }

            if (CatchAllPhrases.IsCatchAll(bare) || CatchAllPhrases.IsCatchAll(pattern.Replace("*", "县", StringComparison.Ordinal)))
            {
                diagnostics.Error(DiagnosticCodes.RegistryError, at, $"{what} '{written}' is a catch-all phrase (有关部门, 各部门), not an agency");
                return null;
            }

            if (_patterns.TryGetValue(pattern, out var claimed))
            {
                if (claimed.Slug == owner)
                {
                    // The same agency listing a name twice (县委办 as name and alias) is harmless but a slip.
                    diagnostics.Error(DiagnosticCodes.RegistryError, at, $"{what} '{written}' of agency '{owner}' is listed twice (first at line {claimed.At.Line})");
                }
                else
                {
                    diagnostics.Error(DiagnosticCodes.RegistryError, at,
                        $"{what} '{written}' of agency '{owner}' is already claimed by agency '{claimed.Slug}' at line {claimed.At.Line}:{claimed.At.Column}");
                }

                return null;
            }

            _patterns[pattern] = (owner, at);
            return pattern;
        }

        // YamlDotNet's marks are 1-based, as our locations are.
    }
}
