using System.Collections.Concurrent;

namespace PlanAtlas.PostProcess;

/// <summary>
/// The post-processed form of each page from the previous build of a long-running session (preview), keyed by the
/// page's rendered HTML: a page whose rendering did not change is not parsed again. Post-processing is a pure
/// function of the page's path, its rendered HTML and the base URL, so a hit is exactly what parsing would give.
/// </summary>
public sealed class ProcessedPages
{
    private readonly ConcurrentDictionary<string, ProcessedPage> _pages = new(StringComparer.Ordinal);
    private string? _baseUrl;

    /// <summary>Forgets every page when the base URL changed since the last build.</summary>
    public void UseBaseUrl(string baseUrl)
    {
        if (_baseUrl != baseUrl)
        {
            _pages.Clear();
            _baseUrl = baseUrl;
        }
    }

    public ProcessedPage? Find(string page, string rendered) =>
        _pages.TryGetValue(page, out var hit) && string.Equals(hit.Rendered, rendered, StringComparison.Ordinal) ? hit : null;

    public void Remember(string page, ProcessedPage processed) => _pages[page] = processed;
}

/// <summary>A page as rendered, as post-processed, and its ids and links.</summary>
public sealed record ProcessedPage(string Rendered, string Processed, PageLinks Links);
