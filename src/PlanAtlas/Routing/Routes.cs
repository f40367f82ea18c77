using PlanAtlas.Model;
using PlanAtlas.Model.Agencies;

namespace PlanAtlas.Routing;

/// <summary>
/// The route map: the one place that knows where every page and file of the site lives. Pages ask it for links
/// (<see cref="SiteLink"/>), the writer for files, the sitemap for absolute addresses; no other code builds a path.
/// </summary>
public static class Routes
{
    public static readonly SiteLink Home = SiteLink.Root("/");
    public static readonly SiteLink About = SiteLink.Root("/about/");
    public static readonly SiteLink NotFound = SiteLink.Root("/404.html");
    public static readonly SiteLink Search = SiteLink.Root("/search/");
    public static readonly SiteLink Compare = SiteLink.Root("/compare/");
    public static readonly SiteLink Agencies = SiteLink.Root("/agencies/");
    public static readonly SiteLink AgencyData = SiteLink.Root("/data/agencies.json");
    public static readonly SiteLink AgencyCsv = SiteLink.Root("/data/agency-provisions.csv");
    public static readonly SiteLink ProvisionsCsv = SiteLink.Root("/data/provisions.csv");

    /// <summary>The data page: every file under <c>data/</c>, what it holds, its format, size and schema.</summary>
    public static readonly SiteLink DataIndex = SiteLink.Root("/data/");

    /// <summary>A file the data stage wrote, by its path in the site (<c>data/plans/gansu.json</c>).</summary>
    public static SiteLink DataFile(string file) => SiteLink.Root("/" + file);

    /// <summary>
    /// A section's page for one place (its GB/T 2260 code, or <c>unplaced</c>): <c>/compare/in/510000/</c>,
    /// <c>/compare/constitution/in/510000/</c>, <c>/agencies/in/510000/</c>. The section's own page is the national one.
    /// </summary>
    public static SiteLink Within(SiteLink section, string placeKey) => SiteLink.Root($"{section.Path}in/{placeKey}/");

    /// <summary>The plans of one place and the places under it (the home page is the national one).</summary>
    public static SiteLink Place(string placeKey) => SiteLink.Root($"/places/{placeKey}/");

    public static SiteLink Plan(string slug) => SiteLink.Root($"/plans/{slug}/");

    public static SiteLink Provision(string slug, string id) => SiteLink.Root($"/plans/{slug}/{id}/");

    /// <summary>A provision or group in the full text of its plan.</summary>
    public static SiteLink Anchor(string slug, string id) => Plan(slug).WithFragment(id);

    public static SiteLink PlanData(string slug) => SiteLink.Root($"/data/plans/{slug}.json");

    /// <summary>A file of the theme's assets folder: <c>css/site.css</c>.</summary>
    public static SiteLink Asset(string path) => SiteLink.Root("/assets/" + path);

    public static SiteLink Measure(string topicId) => SiteLink.Root($"/compare/{topicId}/");

    /// <summary>A plan's column on a measure's page.</summary>
    /// <param name="measurePage">The measure's page that shows the plan (national or a place's).</param>
    public static SiteLink MeasureColumn(SiteLink measurePage, string slug) => measurePage.WithFragment(ColumnId(slug));

    public static string ColumnId(string slug) => "plan-" + slug;

    /// <summary>A provision on a measure's page (quxian-part_2__sec_1__art_1): provision ids repeat across plans.</summary>
    public static string ComparedProvisionId(string slug, string id) => slug + "-" + id;

    /// <summary>
    /// Two plans' comparison: <c>/compare/constitution/gansu--quxian/</c>. Slugs never hold two hyphens in a row,
    /// so the pair is unambiguous.
    /// </summary>
    public static SiteLink Pair(string topicId, string left, string right) => SiteLink.Root($"/compare/{topicId}/{left}--{right}/");

    /// <summary>
    /// A plan's provisions of one measure beside those of the nearest plan above it in the corpus
    /// (<c>/plans/quxian/above/constitution/</c>): one page per plan and measure, so their number grows with the plans.
    /// </summary>
    public static SiteLink Above(string slug, string topicId) => SiteLink.Root($"/plans/{slug}/above/{topicId}/");

    /// <summary>A plan's list of local measures (provisions matching no measure) on the comparison index.</summary>
    /// <param name="indexPage">The comparison index page that shows the plan (national or a place's).</param>
    public static SiteLink LocalMeasures(SiteLink indexPage, string slug) => indexPage.WithFragment(LocalId(slug));

    public static string LocalId(string slug) => "local-" + slug;

    public static SiteLink Agency(string slug) => SiteLink.Root($"/agencies/{slug}/");

    /// <summary>
    /// The agencies of one plan (<c>/agencies/plans/quxian/</c>), for a plan whose place's index page lists only a count:
    /// agency slugs always hold a hyphen, so <c>plans</c> is free.
    /// </summary>
    public static SiteLink AgenciesOfPlan(string slug) => SiteLink.Root($"/agencies/plans/{slug}/");

    public static SiteLink AgencyKind(string id) => SiteLink.Root($"/agencies/kinds/{id}/");

    /// <summary>The page of the agency a note's mention means; null for a catch-all or an unknown mention.</summary>
    public static SiteLink? AgencyOf(AgencyIndex index, Plan plan, AgencyMention mention) =>
        index.Find(plan, mention) is { } agency ? Agency(agency.Slug) : null;

    /// <summary>
    /// The site's top-level folders (<c>plans</c>, <c>compare</c> …), from the routes themselves: 404.html, served at an
    /// address it cannot know in advance, finds the site's root as the part of the address before the first of them.
    /// </summary>
    public static IReadOnlyList<string> TopFolders { get; } =
        new[] { Plan("x"), Place("x"), Compare, Agencies, Search, About, DataIndex, Asset("x") }
            .Select(link => link.Path.Split('/', StringSplitOptions.RemoveEmptyEntries)[0])
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>The file a root path is written to: folders get <c>index.html</c>.</summary>
    public static string FileFor(string rootPath)
    {
        var path = rootPath.TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    public static string FileFor(SiteLink link) => FileFor(link.Path);

    /// <summary>A link as written from the site's root folder (<c>plans/gansu/index.html#x</c>), for script data.</summary>
    public static string FromRoot(SiteLink link) => FileFor(link.Path) + (link.FragmentId is { } id ? "#" + id : string.Empty);

    /// <summary>The absolute public address of a page, or null when no base URL is configured.</summary>
    public static string? Absolute(string baseUrl, SiteLink link) =>
        string.IsNullOrWhiteSpace(baseUrl) ? null : baseUrl.TrimEnd('/') + link.Value;
}
