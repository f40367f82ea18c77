using System.Collections.Concurrent;

namespace PlanAtlas.Analyse.Compare;

/// <summary>
/// The two-plan comparisons of the previous build of a preview session, by the texts compared: the sentence
/// alignments are the costliest part of rendering, and an edit changes the texts of only a few pairs. Only what the last
/// build used is kept, so the cache never grows beyond one site's pairs.
/// </summary>
public sealed class ComparisonCache
{
    private ConcurrentDictionary<string, ComparisonResult> _previous = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, ComparisonResult> _current = new(StringComparer.Ordinal);

    /// <summary>Starts a build: what the last build used stays available, what it did not use is dropped.</summary>
    public void BeginBuild()
    {
        _previous = _current;
        _current = new(StringComparer.Ordinal);
    }

    public ComparisonResult Compare(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        // U+0001 and U+0002 never occur in plan text; they keep ["ab","c"] and ["a","bc"] apart.
        var key = string.Join('\u0001', left) + '\u0002' + string.Join('\u0001', right);
        return _current.GetOrAdd(key, _ => _previous.TryGetValue(key, out var known) ? known : TextComparison.Compare(left, right));
    }
}
