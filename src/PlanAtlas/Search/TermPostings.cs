namespace PlanAtlas.Search;

/// <summary>
/// Every key of the index with its posting list, ascending. The keys, by their first character:
/// a term of a title, text or note (宪法, 法, 123) lists documents; <c>@</c> + any substring of a plan's names (<c>@大足</c>)
/// lists plans; <c>#</c> + a measure id lists the documents placed under it (the measure filter); <see cref="SpaceKey"/> +
/// a character lists the documents whose title, text or note holds a space followed by it (only they can hold a query
/// of several words whole, the next word starting with that character).
/// </summary>
public static class TermPostings
{
    public const string NamePrefix = "@";
    public const string TopicPrefix = "#";
    public const string SpaceKey = " ";

    /// <summary>Every key with its posting list; the keys unordered (<see cref="ShardWriter"/> orders them).</summary>
    public static Dictionary<string, List<int>> Build(SearchCorpus corpus)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in corpus.Documents)
        {
            terms.Clear();
            AddKeys(document, terms);

            // Documents come in ascending order, so each list stays sorted without a sort.
            foreach (var term in terms)
            {
                Add(postings, term, document.Number);
            }
        }

        foreach (var plan in corpus.Plans)
        {
            terms.Clear();
            foreach (var name in plan.Names)
            {
                AddSubstrings(name, terms);
            }

            foreach (var term in terms)
            {
                Add(postings, NamePrefix + term, plan.Number);
            }
        }

        return postings;
    }

    /// <summary>The keys a document is listed under: the terms of its fields, the space key, its measure.</summary>
    public static void AddKeys(SearchDocument document, ISet<string> into)
    {
        foreach (var field in document.Fields)
        {
            SearchTerms.AddIndexTerms(field, into);
            if (field.Contains(' '))
            {
                AddSpaceKeys(ChineseTokenizer.Fold(field), into);
            }
        }

        if (document.Topic is { } topic)
        {
            into.Add(TopicPrefix + topic.Id);
        }
    }

    /// <summary>
    /// A space and the character after it (<c>" 责"</c>), for each space of a folded field: a query of several words can
    /// be held whole only where each of its spaces is followed by the next word's first character. One key for all
    /// spaces was a long list at the national scale (43 kB at 3,000 plans), loaded by every query of two words.
    /// </summary>
    private static void AddSpaceKeys(string folded, ISet<string> into)
    {
        for (var at = folded.IndexOf(' '); at >= 0; at = folded.IndexOf(' ', at + 1))
        {
            var next = at + 1;
            var width = next + 1 < folded.Length && char.IsHighSurrogate(folded[next]) && char.IsLowSurrogate(folded[next + 1]) ? 2 : 1;
            into.Add(SpaceKey + folded.Substring(next, Math.Min(width, folded.Length - next)));
        }
    }

    /// <summary>Every substring of a name (short: 凉山彝族自治州 has 28), whole surrogate pairs only, so a name match needs no verifying.</summary>
    private static void AddSubstrings(string name, ISet<string> into)
    {
        var bounds = Enumerable.Range(0, name.Length + 1)
            .Where(i => i == 0 || i == name.Length || !(char.IsHighSurrogate(name[i - 1]) && char.IsLowSurrogate(name[i])))
            .ToArray();
        for (var i = 0; i < bounds.Length; i++)
        {
            for (var j = i + 1; j < bounds.Length; j++)
            {
                into.Add(name[bounds[i]..bounds[j]]);
            }
        }
    }

    private static void Add(Dictionary<string, List<int>> postings, string key, int number)
    {
        if (!postings.TryGetValue(key, out var list))
        {
            postings[key] = list = [];
        }

        list.Add(number);
    }
}
