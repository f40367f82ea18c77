using PlanAtlas.Diagnostics;
using PlanAtlas.Text;

namespace PlanAtlas.Import.Rules;

/// <summary>
/// Makes half-width <c>, ; : ? !</c> between Chinese characters (or after one at the end of a line), and
/// half-width brackets around Chinese text, full width, as Chinese text is set. Numbers, dates and Latin text keep theirs ("12.4", "2020-2025",
/// "(1)", "Internet of Things, IoT"): only a mark with Chinese on both sides, or a bracket pair holding
/// Chinese, is changed. One warning gives the count, so that a reviewer can turn it off (--keep-punctuation).
/// </summary>
public sealed class NormalizePunctuation : IImportRule
{
    private const string HalfWidth = ",;:?!";
    private const string FullWidth = "，；：？！";

    public void Apply(ImportDocument document)
    {
        var count = 0;
        RawLine? first = null;
        var lines = new List<RawLine>(document.Lines.Count);
        foreach (var line in document.Lines)
        {
            var chars = line.Text.ToCharArray();
            var changed = Brackets(chars) + Marks(chars);
            if (changed > 0)
            {
                count += changed;
                first ??= line;
                lines.Add(line with { Text = new string(chars) });
            }
            else
            {
                lines.Add(line);
            }
        }

        document.Lines = lines;
        document.Statistics.PunctuationNormalized = count;
        if (first is not null)
        {
            document.Diagnostics.Warning(DiagnosticCodes.PunctuationNormalized, document.At(first),
                $"made {count} half-width punctuation mark(s) between Chinese characters full width (--keep-punctuation keeps them)");
        }
    }

    /// <summary>
    /// A bracket pair becomes full width when it holds Chinese. One holding only digits or Latin stays, even
    /// between Chinese characters: "(1)" is a marker as the source writes it, "(APP)" is Latin text.
    /// </summary>
    private static int Brackets(char[] chars)
    {
        var count = 0;
        var open = new Stack<int>();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '(')
            {
                open.Push(i);
            }
            else if (chars[i] == ')' && open.Count > 0)
            {
                var start = open.Pop();
                if (chars.AsSpan(start + 1, i - start - 1).ContainsAnyInRange('\u4e00', '\u9fff'))
                {
                    chars[start] = '（';
                    chars[i] = '）';
                    count += 2;
                }
            }
        }

        return count;
    }

    private static int Marks(char[] chars)
    {
        var count = 0;
        for (var i = 1; i < chars.Length; i++)
        {
            // A mark that ends a line after Chinese ("遇事找法!", "各部门:") is Chinese punctuation too.
            var at = HalfWidth.IndexOf(chars[i]);
            if (at >= 0 && CjkText.IsCjk(chars[i - 1]) && (i == chars.Length - 1 || CjkText.IsCjk(chars[i + 1])))
            {
                chars[i] = FullWidth[at];
                count++;
            }
        }

        return count;
    }
}
