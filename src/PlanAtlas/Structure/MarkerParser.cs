using PlanAtlas.Text;
using System.Globalization;
using System.Text.RegularExpressions;
using PlanAtlas.Model;

namespace PlanAtlas.Structure;

/// <summary>
/// Recognises a numbering marker at the start of a paragraph: the GB/T 9704 forms (一、 （一） 1. （1）),
/// full or half width, and the variants plans are found with (1、 ⑴ ① 第一条), each mapped to the level of
/// its GB/T form so that a plan numbered <c>1、</c> gets the same ids as one numbered <c>1.</c>.
/// </summary>
public static partial class MarkerParser
{
    // The look-behinds keep a marker from starting inside a number ("2021、" is not "21、", "统一、" is
    // handled by the caller, "第一、二" is not part 2) when a marker is looked for inside a run-in text.
    [GeneratedRegex(@"\G(?<![一二三四五六七八九十百零〇第、])(?<n>[一二三四五六七八九十]{1,3})、")]
    private static partial Regex PartPattern();

    [GeneratedRegex(@"\G[（(]\s*(?<n>[一二三四五六七八九十]{1,3})\s*[）)]")]
    private static partial Regex SectionPattern();

    // "2025年" must not read as an article, so a digit run needs its full stop, and "3.5" is a number.
    [GeneratedRegex(@"\G(?<![0-9０-９.．])(?<n>[0-9０-９]{1,3})\s*(?<stop>[.．、])(?![0-9０-９])")]
    private static partial Regex ArticlePattern();

    [GeneratedRegex(@"\G第(?<n>[一二三四五六七八九十]{1,3})条")]
    private static partial Regex NumberedArticlePattern();

    [GeneratedRegex(@"\G[（(]\s*(?<n>[0-9０-９]{1,3})\s*[）)]")]
    private static partial Regex ParagraphPattern();

    // ⑴–⒇ and ①–⑳ are one character each: the number is the code point's distance from the first.
    [GeneratedRegex(@"\G(?<c>[\u2474-\u2487\u2460-\u2473])")]
    private static partial Regex EnclosedNumberPattern();

    /// <summary>Returns the marker and the text after it, or null when the paragraph is unnumbered.</summary>
    public static (Marker Marker, string After)? Parse(string paragraph) =>
        ParseAt(paragraph, 0) is { } m ? (m.Marker, paragraph[(m.Length)..].TrimStart()) : null;

    /// <summary>The marker that starts at <paramref name="index"/> of a text, or null.</summary>
    public static MarkerMatch? ParseAt(string text, int index)
    {
        if (index >= text.Length || !CanStartMarker(text[index]))
        {
            return null;
        }

        foreach (var (level, pattern, form) in Patterns)
        {
            var m = pattern.Match(text, index);
            if (!m.Success)
            {
                continue;
            }

            var number = NumberOf(m, level, form);
            if (number <= 0)
            {
                continue;
            }

            var actualForm = form switch
            {
                MarkerForm.Stop when m.Groups["stop"].Value == "、" => MarkerForm.Comma,
                MarkerForm.Circled when m.Groups["c"].Value[0] >= '\u2474' => MarkerForm.Parenthesized,
                _ => form,
            };
            return new MarkerMatch(new Marker(level, number, m.Value), m.Length, actualForm);
        }

        return null;
    }

    private static int NumberOf(Match m, NumberLevel level, MarkerForm form)
    {
        if (form == MarkerForm.Circled)
        {
            var c = m.Groups["c"].Value[0];
            return c >= '\u2474' ? c - '\u2473' : c - '\u245f';
        }

        var digits = m.Groups["n"].Value;
        if (level is NumberLevel.Part or NumberLevel.Section || form == MarkerForm.Numbered)
        {
            return ChineseNumerals.TryParse(digits, out var n) ? n : 0;
        }

        return int.Parse(FoldDigits(digits), CultureInfo.InvariantCulture);
    }

    private static bool CanStartMarker(char c) =>
        c is (>= '0' and <= '9') or (>= '０' and <= '９') or '（' or '(' or '第' or (>= '\u2460' and <= '\u2487')
        || "一二三四五六七八九十".Contains(c);

    private static readonly (NumberLevel, Regex, MarkerForm)[] Patterns =
    [
        (NumberLevel.Part, PartPattern(), MarkerForm.Standard),
        (NumberLevel.Section, SectionPattern(), MarkerForm.Standard),
        (NumberLevel.Article, ArticlePattern(), MarkerForm.Stop),
        (NumberLevel.Article, NumberedArticlePattern(), MarkerForm.Numbered),
        (NumberLevel.Paragraph, ParagraphPattern(), MarkerForm.Standard),
        (NumberLevel.Paragraph, EnclosedNumberPattern(), MarkerForm.Circled),
    ];

    private static string FoldDigits(string digits) =>
        string.Concat(digits.Select(c => c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c));
}

/// <summary>A marker found in a text: the marker, how many characters it takes, and which way it is written.</summary>
public sealed record MarkerMatch(Marker Marker, int Length, MarkerForm Form);

/// <summary>
/// The way a marker is written, width aside: a plan that writes one level two ways (1. and 1、) is worth a
/// reviewer's look; full and half width of the same form are not.
/// </summary>
public enum MarkerForm
{
    /// <summary>The GB/T 9704 form: 一、 （一） （1）.</summary>
    Standard,

    /// <summary>A digit and a full stop: 1. 1．</summary>
    Stop,

    /// <summary>A digit and an enumeration comma: 1、</summary>
    Comma,

    /// <summary>第一条.</summary>
    Numbered,

    /// <summary>One parenthesized character: ⑴.</summary>
    Parenthesized,

    /// <summary>One circled character: ①.</summary>
    Circled,
}
