using PlanAtlas.Routing;

namespace PlanAtlas.Render.Theme;

/// <summary>What the shell (<c>baseof.sbn-html</c>) shows around every page: head metadata, navigation, footer.</summary>
public sealed record PageShell
{
    private static readonly IReadOnlyList<SiteLink> Css =
        new[] { "css/site.css", "css/agencies.css", "css/compare.css", "css/search.css" }.Select(Routes.Asset).ToList();

    /// <summary>The search engine and its tokenizer, shared by the search page and the header's box (tokenizer first).</summary>
    public static IReadOnlyList<SiteLink> SearchEngineScripts { get; } = [Routes.Asset("js/search-tokenizer.js"), Routes.Asset("js/search-engine.js")];

    /// <summary>The header's box offers results as the reader types; it loads nothing of the index before that.</summary>
    private static readonly IReadOnlyList<SiteLink> SearchBoxScripts = [.. SearchEngineScripts, Routes.Asset("js/search-box.js")];

    public required string SiteTitle { get; init; }
    public required string Title { get; init; }
    public required string Description { get; init; }
    public required SiteLink Path { get; init; }
    public string? Canonical { get; init; }

    /// <summary>Open Graph (link previews) and, on plan and provision pages, the citation_* tags reference managers read.</summary>
    public IReadOnlyList<MetaTag> Meta { get; init; } = [];

    /// <summary>The page's schema.org JSON-LD, already serialised with &lt; &gt; &amp; escaped; null on pages that cite nothing.</summary>
    public RawHtml? JsonLd { get; init; }
    public required IReadOnlyList<NavLink> Nav { get; init; }
    public IReadOnlyList<NavLink> Breadcrumbs { get; init; } = [];
    public string BodyClass { get; init; } = string.Empty;
    public bool NoIndex { get; init; }
    public SiteLink? RefreshTo { get; init; }
    public IReadOnlyList<SiteLink> Scripts { get; init; } = [];

    /// <summary>Every script of the page in load order: the header box's, when it shows, then the page's own.</summary>
    public IReadOnlyList<SiteLink> AllScripts => ShowSearchBox && SearchAsYouType ? [.. SearchBoxScripts, .. Scripts] : Scripts;

    /// <summary>
    /// The header box offers results as the reader types. Off on the 404 page: served at any depth, its scripts would
    /// be fetched from the missing address by the browser's preload scanner before its head script sets the base, and
    /// the box needs the site's root to load the index; there the box is a plain form to the search page.
    /// </summary>
    public bool SearchAsYouType { get; init; } = true;

    /// <summary>Stylesheets only some pages need (the charts'), linked after the shared ones.</summary>
    public IReadOnlyList<SiteLink> PageStylesheets { get; init; } = [];

    public IReadOnlyList<SiteLink> Stylesheets => PageStylesheets.Count == 0 ? Css : [.. Css, .. PageStylesheets];
    public SiteLink Icon => Routes.Asset("favicon.svg");
    public SiteLink Home => Routes.Home;
    public SiteLink About => Routes.About;
    public SiteLink Data => Routes.DataIndex;

    /// <summary>Written into <c>data-root</c>: the way from this page to the site's root, for scripts.</summary>
    public SiteRoot Root => SiteRoot.Instance;

    /// <summary>The header's search box; off on the search page, which has its own.</summary>
    public bool ShowSearchBox { get; init; } = true;

    /// <summary>Where the header's search box sends its query.</summary>
    public SiteLink SearchAction { get; init; } = Routes.Search;
    public bool HasBreadcrumbs => Breadcrumbs.Count > 0;

    /// <summary>The page's title followed by the site's, except on the home page whose title is the site's.</summary>
    public string FullTitle => Title == SiteTitle ? Title : $"{Title} · {SiteTitle}";

    /// <summary>
    /// A script run first in the head, before any link of the page is resolved; only 404.html has one (it finds the
    /// site's root wherever a host serves the page). Null on every other page.
    /// </summary>
    public RawHtml? HeadScript { get; init; }
}

public sealed record NavLink(string Text, SiteLink Href, bool Current = false);

/// <summary>A <c>&lt;meta&gt;</c> tag: Open Graph uses <c>property</c>, the citation_* tags <c>name</c>.</summary>
public sealed record MetaTag(string Attribute, string Key, string Content)
{
    public static MetaTag Property(string key, string content) => new("property", key, content);

    public static MetaTag Name(string key, string content) => new("name", key, content);
}
