using PlanAtlas.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace PlanAtlas.Load.Yaml;

/// <summary>
/// The one reader of YAML in the project (front matter, topics.yml, agencies.yml): parses into YamlDotNet's node
/// tree, which keeps every node's position, and reports each mistake at its line and column with the caller's code.
/// </summary>
/// <param name="firstLine">The file line the YAML text starts on (2 for front matter, after the opening ---).</param>
public sealed class LocatedYaml(string path, DiagnosticBag diagnostics, string code, int firstLine = 1)
{
    public string Path => path;

    /// <summary>The document's root node; null (reported) when the text is not YAML, or when it is empty.</summary>
    public YamlNode? Parse(string text, string what) => Parse(text, what, out _);

    /// <param name="malformed">True when the text was not YAML (and that was reported); false when it was just empty.</param>
    public YamlNode? Parse(string text, string what, out bool malformed)
    {
        malformed = false;
        var stream = new YamlStream();
        var parser = new DepthLimitedParser(new Parser(new StringReader(text)));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException ex)
        {
            var reason = ex.InnerException?.Message ?? ex.Message;
            diagnostics.Error(code, At(ex.Start), $"{what} is not valid YAML: {reason.Split('\n')[0].Trim()}");
            malformed = true;
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, for a flow list or mapping never closed before the
            // end of the text; the last event it parsed is the opening bracket.
            diagnostics.Error(code, parser.Current is { } last ? At(last.Start) : Start,
                $"{what} is not valid YAML: a [ or {{ that is never closed");
            malformed = true;
            return null;
        }

        return stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }
            ? null
            : stream.Documents[0].RootNode;
    }

    /// <summary>How deep collections may nest: far beyond any of the project's files (front matter nests three levels).</summary>
    public const int MaxDepth = 64;

    public SourceLocation At(YamlNode node) => At(node.Start);

    public SourceLocation At(Mark mark) =>
        new(path, (int)Math.Max(1, mark.Line) + firstLine - 1, (int)Math.Max(1, mark.Column));

    public SourceLocation Start => new(path, firstLine == 1 ? 1 : firstLine - 1, 1);

    public void Error(YamlNode node, string message) => diagnostics.Error(code, At(node), message);

    public void Error(SourceLocation at, string message) => diagnostics.Error(code, at, message);

    /// <summary>The fields of a mapping by name (key and value nodes); unknown names are reported and left out.</summary>
    public Dictionary<string, (YamlNode Key, YamlNode Value)> Fields(YamlMappingNode map, IReadOnlyCollection<string> known, string what)
    {
        var fields = new Dictionary<string, (YamlNode, YamlNode)>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!known.Contains(key))
            {
                Error(keyNode, $"unknown {what} field '{key}'; expected {string.Join(", ", known)}");
                continue;
            }

            fields[key] = (keyNode, valueNode);
        }

        return fields;
    }

    /// <summary>A required non-empty text field, trimmed; null (reported) when it is missing or not a text.</summary>
    public string? Text(YamlMappingNode map, Dictionary<string, (YamlNode Key, YamlNode Value)> fields, string field, string what, string? missingCode = null)
    {
        if (!fields.TryGetValue(field, out var node))
        {
            diagnostics.Error(missingCode ?? code, At(map), $"{what} has no '{field}'");
            return null;
        }

        return OptionalText(node.Value, field, what);
    }

    /// <summary>A text value, trimmed; null (reported) when it is empty or not a text.</summary>
    public string? OptionalText(YamlNode node, string field, string what)
    {
        if (node is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
        {
            return value.Trim();
        }

        Error(node, $"{what} field '{field}' must be a non-empty text");
        return null;
    }

    public static string KindOf(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "mapping",
        _ => "text",
    };

    /// <summary>
    /// Stops at a collection nested more than <see cref="MaxDepth"/> levels: YamlDotNet builds its node tree by
    /// recursion, so thousands of <c>[</c> would end the process with a stack overflow instead of a located error.
    /// </summary>
    private sealed class DepthLimitedParser(IParser inner) : IParser
    {
        private int _depth;

        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            if (!inner.MoveNext())
            {
                return false;
            }

            switch (inner.Current)
            {
                case SequenceStart or MappingStart when ++_depth > MaxDepth:
                    throw new YamlException(inner.Current.Start, inner.Current.End, $"lists and mappings nest more than {MaxDepth} levels deep here");
                case SequenceEnd or MappingEnd:
                    _depth--;
                    break;
            }

            return true;
        }
    }
}
