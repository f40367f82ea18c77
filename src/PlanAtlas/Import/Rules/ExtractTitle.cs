using System.Text.RegularExpressions;
using PlanAtlas.Diagnostics;
using PlanAtlas.Structure;
using PlanAtlas.Text;

namespace PlanAtlas.Import.Rules;

/// <summary>
/// Finds the plan's own title (the last title-like line before the numbered text, with a period line
/// such as "(2021—2025年)" under it), takes it out of the body, and reads the wrapper around it: a
/// cover letter or request for comments before it, a news headline after it.
/// </summary>
public sealed partial class ExtractTitle : IImportRule
{
    private const int MaxTitleLength = 50;

    [GeneratedRegex("实施方案|规划|纲要")]
    private static partial Regex TitleWords();

    [GeneratedRegex(@"^[（(]\s*\d{4}\s*[—–-]+\s*\d{4}\s*年?\s*[）)]$|^[（(]征求意见稿[）)]$")]
    private static partial Regex TitleContinuation();

    [GeneratedRegex(@"\d{4}\s*[—–-]+\s*\d{4}")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"^(?<issuer>.+?)关于征求《.+》意见的函$")]
    private static partial Regex RequestForComments();

    [GeneratedRegex(@"^(?<issuer>\S+?)印发(了)?《.+》$")]
    private static partial Regex NewsHeadline();

    [GeneratedRegex(@"全文如下[。:：]?$")]
    private static partial Regex NewsLead();

    [GeneratedRegex(@"[:：]$")]
    private static partial Regex Salutation();

    [GeneratedRegex(@"^《.+》$")]
    private static partial Regex ListingTitle();

    public void Apply(ImportDocument document)
    {
        var lines = document.Lines;
        var firstNumbered = lines.FindIndex(l => MarkerParser.Parse(l.Text) is { Marker.Level: Model.NumberLevel.Part });
        var searchEnd = firstNumbered < 0 ? lines.Count : firstNumbered;
        var titleAt = searchEnd == 0 ? -1 : lines.FindLastIndex(searchEnd - 1, searchEnd, IsTitleCandidate);
        if (titleAt < 0 && document.Metadata.Title is not null)
        {
            // The notice of issue named the plan (《…》) and the copy has no title line of its own.
            return;
        }

        if (titleAt < 0)
        {
            document.Diagnostics.Warning(DiagnosticCodes.MetadataNotFound, new SourceLocation(document.Path, 1, 1),
                "no title line found (a line naming 实施方案, 规划 or 纲要 before 一、); set 'title' by hand");
            return;
        }

        var titleParts = new List<string> { lines[titleAt].Text };
        var bodyStart = titleAt + 1;
        for (var i = titleAt + 1; i < searchEnd; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            if (!TitleContinuation().IsMatch(lines[i].Text))
            {
                break;
            }

            titleParts.Add(lines[i].Text);
            bodyStart = i + 1;
        }

        var title = NormalizeTitle(string.Concat(titleParts));
        // A title line of the plan's own wins over the name a notice gave it.
        document.Metadata.Title = title;
        document.Metadata.FoundAt["title"] = lines[titleAt].Number;
        document.Metadata.IsDraft = title.Contains("征求意见稿", StringComparison.Ordinal);

        ReadLinesBeforeTitle(document, lines[..titleAt]);
        var afterTitle = ReadNewsWrapper(document, lines, bodyStart, searchEnd);
        foreach (var dropped in lines[..afterTitle].Where(l => !l.IsBlank))
        {
            document.Statistics.Drop(dropped.Number == lines[titleAt].Number ? "title" : "wrapper around the title");
        }

        document.Lines = [.. lines[afterTitle..]];
    }

    private static bool IsTitleCandidate(RawLine line) =>
        !line.IsBlank && line.Text.Length <= MaxTitleLength && TitleWords().IsMatch(line.Text)
        && !line.Text.Contains('《') && !line.Text.Contains('。') && MarkerParser.Parse(line.Text) is null;

    public static string NormalizeTitle(string title)
    {
        var compact = CjkText.RemoveCjkSpaces(CjkText.FullWidthBrackets(title));
        return YearRange().Replace(compact, m => Regex.Replace(m.Value, @"\s*[—–-]+\s*", "—"));
    }

    private static void ReadLinesBeforeTitle(ImportDocument document, List<RawLine> before)
    {
        foreach (var line in before.Where(l => !l.IsBlank))
        {
            var text = line.Text;
            var metadata = document.Metadata;
            string what;
            if (RequestForComments().Match(text) is { Success: true } request)
            {
                metadata.OfferIssuer(request.Groups["issuer"].Value, line.Number);
                metadata.IsDraft = true;
                what = "request for comments";
            }
            else if (NoticeLines.Signature().IsMatch(text))
            {
                metadata.OfferIssuer(text, line.Number);
                what = "signature";
            }
            else if (NoticeLines.DateLine().Match(text) is { Success: true } date && NoticeLines.ReadDate(date) is { } issued)
            {
                metadata.OfferIssued(issued, line.Number);

                what = "date of issue";
            }
            else if (NoticeLines.CoverLetter().IsMatch(text) || Salutation().IsMatch(text) || ListingTitle().IsMatch(text))
            {
                what = "cover letter";
            }
            else
            {
                document.Diagnostics.Warning(DiagnosticCodes.WrapperDropped, document.At(line),
                    $"dropped a line before the title that no rule recognises: '{text}'");
                continue;
            }

            document.Diagnostics.Info(DiagnosticCodes.WrapperDropped, document.At(line), $"dropped {what} '{text}'");
        }
    }

    /// <summary>Skips a news headline ("中共甘肃省委印发《…》") and lead ("…全文如下。") after the title.</summary>
    private static int ReadNewsWrapper(ImportDocument document, List<RawLine> lines, int from, int end)
    {
        var i = from;
        for (; i < end; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            if (NewsHeadline().Match(line.Text) is { Success: true } headline)
            {
                document.Metadata.OfferIssuer(headline.Groups["issuer"].Value, line.Number);
            }
            else if (!NewsLead().IsMatch(line.Text))
            {
                break;
            }

            document.Diagnostics.Info(DiagnosticCodes.WrapperDropped, document.At(line), $"dropped news wrapper '{Quote.Short(line.Text)}'");
        }

        return i;
    }
}
