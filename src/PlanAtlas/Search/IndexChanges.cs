namespace PlanAtlas.Search;

/// <summary>
/// What changed between the corpus last indexed and this one when both number their documents the same way (the same
/// plans with as many provisions each, the same measures): the documents that differ, and for each key the documents
/// it gained and lost. Applied to the last posting lists it gives exactly those a full build computes.
/// </summary>
internal sealed class IndexChanges
{
    private readonly Dictionary<string, List<(int Document, bool Added)>> _byKey = new(StringComparer.Ordinal);

    private IndexChanges(IReadOnlyList<int> documents) => Documents = documents;

    /// <summary>The numbers of the documents whose indexed or shown content changed, ascending.</summary>
    public IReadOnlyList<int> Documents { get; }

    /// <summary>The keys whose posting lists change.</summary>
    public IEnumerable<string> Keys => _byKey.Keys;

    /// <summary>The changes, or null when the documents are numbered differently (then the index is built afresh).</summary>
    public static IndexChanges? Between(SearchCorpus last, SearchCorpus next)
    {
        if (last.Documents.Count != next.Documents.Count
            || !last.Plans.SequenceEqual(next.Plans, SamePlan.Instance)
            || !last.Topics.Select(t => t.Id).SequenceEqual(next.Topics.Select(t => t.Id), StringComparer.Ordinal))
        {
            return null;
        }

        var changed = Enumerable.Range(0, next.Documents.Count).Where(i => !Same(last.Documents[i], next.Documents[i])).ToList();
        var changes = new IndexChanges(changed);
        var before = new HashSet<string>(StringComparer.Ordinal);
        var after = new HashSet<string>(StringComparer.Ordinal);
        foreach (var number in changed)
        {
            before.Clear();
            after.Clear();
            TermPostings.AddKeys(last.Documents[number], before);
            TermPostings.AddKeys(next.Documents[number], after);
            foreach (var key in before.Where(k => !after.Contains(k)))
            {
                changes.Add(key, number, added: false);
            }

            foreach (var key in after.Where(k => !before.Contains(k)))
            {
                changes.Add(key, number, added: true);
            }
        }

        return changes;
    }

    /// <summary>Applies the changes to the lists (keeping each ascending); a key left with no document is removed.</summary>
    public void ApplyTo(Dictionary<string, List<int>> postings)
    {
        foreach (var (key, changes) in _byKey)
        {
            if (!postings.TryGetValue(key, out var list))
            {
                postings[key] = list = [];
            }

            foreach (var (document, added) in changes)
            {
                var at = list.BinarySearch(document);
                if (added && at < 0)
                {
                    list.Insert(~at, document);
                }
                else if (!added && at >= 0)
                {
                    list.RemoveAt(at);
                }
            }

            if (list.Count == 0)
            {
                postings.Remove(key);
            }
        }
    }

    private void Add(string key, int document, bool added)
    {
        if (!_byKey.TryGetValue(key, out var list))
        {
            _byKey[key] = list = [];
        }

        list.Add((document, added));
    }

    /// <summary>Everything a document's keys and its chunk are made of.</summary>
    private static bool Same(SearchDocument a, SearchDocument b) =>
        a.Kind == b.Kind
        && a.Id == b.Id
        && a.Title == b.Title
        && a.Text == b.Text
        && a.Note == b.Note
        && a.Context == b.Context
        && a.NumberPath == b.NumberPath
        && a.Marker == b.Marker
        && a.Topic?.Id == b.Topic?.Id
        && a.Plan?.Number == b.Plan?.Number;

    /// <summary>Plans that give the same name keys and the same document numbers.</summary>
    private sealed class SamePlan : IEqualityComparer<SearchPlan>
    {
        public static readonly SamePlan Instance = new();

        public bool Equals(SearchPlan? a, SearchPlan? b) =>
            a is not null && b is not null
            && a.Number == b.Number
            && a.Slug == b.Slug
            && a.Label == b.Label
            && a.Names.SequenceEqual(b.Names, StringComparer.Ordinal)
            && a.Province == b.Province
            && a.FirstDocument == b.FirstDocument
            && a.DocumentCount == b.DocumentCount;

        public int GetHashCode(SearchPlan plan) => plan.Number;
    }
}
