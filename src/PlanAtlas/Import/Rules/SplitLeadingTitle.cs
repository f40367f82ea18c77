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
    [GeneratedRegex(@"^(?<chunk>\d{1,3}、)?(?<title>[^。，,；;：:、《》“”（）()\s]{2,40}?(实施方案|规划|纲要)(\s*[（(]\s*(\d{4}\s*[—–-]+\s*\d{4}\s*年?|征求意见稿|试行|草案|送审稿)\s*[）)]){0,3})(?<rest>[^（()）].*)$")]
    private static partial Regex TitleRunIn();

    public void Apply(ImportDocument document)
    {
        var first = document.Lines.FindIndex(l => !l.IsBlank);
        if (first < 0 || document.Metadata.Title is not null || TitleRunIn().Match(document.Lines[first].Text) is not { Success: true } m)
        {
            return;
        }

        var line = document.Lines[first];
        document.Statistics.Split++;
        document.Diagnostics.Info(DiagnosticCodes.LineSplit, document.At(line, m.Groups["rest"].Index + 1),
            $"cut the title '{m.Groups["title"].Value}' off the text run into it");
        document.Lines.RemoveAt(first);
        document.Lines.InsertRange(first, [line with { Text = m.Groups["chunk"].Value + m.Groups["title"].Value }, line with { Text = string.Empty }, line.From(m.Groups["rest"].Index, m.Groups["rest"].Value)]);
    }
}
