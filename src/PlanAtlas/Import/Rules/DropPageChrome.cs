using System.Globalization;
using System.Text.RegularExpressions;
using PlanAtlas.Diagnostics;

namespace PlanAtlas.Import.Rules;

/// <summary>
/// Drops the web page around the text — date and view-count bars, 字号 and 分享 controls, breadcrumbs,
/// "文件解读见附件" — after reading the publication date and source that the bar carries.
/// </summary>
public sealed partial class DropPageChrome : IImportRule
{
    [GeneratedRegex(@"浏览次数|字号\s*[:：]|\[大\]\[中\]\[小\]|^分享\s*[:：]?$|^所在位置\s*[:：]|首页\s*>|^文件解读见附件$|^(【?打印】?|【?关闭】?|返回顶部)$|^来源\s*[:：].*时间\s*[:：]|^日期\s*[:：]")]
    private static partial Regex ChromePattern();

    // What a page puts after the text, left at the end of a flattened copy's one line.
    [GeneratedRegex(@"(分享\s*[:：]?|文件解读见附件|【?打印】?|【?关闭】?|返回顶部)+$")]
    private static partial Regex TrailingChrome();

    [GeneratedRegex(@"(日期|时间)\s*[:：]\s*(?<date>\d{4}-\d{1,2}-\d{1,2})")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"来源\s*[:：]\s*(?<source>.+?)\s*(?=时间\s*[:：]|浏览次数|字号|日期\s*[:：]|$)")]
    private static partial Regex SourcePattern();

    /// <summary>A line longer than this is text (a flattened copy runs the whole plan into one), never dropped as chrome.</summary>
    private const int MaxChromeLength = 300;

    public void Apply(ImportDocument document)
    {
        var kept = new List<RawLine>();
        foreach (var line in document.Lines)
        {
            if (line.Text.Length > MaxChromeLength)
            {
                kept.Add(WithoutTrailingChrome(line, document));
                continue;
            }

            if (!ChromePattern().IsMatch(line.Text))
            {
                kept.Add(line);
                continue;
            }

            ReadMetadata(line, document.Metadata);
            document.Diagnostics.Info(DiagnosticCodes.WrapperDropped, document.At(line), $"dropped page chrome '{line.Text}'");
            kept.Add(document.Drop(line, "page chrome"));
        }

        document.Lines = kept;
    }

    private static RawLine WithoutTrailingChrome(RawLine line, ImportDocument document)
    {
        var trailing = TrailingChrome().Match(line.Text);
        if (!trailing.Success)
        {
            return line;
        }

        document.Statistics.Drop("page chrome");
        document.Diagnostics.Info(DiagnosticCodes.WrapperDropped, document.At(line, trailing.Index + 1), $"dropped page chrome '{trailing.Value}' at the end of the text");
        return line with { Text = line.Text[..trailing.Index].TrimEnd() };
    }

    private static void ReadMetadata(RawLine line, DetectedMetadata metadata)
    {
        var date = DatePattern().Match(line.Text);
        if (date.Success && metadata.Published is null &&
            DateOnly.TryParseExact(date.Groups["date"].Value, ["yyyy-MM-dd", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var published))
        {
            metadata.Published = published;
            metadata.Found("published", line.Number);
        }

        var source = SourcePattern().Match(line.Text);
        if (source.Success && metadata.Source is null)
        {
            metadata.Source = source.Groups["source"].Value.Trim();
            metadata.Found("source", line.Number);
        }
    }
}
