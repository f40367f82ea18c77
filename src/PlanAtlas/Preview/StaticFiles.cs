namespace PlanAtlas.Preview;

/// <summary>Maps a request path to a file inside the site folder, refusing anything that would leave it.</summary>
public static class StaticFiles
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".zip"] = "application/zip",
    };

    /// <summary>The file to serve, or null when the path is outside the folder or names nothing.</summary>
    public static string? Resolve(string siteFolder, string requestPath)
    {
        var root = Path.GetFullPath(siteFolder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(requestPath.Split('?', '#')[0]);
        }
        catch (UriFormatException)
        {
            return null;
        }

        if (decoded.Contains('\0') || decoded.Contains('\\'))
        {
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(root, decoded.TrimStart('/')));
        if (!(full + Path.DirectorySeparatorChar).StartsWith(root, StringComparison.Ordinal))
        {
            return null;
        }

        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }

        return File.Exists(full) ? full : null;
    }

    public static string ContentType(string file) =>
        ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
}
