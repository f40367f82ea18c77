using PlanAtlas.Search;

namespace PlanAtlas.Tests.Search;

/// <summary>
/// Readers expect what Ctrl+F finds. With every bigram of the phrase required, lunr must return
/// every provision containing the phrase, and only provisions containing each of its bigrams.
/// The truth is a plain substring scan of the corpus.
/// </summary>
public sealed class SearchRecallTests
{
    private static readonly string[] Phrases = ["宪法宣誓", "民法典", "枫桥经验", "法律援助", "村规民约"];

    private static readonly Lazy<IReadOnlyList<QueryResults>> Results = new(() =>
        LunrNode.Query(LunrIndexWriter.Serialize(SearchTestCorpus.Documents), Phrases));

    public static TheoryData<string> PhraseData() => new(Phrases);

    [Theory]
    [MemberData(nameof(PhraseData))]
    public void Every_document_containing_the_phrase_is_found(string phrase)
    {
        var found = FoundRefs(phrase);

        var missing = SearchTestCorpus.Documents
            .Where(d => (d.Title.Contains(phrase, StringComparison.Ordinal) || d.Text.Contains(phrase, StringComparison.Ordinal)) && !found.Contains(d.Ref))
            .Select(d => d.Ref)
            .ToList();

        Assert.True(missing.Count == 0, $"{phrase}: not found although the title or text contains it: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(PhraseData))]
    public void Only_documents_holding_every_bigram_are_found(string phrase)
    {
        var bigrams = ChineseTokenizer.Tokenize(phrase);
        var holdingAll = SearchTestCorpus.Documents
            .Where(d => bigrams.All(b => Fields(d).Any(f => f.Contains(b, StringComparison.Ordinal))))
            .Select(d => d.Ref)
            .ToHashSet(StringComparer.Ordinal);

        var found = FoundRefs(phrase);

        Assert.True(found.IsSubsetOf(holdingAll), $"{phrase}: found without all bigrams: {string.Join(", ", found.Except(holdingAll))}");
        Assert.True(holdingAll.IsSubsetOf(found), $"{phrase}: has all bigrams but not found: {string.Join(", ", holdingAll.Except(found))}");
    }

    [Fact]
    public void The_phrases_occur_in_the_corpus()
    {
        // Otherwise the recall assertions above would pass vacuously.
        Assert.All(Phrases, p => Assert.Contains(SearchTestCorpus.Documents, d => d.Text.Contains(p, StringComparison.Ordinal)));
    }

    private static HashSet<string> FoundRefs(string phrase) =>
        Results.Value.Single(r => r.Query == phrase).All.Select(h => h.Ref).ToHashSet(StringComparer.Ordinal);

    private static string[] Fields(SearchDocument d) => [d.Title, d.Text, d.Plan, d.Path];
}
