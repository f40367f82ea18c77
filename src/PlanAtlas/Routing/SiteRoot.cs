namespace PlanAtlas.Routing;

/// <summary>
/// The way from the page being rendered to the site's root (<c>../../</c>), as the shell writes it into
/// <c>data-root</c> for scripts that build links (search results, copy-link).
/// </summary>
public sealed record SiteRoot
{
    public static readonly SiteRoot Instance = new();

    private SiteRoot()
    {
    }
}
