using System.Text;

namespace PlanAtlas.Search;

/// <summary>
/// Splits text into search terms: overlapping bigrams for each run of CJK characters (a lone
/// character stays a unigram) and lower-cased words for runs of ASCII letters and digits.
/// Bigrams make any phrase of two or more characters findable without a Chinese word segmenter.
/// </summary>
/// <remarks>
/// themes/default/assets/js/search-tokenizer.js is the same algorithm for the browser; both are
/// checked against tests/PlanAtlas.Tests/Search/tokenizer-vectors.json so they cannot drift.
/// Full-width ASCII (Ａ１) is folded by hand rather than with NFKC: the build runs in invariant
/// globalization mode, where string.Normalize does nothing, and a fixed fold cannot differ between
/// .NET and the browser's Unicode data.
/// </remarks>
public static class ChineseTokenizer
{
    private enum CharClass { Separator, Word, Cjk, Ignorable }

    public static IReadOnlyList<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var word = new StringBuilder();
        var run = new List<string>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = Fold(text[i]);
            int codePoint = c;
            var width = 1;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, text[i + 1]);
                width = 2;
            }

            switch (Classify(codePoint))
            {
                case CharClass.Word:
                    FlushRun(run, tokens);
                    word.Append(c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c);
                    break;
                case CharClass.Cjk:
                    FlushWord(word, tokens);
                    run.Add(text.Substring(i, width));
                    break;
                case CharClass.Ignorable:
                    break;
                default:
                    FlushWord(word, tokens);
                    FlushRun(run, tokens);
                    break;
            }

            i += width - 1;
        }

        FlushWord(word, tokens);
        FlushRun(run, tokens);
        return tokens;
    }

    // Full-width forms of printable ASCII (U+FF01..U+FF5E) sit at a fixed offset from ASCII.
    private static char Fold(char c) => c is >= '\uff01' and <= '\uff5e' ? (char)(c - 0xfee0) : c;

    /// <summary>
    /// What Ctrl+F compares: full-width ASCII to ASCII and A–Z to a–z, one UTF-16 unit for one, so that positions in
    /// the folded text are positions in the original (search.js's fold does the same).
    /// </summary>
    public static string Fold(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = Fold(chars[i]);
            chars[i] = c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c;
        }

        return new string(chars);
    }

    /// <summary>
    /// The runs of an already folded text that the search index is built from: each run of CJK characters (as its
    /// characters, a surrogate pair being one) and each run of ASCII letters and digits (as one string). Unlike
    /// <see cref="Tokenize"/>, invisible characters separate runs here: the index must hold only what a substring scan
    /// of the text finds, and 宪\u00ad法 does not contain 宪法.
    /// </summary>
    public static IEnumerable<(bool Cjk, IReadOnlyList<string> Units)> Runs(string folded)
    {
        var run = new List<string>();
        var cjk = false;
        for (var i = 0; i < folded.Length; i++)
        {
            int codePoint = folded[i];
            var width = 1;
            if (char.IsHighSurrogate(folded[i]) && i + 1 < folded.Length && char.IsLowSurrogate(folded[i + 1]))
            {
                codePoint = char.ConvertToUtf32(folded[i], folded[i + 1]);
                width = 2;
            }

            var kind = Classify(codePoint);
            var isCjk = kind == CharClass.Cjk;
            if (kind is not (CharClass.Cjk or CharClass.Word) || (run.Count > 0 && isCjk != cjk))
            {
                if (run.Count > 0)
                {
                    yield return (cjk, run);
                    run = [];
                }
            }

            if (kind is CharClass.Cjk or CharClass.Word)
            {
                cjk = isCjk;
                run.Add(folded.Substring(i, width));
            }

            i += width - 1;
        }

        if (run.Count > 0)
        {
            yield return (cjk, run);
        }
    }

    private static bool IsAsciiLetterOrDigit(int c) => c is >= '0' and <= '9' or >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private static CharClass Classify(int c)
    {
        if (IsAsciiLetterOrDigit(c))
        {
            return CharClass.Word;
        }

        if (c is >= 0x4e00 and <= 0x9fff        // unified ideographs
            or >= 0x3400 and <= 0x4dbf          // extension A
            or >= 0xf900 and <= 0xfaff          // compatibility ideographs
            or >= 0x20000 and <= 0x3ffff        // extensions B and later (surrogate pairs)
            or 0x3007                           // 〇, the ideographic zero in dates (二〇二一)
            or >= 0x3041 and <= 0x3096          // hiragana
            or >= 0x30a1 and <= 0x30fa or 0x30fc // katakana, not the ・ used as a separator
            or >= 0xac00 and <= 0xd7a3)         // hangul syllables
        {
            return CharClass.Cjk;
        }

        // Invisible characters that web pages leave inside words; treating them as separators
        // would drop the bigram across them and hide a phrase that the reader sees whole.
        return c is 0x00ad or >= 0x200b and <= 0x200d or 0x2060 or 0xfeff
            ? CharClass.Ignorable
            : CharClass.Separator;
    }

    private static void FlushWord(StringBuilder word, List<string> tokens)
    {
        if (word.Length > 0)
        {
            tokens.Add(word.ToString());
            word.Clear();
        }
    }

    private static void FlushRun(List<string> run, List<string> tokens)
    {
        if (run.Count == 1)
        {
            tokens.Add(run[0]);
        }

        for (var i = 0; i + 1 < run.Count; i++)
        {
            tokens.Add(run[i] + run[i + 1]);
        }

        run.Clear();
    }
}
