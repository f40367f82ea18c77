namespace PlanAtlas.PostProcess;

/// <summary>Turns a root path (<c>/plans/gansu/#x</c>) into a link relative to a page's file, pointing at a file.</summary>
public static class RelativeLinks
{
    public static string From(string pageFile, string rootPath)
    {
        var hashAt = rootPath.IndexOf('#');
        var path = hashAt < 0 ? rootPath : rootPath[..hashAt];
        var fragment = hashAt < 0 ? string.Empty : rootPath[hashAt..];
        var targetFile = Render.SitePaths.FileFor(path);
        if (targetFile == pageFile && fragment.Length > 0)
        {
            return fragment;
        }

        var fromDir = pageFile.Contains('/') ? pageFile[..(pageFile.LastIndexOf('/') + 1)] : string.Empty;
        return Relative(fromDir, targetFile) + fragment;
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
