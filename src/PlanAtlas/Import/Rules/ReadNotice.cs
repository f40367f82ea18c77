using System.Text.RegularExpressions;
using PlanAtlas.Diagnostics;
using PlanAtlas.Model;
using PlanAtlas.Structure;

namespace PlanAtlas.Import.Rules;

/// <summary>
/// Reads a notice of issue that opens a copy (关于印发《…》的通知, its addressees, 现将《…》印发给你们, the
/// signature and the date) for the title, the issuer and the date of issue, and drops it. Copies without
/// blank lines run the signature and date into the preamble ("中共…委员会2021年7月17日为贯彻落实…"): the
/// preamble is cut off and kept, so that no notice line is ever joined to the text.
/// </summary>
public sealed partial class ReadNotice : IImportRule
{
    [GeneratedRegex(@"^\d{1,3}、")]
    private static partial Regex PageChunkNumber();

    /// <summary>A notice line longer than this has the plan run into it.</summary>
    private const int MaxNoticeLine = 300;

    public void Apply(ImportDocument document)
    {
        var lines = document.Lines;
        var end = lines.FindIndex(l => MarkerParser.Parse(l.Text) is { Marker.Level: NumberLevel.Part });
        end = end < 0 ? lines.Count : end;
        var start = lines.FindIndex(0, end, l => NoticeLines.Header().IsMatch(l.Text) || NoticeLines.CoverLetter().IsMatch(l.Text));
        if (start < 0)
        {
            return;
        }

        start = CutAtSignature(document, start);
        lines = document.Lines;
        end = lines.FindIndex(l => MarkerParser.Parse(l.Text) is { Marker.Level: NumberLevel.Part });
        end = end < 0 ? lines.Count : end;

        // The notice ends with its date; everything between its first line and the date belongs to it.
        var dated = lines.FindIndex(start, end - start, l => NoticeLines.SignedDate().IsMatch(l.Text));
        var last = dated < 0 ? end - 1 : dated;
        var result = new List<RawLine>(lines[..start]);
        var sawCoverLetter = false;
        for (var i = start; i <= last; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                result.Add(line);
                continue;
            }

            var what = Classify(line, document, ref sawCoverLetter);
            if (what is null && dated < 0)
            {
                // Without a date there is no telling where the notice ends: the first line it cannot read is text.
                result.AddRange(lines[i..]);
                document.Lines = result;
                return;
            }

            if (i == dated && NoticeLines.SignedDate().Match(line.Text) is { Success: true } signed && signed.Groups["rest"].Value.Length > 0)
            {
                var rest = signed.Groups["rest"].Value;
                document.Statistics.Split++;
                document.Diagnostics.Info(DiagnosticCodes.LineSplit, document.At(line, signed.Groups["rest"].Index + 1),
                    $"cut the text after the notice's date into its own paragraph: '{Quote.Short(rest)}'");
                result.Add(line with { Text = string.Empty });
                result.Add(line.From(signed.Groups["rest"].Index, rest));
                continue;
            }

            document.Diagnostics.Info(DiagnosticCodes.WrapperDropped, document.At(line), $"dropped {what ?? "notice text"} '{Quote.Short(line.Text)}'");
            result.Add(document.Drop(line, "notice of issue"));
        }

        result.AddRange(lines[(last + 1)..]);
        document.Lines = result;
    }

    /// <summary>
    /// A flattened copy runs the notice, its signature and the plan into one line: the line is cut where the
    /// signature starts, after the cover letter, so that the notice goes and the plan stays.
    /// </summary>
    /// <returns>Where the notice now starts.</returns>
    private static int CutAtSignature(ImportDocument document, int index)
    {
        var line = document.Lines[index];
        var cover = NoticeLines.CoverLetter().Match(line.Text);
        var from = cover.Success ? cover.Index + cover.Length : 0;
        if (line.Text.Length <= MaxNoticeLine || NoticeLines.SignedDateInText().Match(line.Text, from) is not { Success: true } signature)
        {
            return index;
        }

        document.Statistics.Split++;
        document.Lines[index] = line.From(0, line.Text[..signature.Index]);
        document.Lines.Insert(index + 1, line.From(signature.Index, line.Text[signature.Index..]));

        // The number of the copy's first page chunk stays, for SplitRunInMarkers to count the chunks from.
        if (PageChunkNumber().Match(line.Text) is { Success: true } chunk)
        {
            document.Lines[index] = line.From(chunk.Length, line.Text[chunk.Length..signature.Index]);
            document.Lines.Insert(index, line.From(0, chunk.Value));
            return index + 1;
        }

        return index;
    }

    private static string? Classify(RawLine line, ImportDocument document, ref bool sawCoverLetter)
    {
        var metadata = document.Metadata;
        var text = line.Text;
        if (NoticeLines.Header().Match(text) is { Success: true } header)
        {
            SetTitle(document, header.Groups["title"].Value, line);
            if (header.Groups["issuer"].Value is { Length: > 0 } issuer && NoticeLines.Signature().IsMatch(issuer))
            {
                metadata.OfferIssuer(issuer, line.Number);
            }

            return "notice header";
        }

        if (NoticeLines.CoverLetter().Match(text) is { Success: true } cover)
        {
            SetTitle(document, cover.Groups["title"].Value, line);
            sawCoverLetter = true;
            return "cover letter";
        }

        if (NoticeLines.DocumentNumber().IsMatch(text))
        {
            return "document number";
        }

        if (!sawCoverLetter && NoticeLines.Addressee().IsMatch(text))
        {
            return "addressee line";
        }

        if (NoticeLines.Signature().IsMatch(text))
        {
            metadata.OfferIssuer(text, line.Number);
            return "signature";
        }

        if (NoticeLines.SignedDate().Match(text) is { Success: true } signed)
        {
            if (signed.Groups["issuer"].Value is { Length: > 0 } issuer)
            {
                metadata.OfferIssuer(issuer, line.Number);
            }

            if (NoticeLines.ReadDate(signed) is { } date)
            {
                metadata.OfferIssued(date, line.Number);
            }

            return "date of issue";
        }

        return null;
    }

    private static void SetTitle(ImportDocument document, string title, RawLine line)
    {
        if (document.Metadata.Title is not null)
        {
            return;
        }

        document.Metadata.Title = ExtractTitle.NormalizeTitle(title);
        document.Metadata.IsDraft |= title.Contains("征求意见稿", StringComparison.Ordinal);
        document.Metadata.Found("title", line.Number);
    }
}
