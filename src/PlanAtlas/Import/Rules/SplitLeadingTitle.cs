using System.Text.RegularExpressions;
using PlanAtlas.Diagnostics;

namespace PlanAtlas.Import.Rules;

/// <summary>
/// Cuts the title off a text that runs it into its first sentence, as flattened copies do
/// ("…实施方案（2021—2025年）为全面贯彻…"), so that <see cref="ExtractTitle"/> finds it. Only the first line
/// of the text is looked at, and only a name that ends in 实施方案, 规划 or 纲要 with no punctuation before it.
/// It runs before markers are split, since the title may run into the first heading ("…实施方案一、总体要求"); a
/// page-chunk number in front of the title stays with it for <see cref="SplitRunInMarkers"/> to drop.
/// </summary>
public sealed partial class SplitLeadingTitle : IImportRule
{
    [GeneratedRegex(@"^(?<chunk>\d{1,3}、)?(?<wrapper>[^《》。]{2,60}?关于征求《[^《》]+》意见的函)?(?<title>[^。，,；;：:、《》“”（）()\s]{2,40}?(实施方案|规划|纲要)(\s*[（(]\s*(\d{4}\s*[—–-]+\s*\d{4}\s*年?|征求意见稿|试行|草案|送审稿)\s*[）)]){0,3})(?<rest>[^（()）].*)$")]
    private static partial Regex TitleRunIn();

    [GeneratedRegex(@"^\d{1,3}、$")]
    private static partial Regex ChunkNumberOnly();

    public void Apply(ImportDocument document)
    {
        // A page-chunk number that a notice left on a line of its own is not the text's first line.
        var first = document.Lines.FindIndex(l => !l.IsBlank && !ChunkNumberOnly().IsMatch(l.Text));
        if (first < 0 || TitleRunIn().Match(document.Lines[first].Text) is not { Success: true } m)
        {
            return;
        }

        // After a notice, only the title the notice named is cut off: anything else is the preamble's own words.
        if (document.Metadata.Title is { } named && named != ExtractTitle.NormalizeTitle(m.Groups["title"].Value))
        {
            return;
        }

        var line = document.Lines[first];
        document.Statistics.Split++;
        document.Diagnostics.Info(DiagnosticCodes.LineSplit, document.At(line, m.Groups["rest"].Index + 1),
            $"cut the title '{m.Groups["title"].Value}' off the text run into it");
        document.Lines.RemoveAt(first);
        // A request for comments run in front of the title goes on a line of its own, for ExtractTitle to read.
        var wrapper = m.Groups["wrapper"];
        document.Lines.InsertRange(first, wrapper.Success
            ? [line with { Text = m.Groups["chunk"].Value + wrapper.Value }, line.From(m.Groups["title"].Index, m.Groups["title"].Value)]
            : [line with { Text = m.Groups["chunk"].Value + m.Groups["title"].Value }]);
        document.Lines.InsertRange(first + (wrapper.Success ? 2 : 1), [line with { Text = string.Empty }, line.From(m.Groups["rest"].Index, m.Groups["rest"].Value)]);
    }
}
