using System.Text.RegularExpressions;
using PlanAtlas.Diagnostics;

namespace PlanAtlas.Import.Rules;

/// <summary>
/// Drops the chrome a document-sharing site wraps around a copy (「…由会员分享，可在线阅读，更多相关《…》请在…上搜索。」,
/// page counts, download prices), on a line of its own or run into the text. Such copies are also cut into
/// numbered page chunks, which <see cref="SplitRunInMarkers"/> removes once it knows the text is one.
/// </summary>
public sealed partial class DropSharingSiteChrome : IImportRule
{
    private const string Keywords = @"由会员分享|可在线阅读|请在[^。」』]{1,30}上搜索|文档格式\s*[:：]|文档页数\s*[:：]|下载积分\s*[:：]|本文档由[^。」』]{1,20}提供";

    [GeneratedRegex(@"[「『][^「」『』]*?(" + Keywords + @")[^「」『』]*[」』]")]
    private static partial Regex BracketedChrome();

    // Unbracketed chrome runs from the end of the sentence before it to its own full stop.
    [GeneratedRegex(@"(?<=^|[。！？」』])[^。！？「」『』]*?(" + Keywords + @")[^。！？]*(。|$)")]
    private static partial Regex SentenceChrome();

    public void Apply(ImportDocument document)
    {
        var kept = new List<RawLine>();
        foreach (var line in document.Lines)
        {
            var cleaned = Remove(line, BracketedChrome(), document);
            cleaned = Remove(cleaned, SentenceChrome(), document);
            kept.Add(cleaned.Text.Trim() == cleaned.Text ? cleaned : cleaned with { Text = cleaned.Text.Trim() });
        }

        document.Lines = kept;
    }

    private static RawLine Remove(RawLine line, Regex pattern, ImportDocument document)
    {
        var matches = pattern.Matches(line.Text);
        if (matches.Count == 0)
        {
            return line;
        }

        foreach (Match m in matches)
        {
            document.FromSharingSite = true;
            document.Statistics.Drop("sharing-site chrome");
            document.Diagnostics.Warning(DiagnosticCodes.SharingSiteChrome, document.At(line, m.Index + 1),
                $"dropped a document-sharing site's chrome '{Quote.Short(m.Value)}'");
        }

        return line with { Text = pattern.Replace(line.Text, string.Empty) };
    }
}
