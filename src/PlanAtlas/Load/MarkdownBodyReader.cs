using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace PlanAtlas.Load;

/// <summary>
/// Splits a plan's Markdown body into paragraphs with Markdig. The raw source of each block is kept,
/// not its rendering, so that a marker such as "1. " is never turned into a list.
/// </summary>
public static class MarkdownBodyReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    public static IReadOnlyList<SourceParagraph> Read(string markdown, string path)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        var paragraphs = new List<SourceParagraph>();
        foreach (var block in document)
        {
            if (block is YamlFrontMatterBlock)
            {
                continue;
            }

            var raw = markdown.Substring(block.Span.Start, block.Span.Length);
            var lines = raw.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            var startColumn = block.Column;
            if (lines.Count > 0)
            {
                // The span starts after the block's indentation, so restore it for the first line's column.
                lines[0] = new string(' ', startColumn) + lines[0];
            }

            var paragraph = SourceParagraph.FromLines(path, block.Line + 1, lines);
            if (paragraph.Text.Length > 0)
            {
                paragraphs.Add(paragraph);
            }
        }

        return paragraphs;
    }
}
