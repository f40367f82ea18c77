using PlanAtlas.Search;

namespace PlanAtlas.Tests.Search;

/// <summary>
/// Queries drawn from a corpus, seeded so a failure repeats: random substrings of the texts (2 to 8 characters),
/// pairs of them, ASCII and digit fragments, agency names, plan and place names joined with a word, words with synonyms
/// and agency aliases, fragments of responsibility notes, one character, punctuation, and words that occur nowhere.
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

        // Words with synonyms or agency aliases (OR within a word), alone and beside another word (AND across words).
        foreach (var (group, i) in corpus.Expansion.Groups.Select((g, i) => (g, i)))
        {
            queries.Add(group[i % group.Count]);
            if (i % 4 == 0)
            {
                queries.Add(group[^1] + " " + Fragment(2, 3));
            }
        }

        // Responsibility notes are searched too: an agency's name finds the provisions it leads or joins.
        foreach (var note in corpus.Documents.Where(d => d.Note.Length > 8).Take(10))
        {
            queries.Add(note.Note.Substring(note.Number % (note.Note.Length - 6), 5).Trim());
        }

        queries.AddRange(["法援", "普法", "司法局", "县司法局", "州司法局 普法", "法援 渠县", "县委办"]);
        queries.AddRange(["宪法宣誓", "法律援助", "大足区 法律援助", "12348", "１２３４８", "Internet", "法", "宪", "《宪法》", "，。", "火星殖民计划", "zzqx", "法治 不存在的词"]);
        return queries.Distinct(StringComparer.Ordinal).Where(q => q.Length > 0).ToList();
    }
}
