namespace PlanAtlas.Write;

/// <summary>A path with every symbolic link along it resolved, so that two names for one folder compare equal.</summary>
internal static class RealPath
{
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        var parts = new Queue<string>(full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries));
        for (var hops = 0; parts.Count > 0;)
        {
            var next = Path.Combine(current, parts.Dequeue());
            var info = new FileInfo(next);
            if (info.LinkTarget is { } target && ++hops <= 40)
            {
                // A link's target is relative to the link's folder; resolve it and walk what remains from there.
                var resolved = Path.GetFullPath(Path.Combine(current, target));
                var rest = parts.ToArray();
                var resolvedRoot = Path.GetPathRoot(resolved)!;
                parts = new Queue<string>(resolved[resolvedRoot.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Concat(rest));
                current = resolvedRoot;
                continue;
            }

            current = next;
        }

        return Path.TrimEndingDirectorySeparator(current);
    }

    /// <summary>True when <paramref name="inner"/> is <paramref name="outer"/> or lies below it (both real paths).</summary>
    public static bool IsWithin(string inner, string outer)
    {
        var o = Path.TrimEndingDirectorySeparator(outer);
        return inner == o || inner.StartsWith(o.EndsWith(Path.DirectorySeparatorChar) ? o : o + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
