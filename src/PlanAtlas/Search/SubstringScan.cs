using System.Text.RegularExpressions;

namespace PlanAtlas.Search;

/// <summary>
/// The meaning of a search, as a plain scan over every document: what the sharded index must answer, and what the
/// tests compare it with. A query is split at spaces into words, and each word stands for its variants (itself, and
/// its synonyms and agency aliases: <see cref="QueryExpansion"/>); a document matches when every word has a variant
/// (folded) in its folded title, text or note, or in one of its plan's names (label and places: "大足区 法律援助"
/// narrows to the provisions of 大足区's plan that hold 法律援助). Results holding the whole query as typed in title,
/// text or note come first; otherwise site order. The province and measure filters keep provisions only.
/// </summary>
public static partial class SubstringScan
{
    public static IReadOnlyList<SearchDocument> Search(SearchCorpus corpus, string query, string? province = null, string? topic = null)
    {
        var normalized = Normalize(query);
        var words = Words(normalized);
        if (words.All(w => SearchTerms.Query(w).Terms.Count == 0))
        {
            return []; // nothing searchable: the page says so instead of listing everything
        }

        var whole = ChineseTokenizer.Fold(normalized);
        var variants = words.Select(corpus.Expansion.Variants).ToList();
        return corpus.Documents
            .Where(d => province is null or "" || d.Plan?.Province?.Code == province)
            .Where(d => topic is null or "" || d.Topic?.Id == topic)
            .Where(d => variants.All(word => word.Any(w => InText(d, w) || (d.Plan?.Names.Any(n => n.Contains(w, StringComparison.Ordinal)) ?? false))))
            .OrderBy(d => InText(d, whole) ? 0 : 1)
            .ThenBy(d => d.Number)
            .ToList();
    }

    /// <summary>Whether the whole folded query occurs in the folded title, text or note: the results listed first.</summary>
    public static bool IsExact(SearchDocument document, string query) => InText(document, ChineseTokenizer.Fold(Normalize(query)));

    /// <summary>Runs of white space as one space, none at the ends (search.js's normalizeQuery).</summary>
    public static string Normalize(string query) => Spaces().Replace(query, " ").Trim(' ');

    public static IReadOnlyList<string> Words(string normalized) =>
        normalized.Length == 0 ? [] : normalized.Split(' ');

    private static bool InText(SearchDocument d, string folded) =>
        d.Fields.Any(f => ChineseTokenizer.Fold(f).Contains(folded, StringComparison.Ordinal));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
