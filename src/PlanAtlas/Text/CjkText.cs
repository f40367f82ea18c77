namespace PlanAtlas.Text;

/// <summary>Character classes and spacing rules for mixed Chinese and Latin text.</summary>
public static class CjkText
{
    /// <summary>Han ideographs and the CJK and full-width punctuation that sit between them.</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u4e00' and <= '\u9fff'   // unified ideographs
            or >= '\u3400' and <= '\u4dbf' // extension A
            or >= '\u3000' and <= '\u303f' // CJK punctuation 、。〔〕《》
            or >= '\uff00' and <= '\uffef' // full-width forms （），：；
            or '\u2014' or '\u2026'        // — …
            or '\u201c' or '\u201d' or '\u2018' or '\u2019' // “” ‘’
            or '\u00b7';                   // ·

    /// <summary>Spaces a web page or PDF uses for indentation: NBSP, EM SPACE, ideographic space, tabs.</summary>
    public static bool IsSpace(char c) =>
        c is ' ' or '\t' or '\u00a0' or '\u3000' or '\u202f' or '\u205f' or '\ufeff' or (>= '\u2000' and <= '\u200b');

    public static string NormalizeSpaces(string line)
    {
        var chars = line.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (IsSpace(chars[i]))
            {
                chars[i] = ' ';
            }
        }

        return new string(chars).Trim();
    }

    /// <summary>
    /// Removes the spaces a PDF's line wrapping left inside Chinese text ("县委组 织部") while keeping
    /// the space between two Latin words or two numbers ("Internet of Things", "3 5").
    /// </summary>
    public static string RemoveCjkSpaces(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != ' ')
            {
                sb.Append(c);
                continue;
            }

            var end = i;
            while (end < text.Length && text[end] == ' ')
            {
                end++;
            }

            var before = sb.Length > 0 ? sb[^1] : '\0';
            var after = end < text.Length ? text[end] : '\0';
            var keep = before != '\0' && after != '\0' && !IsCjk(before) && !IsCjk(after);
            if (keep)
            {
                sb.Append(' ');
            }

            i = end - 1;
        }

        return sb.ToString();
    }

    /// <summary>Joins the lines of one paragraph: no space in Chinese, one space between Latin words.</summary>
    public static string JoinLines(IEnumerable<string> lines) => RemoveCjkSpaces(string.Join(" ", lines.Select(l => l.Trim())));

    /// <summary>Turns half-width brackets into full-width ones, for names and titles shown as Chinese text.</summary>
    public static string FullWidthBrackets(string text) => text.Replace('(', '（').Replace(')', '）');
}
