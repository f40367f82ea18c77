using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using PlanAtlas.Diagnostics;

namespace PlanAtlas.Load;

/// <summary>
/// Splits a plan's Markdown body into paragraphs with Markdig. The raw source of each block is kept,
/// not its rendering, so that a marker such as "1. " is never turned into a list.
/// </summary>
public static class MarkdownBodyReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    /// <summary>The paragraphs of <paramref name="markdown"/> (the whole file); null, with a located error, when Markdig cannot read it.</summary>
    public static IReadOnlyList<SourceParagraph>? Read(string markdown, string path, DiagnosticBag diagnostics)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's one refusal of a text: elements nested more than 128 deep (it stops before its stack would).
            var (line, column) = DeepestNesting(markdown);
            diagnostics.Error(DiagnosticCodes.NestedTooDeeply, new SourceLocation(path, line, column),
                "the text nests quotes (>), lists or brackets more than 128 levels deep, which Markdown cannot read; a plan's text needs none of them");
            return null;
        }

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

    /// <summary>Where the text nests deepest (1-based line and column): the longest run of &gt; or [, or the deepest indentation.</summary>
    private static (int Line, int Column) DeepestNesting(string markdown)
    {
        var lines = markdown.Split('\n');
        var best = (Depth: -1, Line: 1, Column: 1);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var indent = line.Length - line.TrimStart(' ', '\t').Length;
            var (run, at) = LongestRun(line);
            var depth = Math.Max(indent / 2, run);
            if (depth > best.Depth)
            {
                best = (depth, i + 1, run >= indent / 2 ? at + 1 : indent + 1);
            }
        }

        return (best.Line, best.Column);
    }

    private static (int Length, int Start) LongestRun(string line)
    {
        var (length, start) = (0, 0);
        for (var i = 0; i < line.Length;)
        {
            if (line[i] is not ('>' or '['))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < line.Length && (line[end] == line[i] || line[end] == ' '))
            {
                end++;
            }

            var count = line.AsSpan(i, end - i).Count(line[i]);
            if (count > length)
            {
                (length, start) = (count, i);
            }

            i = end;
        }

        return (length, start);
    }
}
