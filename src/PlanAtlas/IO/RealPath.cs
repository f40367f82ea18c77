namespace PlanAtlas.IO;

/// <summary>
/// A path with every symbolic link along it resolved (what POSIX <c>realpath</c> returns), so that a link
/// inside the site folder is judged by where it leads, not by where it sits.
/// </summary>
public static class RealPath
{
    // Linux gives up after 40 links (ELOOP); a cycle must end somewhere.
    private const int MaxLinks = 40;

    /// <summary>The resolved path, or null when links go round in a circle or too deep.</summary>
    public static string? Of(string path) => Resolve(Path.GetFullPath(path), MaxLinks);

    /// <summary>The resolved path; for links that go round in a circle, the path as written (compared as it is).</summary>
    public static string OrSelf(string path) => Of(path) ?? Path.GetFullPath(path);

    /// <summary>Whether a resolved path is <paramref name="realRoot"/> or lies under it.</summary>
    public static bool IsWithin(string? realPath, string realRoot) =>
        realPath is not null
        && (realPath == realRoot || realPath.StartsWith(Path.TrimEndingDirectorySeparator(realRoot) + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    private static string? Resolve(string fullPath, int linksLeft)
    {
        var current = Path.GetPathRoot(fullPath)!;
        foreach (var part in fullPath[current.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is not null)
            {
                if (linksLeft == 0)
                {
                    return null;
                }

                // A relative target is relative to the folder holding the link, which is already resolved.
                var resolved = Resolve(Path.GetFullPath(target, current), linksLeft - 1);
                if (resolved is null)
                {
                    return null;
                }

                next = resolved;
            }

            current = next;
        }

        return current;
    }
}
