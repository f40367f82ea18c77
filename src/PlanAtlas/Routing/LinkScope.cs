namespace PlanAtlas.Routing;

/// <summary>
/// Which of the site's files a build writes: all of them, or a training bundle's selection. A link to a file outside
/// the scope is written as the page's public address when the site has one, and otherwise as no link at all, so a
/// subset bundle never holds a dead link and nothing has to rewrite its pages afterwards.
/// </summary>
public sealed class LinkScope(Func<string, bool> keepsFile, string publicBase)
{
    private int _outside;

    /// <summary>The whole site: every link is relative.</summary>
    public static LinkScope WholeSite { get; } = new(_ => true, string.Empty);

    /// <summary>How many links to left-out files the rendered pages wrote (as public addresses or as text).</summary>
    public int OutsideLinks => Volatile.Read(ref _outside);

    /// <summary>Whether links to left-out files still lead somewhere (the public site) or become plain text.</summary>
    public bool HasPublicSite => !string.IsNullOrWhiteSpace(publicBase);

    public bool Keeps(string file) => keepsFile(file);

    public bool Keeps(SiteLink link) => link.IsFragmentOnly || keepsFile(Routes.FileFor(link));

    /// <summary>The public address of a left-out page, or null (plain text) without a base URL; counted either way.</summary>
    public string? Outside(SiteLink link)
    {
        Interlocked.Increment(ref _outside);
        return Routes.Absolute(publicBase, link);
    }
}
