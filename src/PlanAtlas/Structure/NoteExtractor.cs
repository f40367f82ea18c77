using PlanAtlas.Load;

namespace PlanAtlas.Structure;

/// <summary>Finds the bracketed responsibility note that ends a provision's last paragraph.</summary>
public static class NoteExtractor
{
    /// <summary>The note's content and the text before it, or null when the paragraph has no note.</summary>
    public sealed record Found(string TextBefore, string Content, int ContentOffset, bool MisplacedFullStop);

    private static readonly string[] Labels = ["责任单位", "牵头单位"];

    public static Found? Find(SourceParagraph paragraph)
    {
        var text = paragraph.Text.TrimEnd();
        if (text.Length == 0 || !Brackets.Closers.Contains(text[^1]))
        {
            return null;
        }

        var open = Brackets.MatchingOpener(text, text.Length - 1);
        if (open < 0)
        {
            return null;
        }

        var content = text[(open + 1)..^1];
        var trimmed = content.TrimStart();
        // 渠县 twice writes "能力(。责任单位:" — the full stop belongs to the sentence before the note.
        var misplaced = trimmed.StartsWith('。');
        if (misplaced)
        {
            trimmed = trimmed[1..].TrimStart();
        }

        if (!Labels.Any(l => trimmed.StartsWith(l, StringComparison.Ordinal)))
        {
            return null;
        }

        var before = text[..open].TrimEnd();
        if (misplaced)
        {
            before += "。";
        }

        return new Found(before, trimmed, open + 1 + (content.Length - trimmed.Length), misplaced);
    }
}
