using PlanAtlas.Routing;

namespace PlanAtlas.Check;

/// <summary>
/// Where a link inside the site leads: a file, maybe an element id in it, and whether the link was written as a
/// folder (<c>…/</c>), which works on a server but not from <c>file://</c>.
/// </summary>
public sealed record LinkTarget(string File, string? Fragment, bool WrittenAsFolder)
{
    /// <summary>
    /// A link of a page followed to its target; or the reason it is wrong wherever it leads; or neither, for a link
    /// that leaves the site on purpose (another host, mailto:).
    /// </summary>
    public static (LinkTarget? Target, string? Problem) Resolve(string page, string link)
    {
        if (IsExternal(link))
        {
            return (null, null);
        }

        if (link.StartsWith('/'))
        {
            return (null, "a root path breaks under a base path and from file://; write the link the view model gives (a SiteLink), which the renderer makes relative");
        }

        var hashAt = link.IndexOf('#');
        var path = Uri.UnescapeDataString(hashAt < 0 ? link : link[..hashAt]);
        var fragment = hashAt < 0 ? null : Uri.UnescapeDataString(link[(hashAt + 1)..]);
        var target = path.Length == 0 ? page : RelativeLinks.Resolve(page, path);
        return target is null
            ? (null, "leaves the site")
            : (new LinkTarget(target, string.IsNullOrEmpty(fragment) ? null : fragment, path.EndsWith('/')), null);
    }

    private static bool IsExternal(string link) =>
        link.Contains("://", StringComparison.Ordinal) || link.StartsWith("//", StringComparison.Ordinal)
        || link.StartsWith("mailto:", StringComparison.Ordinal) || link.StartsWith("data:", StringComparison.Ordinal)
        || link.StartsWith("javascript:", StringComparison.Ordinal);
}
