using System.Text.RegularExpressions;
using PlanAtlas.Model;

namespace PlanAtlas.Structure;

/// <summary>Recognises a GB/T 9704 numbering marker at the start of a paragraph, full or half width.</summary>
public static partial class MarkerParser
{
    [GeneratedRegex(@"^(?<n>[一二三四五六七八九十]{1,3})、")]
    private static partial Regex PartPattern();

    [GeneratedRegex(@"^[（(]\s*(?<n>[一二三四五六七八九十]{1,3})\s*[）)]")]
    private static partial Regex SectionPattern();

    // "2025年" must not read as an article, so a digit run needs its full stop, and "3.5" is a number.
    [GeneratedRegex(@"^(?<n>[0-9０-９]{1,3})\s*[.．](?![0-9０-９])")]
    private static partial Regex ArticlePattern();

    [GeneratedRegex(@"^[（(]\s*(?<n>[0-9０-９]{1,3})\s*[）)]")]
    private static partial Regex ParagraphPattern();

    /// <summary>Returns the marker and the text after it, or null when the paragraph is unnumbered.</summary>
    public static (Marker Marker, string After)? Parse(string paragraph)
    {
        foreach (var (level, pattern) in Patterns)
        {
            var m = pattern.Match(paragraph);
            if (!m.Success)
            {
                continue;
            }

            var digits = m.Groups["n"].Value;
            var number = level is NumberLevel.Part or NumberLevel.Section
                ? ChineseNumerals.TryParse(digits, out var n) ? n : 0
                : int.Parse(FoldDigits(digits), System.Globalization.CultureInfo.InvariantCulture);
            if (number <= 0)
            {
                continue;
            }

            return (new Marker(level, number, m.Value), paragraph[m.Length..].TrimStart());
        }

        return null;
    }

    private static readonly (NumberLevel, Regex)[] Patterns =
    [
        (NumberLevel.Part, PartPattern()),
        (NumberLevel.Section, SectionPattern()),
        (NumberLevel.Article, ArticlePattern()),
        (NumberLevel.Paragraph, ParagraphPattern()),
    ];

    private static string FoldDigits(string digits) =>
        string.Concat(digits.Select(c => c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c));
}
