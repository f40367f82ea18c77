using PlanAtlas.Search;

namespace PlanAtlas.Tests.Search;

/// <summary>
/// The C# writer against lunr.js itself: same corpus, same options, the serialised indexes must be
/// identical, and lunr.js must answer queries identically from either. Needs node and `npm ci`.
/// </summary>
public sealed class LunrOracleTests
{
    private static readonly string[] Queries =
        ["宪法宣誓", "民法典", "枫桥经验", "法律援助", "村规民约", "一村一法律顾问", "网络安全", "宪", "12348", "internet"];

    [Fact]
    public void Corpus_index_is_identical_to_lunr_js()
    {
        var docs = SearchTestCorpus.Documents;

        AssertSameIndex(docs, LunrIndexOptions.Default);
    }

    [Fact]
    public void Edge_case_index_is_identical_to_lunr_js()
    {
        // Refs that JavaScript orders or escapes specially, repeated terms, empty fields, odd text.
        string[] refs =
        [
            "10", "2", "0", "01", "4294967294", "4294967295", "a/b/c", "q\"uote", "back\\slash",
            "tab\tnew\nline", "ctrl\u0001\u001f", "emoji😀", "__proto__", "constructor", "中文#1", "",
        ];
        string[] texts =
        [
            "宪法宣誓宪法宣誓，宪法", "", "constructor toString __proto__ valueOf", "Internet+诉讼 ＡＢＣ abc ABC",
            "12348法律服务网\u00a0一村一法律顾问", "宪", "\ud840\udc00法\ud800字", "法治　社会、法治。社会",
        ];
        var docs = refs.Select((r, i) => new SearchDocument(
                r,
                i % 3 == 0 ? "宪法" : texts[(i + 3) % texts.Length],
                texts[i % texts.Length],
                i % 2 == 0 ? "gansu" : "上海",
                i % 4 == 0 ? "" : "plans/" + r))
            .ToList();

        AssertSameIndex(docs, LunrIndexOptions.Default);
    }

    [Fact]
    public void Index_with_tuned_options_and_document_boosts_is_identical_to_lunr_js()
    {
        var options = new LunrIndexOptions
        {
            TitleBoost = 3.5,
            TextBoost = 0, // lunr reads `boost || 1`
            PlanBoost = 0.25,
            PathBoost = 2,
            B = 1.5,       // lunr clamps to 1
            K1 = 2,
            DocumentBoost = d => d.Ref.EndsWith('1') ? 2 : d.Ref.EndsWith('2') ? 0 : 0.7,
        };

        AssertSameIndex(SearchTestCorpus.Documents.Take(120).ToList(), options);
    }

    [Fact]
    public void Queries_give_the_same_refs_order_and_scores_from_either_index()
    {
        var docs = SearchTestCorpus.Documents;
        var fromCSharp = LunrNode.Query(LunrIndexWriter.Serialize(docs), Queries);
        var fromLunr = LunrNode.Query(LunrNode.BuildIndex(docs, LunrIndexOptions.Default), Queries);

        Assert.Equal(Queries.Length, fromCSharp.Count);
        for (var q = 0; q < Queries.Length; q++)
        {
            AssertSameHits(Queries[q] + " (lunr query language)", fromLunr[q].Search, fromCSharp[q].Search);
            AssertSameHits(Queries[q] + " (all tokens required)", fromLunr[q].All, fromCSharp[q].All);
        }

        // Guards against two equally empty answers passing the comparison.
        Assert.All(fromCSharp.Where(r => r.Query is "民法典" or "法律援助" or "宪"), r => Assert.NotEmpty(r.All));
    }

    private static void AssertSameIndex(IReadOnlyList<SearchDocument> docs, LunrIndexOptions options)
    {
        var expected = LunrNode.BuildIndex(docs, options);

        var actual = LunrIndexWriter.Serialize(docs, options);

        if (JsonDiff.FirstDifference(expected, actual) is { } difference)
        {
            Assert.Fail("C# index differs from lunr.js at " + difference);
        }

        if (expected != actual)
        {
            var at = Enumerable.Range(0, Math.Min(expected.Length, actual.Length)).FirstOrDefault(i => expected[i] != actual[i]);
            Assert.Fail($"Same JSON values but different text at offset {at}: lunr.js "
                + $"«{Excerpt(expected, at)}», C# «{Excerpt(actual, at)}»");
        }
    }

    private static void AssertSameHits(string query, IReadOnlyList<QueryHit> expected, IReadOnlyList<QueryHit> actual)
    {
        Assert.True(
            expected.Select(h => h.Ref).SequenceEqual(actual.Select(h => h.Ref)),
            $"{query}: lunr.js-built index ranks [{string.Join(", ", expected.Select(h => h.Ref))}], "
            + $"C#-built index ranks [{string.Join(", ", actual.Select(h => h.Ref))}]");
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(
                Math.Abs(expected[i].Score - actual[i].Score) <= 1e-6,
                $"{query}: {expected[i].Ref} scores {expected[i].Score} from lunr.js, {actual[i].Score} from C#");
        }
    }

    private static string Excerpt(string s, int at) => s.Substring(Math.Max(0, at - 40), Math.Min(s.Length, at + 40) - Math.Max(0, at - 40));
}
