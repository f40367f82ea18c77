namespace PlanAtlas.Routing;

/// <summary>
/// Relative links between the site's files (paths relative to the site's root, with <c>/</c>): made from a root
/// path (<c>/plans/gansu/#x</c>) for a page, and followed back to the file they lead to.
/// </summary>
public static class RelativeLinks
{
    // Both directions run for every link of every page (about 100 million at national scale), so they work on spans
    // and allocate only the string they return.

    public static string From(string pageFile, SiteLink link)
    {
        var targetFile = Routes.FileFor(link);
        var id = link.FragmentId;
        if (id is not null && targetFile == pageFile)
        {
            return "#" + id;
        }

        var fromDir = pageFile.AsSpan(0, pageFile.LastIndexOf('/') + 1);

        // The longest run of whole folders the two paths share, then one ../ for each of the page's folders past it.
        var common = 0;
        var shared = Math.Min(fromDir.Length, targetFile.Length);
        for (var i = 0; i < shared && fromDir[i] == targetFile[i]; i++)
        {
            if (fromDir[i] == '/')
            {
                common = i + 1;
            }
        }

        var ups = fromDir[common..].Count('/');
        var rest = targetFile.AsSpan(common);
        var length = (ups * 3) + rest.Length + (id is null ? 0 : id.Length + 1);
        var buffer = length <= 512 ? stackalloc char[length] : new char[length];
        var at = 0;
        for (var i = 0; i < ups; i++, at += 3)
        {
            "../".CopyTo(buffer[at..]);
        }

        rest.CopyTo(buffer[at..]);
        at += rest.Length;
        if (id is not null)
        {
            buffer[at++] = '#';
            id.CopyTo(buffer[at..]);
        }

        return new string(buffer);
    }

    /// <summary>
    /// The file a relative link of a page leads to (<c>plans/a/index.html</c> + <c>../b/index.html</c> →
    /// <c>plans/b/index.html</c>), or null when it climbs out of the site.
    /// </summary>
    public static string? Resolve(string pageFile, string relative)
    {
        var capacity = pageFile.Length + relative.Length + 1;
        var path = capacity <= 512 ? stackalloc char[capacity] : new char[capacity];
        var length = Math.Max(pageFile.LastIndexOf('/'), 0);
        pageFile.AsSpan(0, length).CopyTo(path);
        var link = relative.AsSpan();
        foreach (var range in link.Split('/'))
        {
            var part = link[range];
            if (part is "..")
            {
                if (length == 0)
                {
                    return null;
                }

                length = Math.Max(path[..length].LastIndexOf('/'), 0);
            }
            else if (part is not ("." or ""))
            {
                if (length > 0)
                {
                    path[length++] = '/';
                }

                part.CopyTo(path[length..]);
                length += part.Length;
            }
        }

        return new string(path[..length]);
    }

    /// <summary>The path up to the site root from a page: <c>../../</c> for <c>plans/gansu/index.html</c>.</summary>
    public static string ToRoot(string pageFile) => string.Concat(Enumerable.Repeat("../", pageFile.Count(c => c == '/')));
}
