namespace PlanAtlas.Routing;

/// <summary>
/// Relative links between the site's files (paths relative to the site's root, with <c>/</c>): made from a root
/// path (<c>/plans/gansu/#x</c>) for a page, and followed back to the file they lead to.
/// </summary>
public static class RelativeLinks
{
    public static string From(string pageFile, SiteLink link)
    {
        var fragment = link.FragmentId is { } id ? "#" + id : string.Empty;
        var targetFile = Routes.FileFor(link);
        if (targetFile == pageFile && fragment.Length > 0)
        {
            return fragment;
        }

        var fromDir = pageFile.Contains('/') ? pageFile[..(pageFile.LastIndexOf('/') + 1)] : string.Empty;
        return Relative(fromDir, targetFile) + fragment;
    }

    /// <summary>
    /// The file a relative link of a page leads to (<c>plans/a/index.html</c> + <c>../b/index.html</c> →
    /// <c>plans/b/index.html</c>), or null when it climbs out of the site.
    /// </summary>
    public static string? Resolve(string pageFile, string relative)
    {
        var segments = pageFile.Split('/').SkipLast(1).ToList();
        foreach (var part in relative.Split('/'))
        {
            if (part == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else if (part is not ("." or ""))
            {
                segments.Add(part);
            }
        }

        return string.Join("/", segments);
    }

    /// <summary>The path up to the site root from a page: <c>../../</c> for <c>plans/gansu/index.html</c>.</summary>
    public static string ToRoot(string pageFile) => string.Concat(Enumerable.Repeat("../", pageFile.Count(c => c == '/')));

    private static string Relative(string fromDir, string targetFile)
    {
        var from = fromDir.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var to = targetFile.Split('/');
        var common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }

        return string.Concat(Enumerable.Repeat("../", from.Length - common)) + string.Join("/", to[common..]);
    }
}
