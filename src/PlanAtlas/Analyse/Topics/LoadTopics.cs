using System.Globalization;
using System.Text.RegularExpressions;
using PlanAtlas.Diagnostics;
using PlanAtlas.Load;
using PlanAtlas.Model;
using PlanAtlas.Pipeline;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PlanAtlas.Analyse.Topics;

/// <summary>
/// Analyse stage, first step: reads <c>input/topics.yml</c>, the national outline's measures, into <see cref="Topic"/>s
/// in outline order. The file is a YAML list of <c>{id, number, part, title, keywords}</c>; every mistake
/// (bad YAML, a missing or unknown field, a duplicate id or number) is an error at its line and column.
/// No file means no topics: the site is built without the comparison pages.
/// </summary>
public sealed partial class LoadTopics
{
    public const string FileName = "topics.yml";

    private static readonly string[] Fields = ["id", "number", "part", "title", "keywords"];

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    public IReadOnlyList<Topic> Run(BuildContext context)
    {
        var file = Path.Combine(context.Settings.InputPath, FileName);
        if (!File.Exists(file))
        {
            return [];
        }

        var path = context.DisplayPath(file);
        var text = Utf8Source.Read(file, path, context.Diagnostics);
        return text is null ? [] : Parse(text, path, context.Diagnostics);
    }

    /// <summary>Parses the text of a topics file; <paramref name="path"/> is only used in messages.</summary>
    public static IReadOnlyList<Topic> Parse(string text, string path, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            var reason = ex.InnerException?.Message ?? ex.Message;
            diagnostics.Error(DiagnosticCodes.RegistryError, At(path, ex.Start), $"{FileName} is not valid YAML: {reason.Split('\n')[0].Trim()}");
            return [];
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            diagnostics.Error(DiagnosticCodes.RegistryError, new SourceLocation(path, 1, 1), $"{FileName} lists no topics");
            return [];
        }

        if (stream.Documents[0].RootNode is not YamlSequenceNode list)
        {
            diagnostics.Error(DiagnosticCodes.RegistryError, At(path, stream.Documents[0].RootNode.Start),
                $"{FileName} must be a list of topics (- id: …), not a {Kind(stream.Documents[0].RootNode)}");
            return [];
        }

        var topics = new List<(Topic Topic, SourceLocation At)>();
        var ids = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        var numbers = new Dictionary<int, SourceLocation>();
        foreach (var item in list.Children)
        {
            var topic = ReadTopic(item, path, diagnostics, out var idAt, out var numberAt);
            if (topic is null)
            {
                continue;
            }

            if (ids.TryGetValue(topic.Id, out var first))
            {
                diagnostics.Error(DiagnosticCodes.RegistryError, idAt, $"topic id '{topic.Id}' is already used at line {first.Line}");
                continue;
            }

            if (numbers.TryGetValue(topic.Number, out var same))
            {
                diagnostics.Error(DiagnosticCodes.RegistryError, numberAt, $"topic number {topic.Number} is already used at line {same.Line}");
                continue;
            }

            ids[topic.Id] = idAt;
            numbers[topic.Number] = numberAt;
            topics.Add((topic, idAt));
        }

        return topics.Select(t => t.Topic).OrderBy(t => t.Number).ToList();
    }

    private static Topic? ReadTopic(YamlNode item, string path, DiagnosticBag diagnostics, out SourceLocation idAt, out SourceLocation numberAt)
    {
        idAt = numberAt = At(path, item.Start);
        if (item is not YamlMappingNode map)
        {
            diagnostics.Error(DiagnosticCodes.RegistryError, At(path, item.Start), $"a topic must be a mapping of {string.Join(", ", Fields)}, not a {Kind(item)}");
            return null;
        }

        var ok = true;
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!Fields.Contains(key))
            {
                diagnostics.Error(DiagnosticCodes.RegistryError, At(path, keyNode.Start), $"unknown topic field '{key}'; expected {string.Join(", ", Fields)}");
                ok = false;
                continue;
            }

            values[key] = valueNode;
        }

        string? Scalar(string field, out SourceLocation at)
        {
            at = At(path, map.Start);
            if (!values.TryGetValue(field, out var node))
            {
                diagnostics.Error(DiagnosticCodes.RegistryError, at, $"topic has no '{field}'");
                ok = false;
                return null;
            }

            at = At(path, node.Start);
            if (node is not YamlScalarNode { Value: { } value } || string.IsNullOrWhiteSpace(value))
            {
                diagnostics.Error(DiagnosticCodes.RegistryError, at, $"topic field '{field}' must be a non-empty text");
                ok = false;
                return null;
            }

            return value.Trim();
        }

        var id = Scalar("id", out idAt);
        if (id is not null && !IdPattern().IsMatch(id))
        {
            diagnostics.Error(DiagnosticCodes.RegistryError, idAt, $"topic id '{id}' must be lower-case ASCII letters, digits and hyphens");
            ok = false;
        }

        var numberText = Scalar("number", out numberAt);
        var number = 0;
        if (numberText is not null && (!int.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1))
        {
            diagnostics.Error(DiagnosticCodes.RegistryError, numberAt, $"topic number must be a whole number from 1, not '{numberText}'");
            ok = false;
        }

        var part = Scalar("part", out _);
        var title = Scalar("title", out _);
        var keywords = ReadKeywords(values.GetValueOrDefault("keywords"), path, diagnostics, ref ok);
        return ok ? new Topic(id!, number, part!, title!, keywords) : null;
    }

    private static List<string> ReadKeywords(YamlNode? node, string path, DiagnosticBag diagnostics, ref bool ok)
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
                        diagnostics.Error(DiagnosticCodes.RegistryError, At(path, keyword.Start), "a keyword must be a non-empty text");
                        ok = false;
                    }
                }

                return keywords;
            default:
                diagnostics.Error(DiagnosticCodes.RegistryError, At(path, node.Start), "topic field 'keywords' must be a list: [宪法, 宪法宣誓]");
                ok = false;
                return [];
        }
    }

    private static string Kind(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "mapping",
        _ => "text",
    };

    // YamlDotNet's marks are 1-based, as our locations are.
    private static SourceLocation At(string path, Mark mark) =>
        new(path, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));
}
