namespace PlanAtlas.Search;

/// <summary>
/// The terms of the sharded index, from <see cref="ChineseTokenizer.Runs"/> of folded text: every CJK character and
/// every CJK bigram, every ASCII substring of one to <see cref="AsciiGram"/> letters or digits. A query word that is
/// itself one such term (宪法, 法, 123) is found exactly by its posting list; a longer word (宪法宣誓, 12348) is looked
/// up by all its bigrams or trigrams, a superset that the page verifies against the text.
/// </summary>
/// <remarks>search-tokenizer.js (indexTerms, queryWord) is the same rule for the browser; the vectors in
/// tests/PlanAtlas.Tests/Search/tokenizer-vectors.json hold both to it.</remarks>
public static class SearchTerms
{
    /// <summary>ASCII runs are indexed by substrings up to this length, so "234" finds 12348 as Ctrl+F would.</summary>
    public const int AsciiGram = 3;

    /// <summary>The terms of one field (title, text), added to <paramref name="into"/>.</summary>
    public static void AddIndexTerms(string? text, ISet<string> into)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        foreach (var (cjk, units) in ChineseTokenizer.Runs(ChineseTokenizer.Fold(text)))
        {
            if (cjk)
            {
                for (var i = 0; i < units.Count; i++)
                {
                    into.Add(units[i]);
                    if (i + 1 < units.Count)
                    {
                        into.Add(units[i] + units[i + 1]);
                    }
                }
            }
            else
            {
                var word = string.Concat(units);
                for (var length = 1; length <= AsciiGram; length++)
                {
                    for (var start = 0; start + length <= word.Length; start++)
                    {
                        into.Add(word.Substring(start, length));
                    }
                }
            }
        }
    }

    /// <summary>The index terms of a text, in first-seen order (for tests and the vectors file).</summary>
    public static IReadOnlyList<string> IndexTerms(string? text)
    {
        var terms = new SortedSet<string>(StringComparer.Ordinal);
        AddIndexTerms(text, terms);
        return [.. terms];
    }

    /// <summary>
    /// The terms a query word is looked up by, and whether their posting list is exactly the set of documents whose
    /// folded title or text contains the word (true when the word is one term, with nothing else in it).
    /// </summary>
    public static QueryWord Query(string word)
    {
        var folded = ChineseTokenizer.Fold(word);
        var terms = new List<string>();
        var runs = ChineseTokenizer.Runs(folded).ToList();
        foreach (var (cjk, units) in runs)
        {
            if (cjk && units.Count == 1)
            {
                terms.Add(units[0]);
            }
            else if (cjk)
            {
                for (var i = 0; i + 1 < units.Count; i++)
                {
                    terms.Add(units[i] + units[i + 1]);
                }
            }
            else
            {
                var run = string.Concat(units);
                var length = Math.Min(run.Length, AsciiGram);
                for (var start = 0; start + length <= run.Length; start++)
                {
                    terms.Add(run.Substring(start, length));
                }
            }
        }

        var distinct = terms.Distinct(StringComparer.Ordinal).ToList();
        var exact = distinct.Count == 1 && distinct[0] == folded;
        return new QueryWord(folded, distinct, exact);
    }
}

/// <summary>A query word, folded; the terms it is looked up by; whether those terms find it exactly.</summary>
public sealed record QueryWord(string Folded, IReadOnlyList<string> Terms, bool Exact);
