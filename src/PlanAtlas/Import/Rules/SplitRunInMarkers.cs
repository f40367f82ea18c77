using System.Globalization;
using PlanAtlas.Diagnostics;
using PlanAtlas.Structure;
using PlanAtlas.Text;

namespace PlanAtlas.Import.Rules;

/// <summary>
/// Gives every numbering marker run into a text its own paragraph, as flattened copies need ("…的通知。（二）加强…"):
/// a marker is split off only where the numbering expects it next and where a paragraph can end (after a
/// sentence, a closing bracket or a short heading), so that "统一、" or "12.4" in a sentence stay text.
/// A copy from a document-sharing site is also cut into numbered page chunks (1、 2、 3、 at arbitrary
/// points): a prefix that continues the chunk count but not the numbering is dropped, with a warning.
/// </summary>
public sealed class SplitRunInMarkers : IImportRule
{
    /// <summary>A line this long is a whole text run together, not a paragraph.</summary>
    private const int FlattenedLineLength = 2000;

    /// <summary>The longest heading ("（一）切实增强法治观念") that a marker may follow without punctuation.</summary>
    private const int MaxHeadingLength = 40;

    private const string ParagraphEnds = "。！？；;!?）)〕」』";
    private const string SentencePunctuation = "。！？；，,;：:";

    public void Apply(ImportDocument document)
    {
        var state = new State(document, document.FromSharingSite || document.Lines.Any(l => l.Text.Length >= FlattenedLineLength));
        var result = new List<RawLine>(document.Lines.Count);
        foreach (var line in state.Flattened ? JoinPageChunkLines(document) : document.Lines)
        {
            if (line.IsBlank)
            {
                result.Add(line);
                continue;
            }

            var pieces = Split(line, state);
            for (var i = 0; i < pieces.Count; i++)
            {
                if (i > 0)
                {
                    result.Add(line with { Text = string.Empty });
                }

                result.Add(pieces[i]);
            }
        }

        document.Lines = result;
        if (state.FirstRecovered is { } at)
        {
            document.Diagnostics.Warning(DiagnosticCodes.MarkerRecovered, at,
                $"recovered {document.Statistics.MarkersRecovered} numbering marker(s) run into the text, each confirmed by the numbering; check the split paragraphs");
        }
    }

    /// <summary>
    /// A page chunk on a line of its own continues the text where the page before it stopped, perhaps inside a
    /// word or a marker: the line is put back behind the one before, its number left for the scan to drop.
    /// </summary>
    private static List<RawLine> JoinPageChunkLines(ImportDocument document)
    {
        var result = new List<RawLine>(document.Lines.Count);
        var lastChunk = 1;
        foreach (var line in document.Lines)
        {
            var digits = line.Text.TakeWhile(char.IsAsciiDigit).Count();
            var chunk = digits is > 0 and <= 4 && digits < line.Text.Length && line.Text[digits] == '、'
                ? int.Parse(line.Text.AsSpan(0, digits), CultureInfo.InvariantCulture)
                : 0;
            if (chunk > lastChunk && result.Count > 0 && !result[^1].IsBlank)
            {
                lastChunk = chunk;
                result[^1] = result[^1].Append(line);
                document.Statistics.Joined++;
                document.Diagnostics.Info(DiagnosticCodes.ParagraphJoined, document.At(line), "joined this page chunk to the text of the page before");
                continue;
            }

            result.Add(line);
        }

        return result;
    }

    private static List<RawLine> Split(RawLine line, State state)
    {
        var document = state.Document;
        var text = line.Text;
        var pieces = new List<RawLine>();
        var pieceOrigin = 0;
        var pieceStart = 0;
        var bodyStart = 0;
        var removed = 0;
        var pos = 0;
        while (pos < text.Length)
        {
            if (IsPageChunk(text, pos, pieceStart, bodyStart, state))
            {
                var prefix = state.ChunkNext.ToString(CultureInfo.InvariantCulture) + "、";
                document.Statistics.Drop("page-chunk prefix");
                document.Diagnostics.Warning(DiagnosticCodes.PageChunkPrefix, document.At(line, pos + removed + 1),
                    $"dropped '{prefix}', a sharing site's page-chunk number that the plan's numbering does not expect here");
                text = text.Remove(pos, prefix.Length);
                removed += prefix.Length;
                state.ChunkNext++;

                // The chunk may have cut a marker in two ("（十" "3、" "一）"): look again just before it.
                pos = Math.Max(bodyStart, pos - 4);
                continue;
            }

            if (MarkerParser.ParseAt(text, pos) is not { } match)
            {
                pos++;
                continue;
            }

            if (pos == 0)
            {
                state.Sequence.Record(match);
            }
            else if (pos >= bodyStart && CanEndParagraphBefore(text, pieceStart, bodyStart, pos)
                && state.Sequence.Expects(match, afterParagraphEnd: ParagraphEnds.Contains(text[pos - 1])))
            {
                pieces.Add(line.From(pieceOrigin, text[pieceStart..pos].Trim()));
                pieceStart = pos;
                pieceOrigin = pos + removed;
                state.Sequence.Record(match);
                document.Statistics.MarkersRecovered++;
                var at = document.At(line, pos + removed + 1);
                state.FirstRecovered ??= at;
                document.Diagnostics.Info(DiagnosticCodes.MarkerRecovered, at, $"split off the run-in marker '{match.Marker.Written}'");
            }
            else
            {
                pos++;
                continue;
            }

            pos += match.Length;
            bodyStart = pos;
        }

        pieces.Add(line.From(pieceOrigin, text[pieceStart..].Trim()));
        if (removed > 0)
        {
            // A chunk number stood between a mark and a word; the space beside it was not PDF spacing until now.
            pieces = pieces.Select(p => p with { Text = CjkText.RemoveCjkSpaces(p.Text) }).ToList();
        }

        return pieces.Where(p => !p.IsBlank).ToList() is { Count: > 0 } kept ? kept : [line with { Text = string.Empty }];
    }

    private static bool IsPageChunk(string text, int pos, int pieceStart, int bodyStart, State state)
    {
        var prefix = state.ChunkNext.ToString(CultureInfo.InvariantCulture) + "、";
        if (!text.AsSpan(pos).StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        if (state.ChunkNext == 1)
        {
            // The first chunk opens the copy, before any numbering.
            return state.Flattened && pos == 0 && state.Sequence.IsEmpty;
        }

        // A plan numbered 1、 2、 may expect this very number here: the numbering wins.
        return !(MarkerParser.ParseAt(text, pos) is { Form: MarkerForm.Comma } match
            && (pos == 0 || (pos >= bodyStart && CanEndParagraphBefore(text, pieceStart, bodyStart, pos)))
            && state.Sequence.Expects(match));
    }

    private static bool CanEndParagraphBefore(string text, int pieceStart, int bodyStart, int pos)
    {
        var previous = text[pos - 1];
        if (ParagraphEnds.Contains(previous))
        {
            return true;
        }

        // A heading: the piece began with a marker and has no sentence yet.
        var heading = text.AsSpan(bodyStart, pos - bodyStart);
        return bodyStart > pieceStart && heading.Length is > 0 and <= MaxHeadingLength
            && heading.IndexOfAny(SentencePunctuation) < 0 && CjkText.IsCjk(previous);
    }

    private sealed class State(ImportDocument document, bool flattened)
    {
        public ImportDocument Document { get; } = document;
        public bool Flattened { get; } = flattened;
        public NumberingSequence Sequence { get; } = new();
        public int ChunkNext { get; set; } = 1;
        public SourceLocation? FirstRecovered { get; set; }
    }
}
