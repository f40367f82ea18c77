namespace PlanAtlas.Routing;

/// <summary>
/// Writes the links of one page as they go into its HTML: relative to the page's file, and for a file the build leaves
/// out (<see cref="LinkScope"/>) the public address or nothing. 404.html, which a host serves at any address, is
/// written relative to its own file too and finds the site's root when it loads (<c>NotFoundPage</c>).
/// </summary>
public sealed class LinkWriter(string pageFile, LinkScope? scope = null)
{
    private readonly LinkScope _scope = scope ?? LinkScope.WholeSite;

    /// <summary>A link as an attribute value (a stylesheet, a script's data); always written, checked by the link check.</summary>
    public string Write(SiteLink link) =>
        link.IsFragmentOnly ? link.Value : RelativeLinks.From(pageFile, link);

    /// <summary>
    /// An anchor's target: the relative link when the file is in the build; its public address, marked as leaving
    /// the bundle, when it is not; null (an anchor without href, which browsers show as text) without a public site.
    /// </summary>
    public AnchorTarget Anchor(SiteLink link) =>
        _scope.Keeps(link) ? new(Write(link), External: false)
        : _scope.Outside(link) is { } address ? new(address, External: true)
        : new(null, External: false);

    /// <summary>The way from this page to the site's root (<c>../../</c>), for scripts that build links.</summary>
    public string Root => RelativeLinks.ToRoot(pageFile);
}

/// <summary>Where an anchor leads: <see cref="Href"/> is null when the page is not in the build and has no public address.</summary>
public readonly record struct AnchorTarget(string? Href, bool External);
