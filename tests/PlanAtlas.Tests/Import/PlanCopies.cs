using System.Globalization;
using System.Text;
using PlanAtlas.Diagnostics;
using PlanAtlas.Import;
using PlanAtlas.Structure;

namespace PlanAtlas.Tests.Import;

/// <summary>
/// Makes, from a plan as the importer cleans it, the copies of it that are found elsewhere: one opening with
/// its notice of issue and without blank lines, one numbered 1、, and one from a document-sharing site (chrome,
/// page-chunk numbers at arbitrary points, every paragraph run together). Nothing here knows a particular plan.
/// </summary>
public static class PlanCopies
{
    public const string FallbackDate = "2021年7月17日";

    /// <summary>The clean import of a raw text: its front matter and its body paragraphs.</summary>
    public static (ImportResult Result, IReadOnlyList<string> Paragraphs) Clean(string rawText)
    {
        var result = new PlanImporter().Import(rawText, "clean.txt", "copy", new DiagnosticBag());
        var body = result.Markdown[(result.Markdown.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)..];
        var paragraphs = body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (result, paragraphs);
    }

    /// <summary>The issuer a notice copy is signed by: the plan's own, or one made from its place name.</summary>
    public static string Issuer(ImportResult clean) => clean.FrontMatter.Issuer ?? "中共" + clean.FrontMatter.Short + "委员会";

    /// <summary>The date a notice copy is signed with: the plan's own, or a fixed one.</summary>
    public static string IssuedText(ImportResult clean) =>
        clean.FrontMatter.Issued is { } issued
            ? DateOnly.ParseExact(issued, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("yyyy年M月d日", CultureInfo.InvariantCulture)
            : FallbackDate;

    /// <summary>关于印发《…》的通知, the addressees, 现将…印发给你们, then signature, date and preamble glued, no blank lines.</summary>
    public static string NoticeHeader(ImportResult clean, IReadOnlyList<string> paragraphs)
    {
        var title = clean.FrontMatter.Title;
        var lines = new List<string>
        {
            $"关于印发《{title}》的通知",
            "各有关单位，各部门：",
            $"现将《{title}》印发给你们，请结合实际认真贯彻落实。",
            Issuer(clean) + IssuedText(clean) + paragraphs[0],
        };
        lines.AddRange(paragraphs.Skip(1));
        return string.Join("\n", lines) + "\n";
    }

    /// <summary>The title line and the body, every 1. written 1、.</summary>
    public static string CommaNumbered(ImportResult clean, IReadOnlyList<string> paragraphs) =>
        clean.FrontMatter.Title + "\n\n" + string.Join("\n\n", paragraphs.Select(ToCommaMarker)) + "\n";

    /// <summary>
    /// A sharing site's copy: a chrome line, then title and body run together, cut into page chunks numbered
    /// 1、 2、 3、 that start at arbitrary points (the first at the very start), run on or each on a new line.
    /// </summary>
    public static string Flattened(ImportResult clean, IReadOnlyList<string> paragraphs, int seed, bool chunkPerLine, out int chunks)
    {
        var title = clean.FrontMatter.Title;
        var text = CutIntoChunks(title + string.Concat(paragraphs), seed, chunkPerLine ? "\n" : string.Empty, out chunks);
        return $"「{title}由会员分享，可在线阅读，更多相关《{title}》请在文库上搜索。」\n{text}\n";
    }

    /// <summary>
    /// The raw text as a sharing site keeps it: every line of the source (page chrome, notice, wrapper and
    /// all) run into one, behind the site's chrome and cut into page chunks.
    /// </summary>
    public static string FlattenedRaw(string rawText, int seed, out int chunks)
    {
        var text = CutIntoChunks(string.Concat(rawText.Split('\n').Select(l => l.Trim())), seed, string.Empty, out chunks);
        return $"「本文档由会员分享，可在线阅读，更多相关文档请在文库上搜索。」\n{text}\n";
    }

    /// <summary>Page chunks numbered 1、 2、 3、, the first at the start, the others at arbitrary points.</summary>
    private static string CutIntoChunks(string whole, int seed, string breakBefore, out int chunks)
    {
        var text = new StringBuilder(whole);
        var random = new Random(seed);
        var cuts = Enumerable.Range(0, (text.Length / 1200) + 2).Select(_ => random.Next(1, text.Length)).Distinct().Order().ToList();
        for (var k = cuts.Count - 1; k >= 0; k--)
        {
            text.Insert(cuts[k], breakBefore + (k + 2).ToString(CultureInfo.InvariantCulture) + "、");
        }

        chunks = cuts.Count + 1;
        return text.Insert(0, "1、").ToString();
    }

    private static string ToCommaMarker(string paragraph) =>
        MarkerParser.ParseAt(paragraph, 0) is { Form: MarkerForm.Stop } match
            ? match.Marker.Number.ToString(CultureInfo.InvariantCulture) + "、" + paragraph[match.Length..]
            : paragraph;
}
