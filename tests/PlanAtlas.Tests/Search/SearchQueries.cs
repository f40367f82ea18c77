using PlanAtlas.Search;

namespace PlanAtlas.Tests.Search;

/// <summary>
/// Queries drawn from a corpus, seeded so a failure repeats: random substrings of the texts (2 to 8 characters),
/// pairs of them, ASCII and digit fragments, agency names, plan and place names joined with a word, one character,
/// punctuation, and words that occur nowhere.
/// </summary>
internal static class SearchQueries
{
    public static IReadOnlyList<string> From(SearchCorpus corpus, int count, int seed = 7)
    {
        var random = new Random(seed);
        var texts = corpus.Documents.Where(d => d.Kind == SearchKind.Provision && d.Text.Length > 10).Select(d => d.Text).ToList();
        string Fragment(int min, int max)
        {
            var text = texts[random.Next(texts.Count)];
            var length = random.Next(min, max + 1);
            var start = random.Next(0, Math.Max(1, text.Length - length));
            return text.Substring(start, Math.Min(length, text.Length - start)).Replace('\n', ' ').Trim();
        }

        var queries = new List<string>();
        for (var i = 0; i < count; i++)
        {
            queries.Add(Fragment(2, 8));
        }

        for (var i = 0; i < count / 4; i++)
        {
            queries.Add(Fragment(2, 4) + " " + Fragment(2, 4));
        }

        var ascii = corpus.Documents
            .SelectMany(d => System.Text.RegularExpressions.Regex.Matches(d.Text, "[0-9A-Za-z]{2,}").Select(m => m.Value))
            .Distinct(StringComparer.Ordinal)
            .Take(20)
            .ToList();
        foreach (var word in ascii)
        {
            queries.Add(word);
            queries.Add(word.Length > 2 ? word[1..] : word);
            queries.Add(word.ToUpperInvariant());
        }

        foreach (var agency in corpus.Documents.Where(d => d.Kind == SearchKind.Agency).Take(15))
        {
            queries.Add(agency.Title);
        }

        foreach (var plan in corpus.Plans.Take(10))
        {
            queries.Add(plan.Names[^1] + " " + Fragment(2, 3));
            queries.Add(plan.Label + " 法律援助");
        }

        queries.AddRange(["宪法宣誓", "法律援助", "大足区 法律援助", "12348", "１２３４８", "Internet", "法", "宪", "《宪法》", "，。", "火星殖民计划", "zzqx", "法治 不存在的词"]);
        return queries.Distinct(StringComparer.Ordinal).Where(q => q.Length > 0).ToList();
    }
}
