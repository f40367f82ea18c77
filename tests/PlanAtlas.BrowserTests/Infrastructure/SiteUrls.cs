namespace PlanAtlas.BrowserTests.Infrastructure;

/// <summary>Which URLs count as the site's own: the local test server, file:// and in-page data.</summary>
public static class SiteUrls
{
    private static readonly HashSet<string> LocalHosts = new(StringComparer.OrdinalIgnoreCase)
    {
        "localhost", "127.0.0.1", "[::1]", "::1",
    };

    private static readonly HashSet<string> InPageSchemes = new(StringComparer.OrdinalIgnoreCase)
    {
        "file", "data", "blob", "about",
    };

    public static bool IsExternal(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return true;
        }

        return !InPageSchemes.Contains(uri.Scheme) && !LocalHosts.Contains(uri.Host);
    }
}
