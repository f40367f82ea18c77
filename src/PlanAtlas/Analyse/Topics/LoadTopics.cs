using System.Globalization;
using PlanAtlas.Diagnostics;
using PlanAtlas.Load;
using PlanAtlas.Model;
using PlanAtlas.Pipeline;
using PlanAtlas.Load.Yaml;
using YamlDotNet.RepresentationModel;

namespace PlanAtlas.Analyse.Topics;

/// <summary>
/// Analyse stage, first step: reads <c>input/topics.yml</c>, the national outline's measures, into <see cref="Topic"/>s
/// in outline order. The file is a YAML list of <c>{id, number, part, title, keywords}</c>; every mistake
/// (bad YAML, a missing or unknown field, a duplicate id or number) is an error at its line and column.
/// No file means no topics: the site is built without the comparison pages.
/// </summary>
public sealed class LoadTopics
{
    public const string FileName = "topics.yml";

    private static readonly string[] Fields = ["id", "number", "part", "title", "keywords"];

    public IReadOnlyList<Topic> Run(BuildContext context) => OptionalInputFile.Read(context, FileName, Parse, (IReadOnlyList<Topic>)[]);

    /// <summary>Parses the text of a topics file; <paramref name="path"/> is only used in messages.</summary>
    public static IReadOnlyList<Topic> Parse(string text, string path, DiagnosticBag diagnostics)
    {
        var yaml = new LocatedYaml(path, diagnostics, DiagnosticCodes.RegistryError);
        var root = yaml.Parse(text, FileName, out var malformed);
        if (root is null)
        {
            if (!malformed)
            {
                yaml.Error(yaml.Start, $"{FileName} lists no topics");
            }

            return [];
        }

        if (root is not YamlSequenceNode list)
        {
            yaml.Error(root, $"{FileName} must be a list of topics (- id: …), not a {LocatedYaml.KindOf(root)}");
            return [];
        }

        var topics = new List<Topic>();
        var ids = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var numbers = new Dictionary<int, SourceLocation>();
        foreach (var item in list.Children)
        {
            var topic = ReadTopic(item, yaml, out var idAt, out var numberAt);
            if (topic is null)
            {
                continue;
            }

            if (ids.TryGetValue(topic.Id, out var first))
            {
                yaml.Error(idAt, $"topic id '{topic.Id}' is already used at line {first.Line}");
                continue;
            }

            if (numbers.TryGetValue(topic.Number, out var same))
            {
                yaml.Error(numberAt, $"topic number {topic.Number} is already used at line {same.Line}");
                continue;
            }

            ids[topic.Id] = idAt;
            numbers[topic.Number] = numberAt;
            topics.Add(topic);
        }

        return topics.OrderBy(t => t.Number).ToList();
    }

    private static Topic? ReadTopic(YamlNode item, LocatedYaml yaml, out SourceLocation idAt, out SourceLocation numberAt)
    {
        idAt = numberAt = yaml.At(item);
        if (item is not YamlMappingNode map)
        {
            yaml.Error(item, $"a topic must be a mapping of {string.Join(", ", Fields)}, not a {LocatedYaml.KindOf(item)}");
            return null;
        }

        var fields = yaml.Fields(map, Fields, "topic");
        var ok = fields.Count == map.Children.Count;
        string? Text(string field, out SourceLocation at)
        {
            at = fields.TryGetValue(field, out var node) ? yaml.At(node.Value) : yaml.At(map);
            var value = yaml.Text(map, fields, field, "topic");
            ok &= value is not null;
            return value;
        }

        var id = Text("id", out idAt);
        if (id is not null && !Slug.IsValid(id))
        {
            yaml.Error(idAt, $"topic id '{id}' must be {Slug.Rule}");
            ok = false;
        }

        var numberText = Text("number", out numberAt);
        var number = 0;
        if (numberText is not null && (!int.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1))
        {
            yaml.Error(numberAt, $"topic number must be a whole number from 1, not '{numberText}'");
            ok = false;
        }

        var part = Text("part", out _);
        var title = Text("title", out _);
        var keywords = ReadKeywords(fields.TryGetValue("keywords", out var k) ? k.Value : null, yaml, ref ok);
        return ok ? new Topic(id!, number, part!, title!, keywords) : null;
    }

    private static List<string> ReadKeywords(YamlNode? node, LocatedYaml yaml, ref bool ok)
    {
        switch (node)
        {
            case null:
            case YamlScalarNode { Value: null or "" }:
                return [];
            case YamlSequenceNode list:
                var keywords = new List<string>();
                foreach (var keyword in list.Children)
                {
                    if (keyword is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
                    {
                        keywords.Add(value.Trim());
                    }
                    else
                    {
                        yaml.Error(keyword, "a keyword must be a non-empty text");
                        ok = false;
                    }
                }

                return keywords;
            default:
                yaml.Error(node, "topic field 'keywords' must be a list: [宪法, 宪法宣誓]");
                ok = false;
                return [];
        }
    }
}
