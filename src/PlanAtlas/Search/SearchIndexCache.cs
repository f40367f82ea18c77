namespace PlanAtlas.Search;

/// <summary>
/// The search index a preview session last wrote: its corpus, every key's posting list and the shard layout, so that
/// the next build re-encodes only the keys and chunks of the documents an edit changed (<see cref="IndexChanges"/>)
/// and keeps the other files as written.
/// </summary>
public sealed class SearchIndexCache
{
    private Snapshot? _written;
    private Snapshot? _built;

    /// <summary>
    /// The index last written, handed to one build, which updates it in place: until that build is written
    /// (<see cref="Written"/>) there is none, so a build after a failed one starts afresh.
    /// </summary>
    internal Snapshot? Take()
    {
        var last = _written;
        _written = null;
        _built = null;
        return last;
    }

    internal void Built(Snapshot snapshot) => _built = snapshot;

    /// <summary>The build's files are in the output folder: its index is what the next build starts from.</summary>
    public void Written()
    {
        _written = _built;
        _built = null;
    }

    internal sealed record Snapshot(SearchCorpus Corpus, Dictionary<string, List<int>> Postings, ShardLayout Shards);
}
