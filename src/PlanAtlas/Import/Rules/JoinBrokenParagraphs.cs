using PlanAtlas.Diagnostics;
using PlanAtlas.Structure;

namespace PlanAtlas.Import.Rules;

/// <summary>
/// Joins a paragraph that the source broke across lines: an unnumbered line continues the line above
/// when that line stops mid-sentence, or when it opens the responsibility note that ends the paragraph.
/// A blank line always ends a paragraph; a heading (a numbered line with no sentence) is never continued.
/// </summary>
public sealed class JoinBrokenParagraphs : IImportRule
{
    private const string SentenceEnds = "。！？；：”」）)〕]";
    private static readonly string[] NoteOpeners = ["（责任单位", "(责任单位", "〔责任单位", "（牵头单位", "(牵头单位", "〔牵头单位"];

    public void Apply(ImportDocument document)
    {
        var result = new List<RawLine>();
        foreach (var line in document.Lines)
        {
            var previous = result.Count > 0 ? result[^1] : null;
            if (previous is not null && ContinuesPrevious(previous, line))
            {
                result[^1] = previous with { Text = previous.Text + line.Text };
                document.Statistics.Joined++;
                document.Diagnostics.Info(DiagnosticCodes.ParagraphJoined, document.At(line),
                    "joined this line to the paragraph above, which the source broke across lines");
                continue;
            }

            result.Add(line);
        }

        document.Lines = result;
    }

    private static bool ContinuesPrevious(RawLine previous, RawLine line)
    {
        if (previous.IsBlank || line.IsBlank || MarkerParser.Parse(line.Text) is not null)
        {
            return false;
        }

        if (NoteOpeners.Any(o => line.Text.StartsWith(o, StringComparison.Ordinal)))
        {
            return true;
        }

        return !IsHeading(previous.Text) && !SentenceEnds.Contains(previous.Text[^1]);
    }

    private static bool IsHeading(string text) => MarkerParser.Parse(text) is not null && !text.Contains('。');
}
