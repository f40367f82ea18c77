namespace PlanAtlas.Render;

/// <summary>
/// Pages are addressed by root paths such as <c>/plans/gansu/</c> while rendering; the link rewriter turns
/// them into relative links to files (<c>../gansu/index.html</c>) so the site works under any base path
/// and from <c>file://</c>.
/// </summary>
public static class SitePaths
{
    public const string Home = "/";
    public const string About = "/about/";
    public const string NotFound = "/404.html";

    public static string Plan(string slug) => $"/plans/{slug}/";

    public static string Provision(string slug, string id) => $"/plans/{slug}/{id}/";

    public static string Anchor(string slug, string id) => $"/plans/{slug}/#{id}";

    /// <summary>The file a root path is written to: folders get <c>index.html</c>.</summary>
    public static string FileFor(string rootPath)
    {
        var path = rootPath.TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    /// <summary>The absolute public address of a page, or null when no base URL is configured.</summary>
    public static string? Absolute(string baseUrl, string rootPath) =>
        string.IsNullOrWhiteSpace(baseUrl) ? null : baseUrl.TrimEnd('/') + rootPath;
}
