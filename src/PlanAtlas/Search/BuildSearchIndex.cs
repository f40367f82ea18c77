using PlanAtlas.Routing;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PlanAtlas.Configuration;
using PlanAtlas.Model;
using PlanAtlas.Render;
using PlanAtlas.Write;

namespace PlanAtlas.Search;

/// <summary>
/// Stage: the site's full-text search. One lunr document per provision, serialised at build time, plus
/// the small store the search page shows results from, and lunr.js itself (from node_modules).
/// </summary>
/// <remarks>
/// Both data files are scripts that assign a global (<c>window.PlanAtlasSearchIndex = {…};</c>) rather
/// than JSON fetched at run time: a page opened from <c>file://</c> may load scripts but not fetch files.
/// </remarks>
/// <param name="includes">The provisions to index; all when null. A subset bundle indexes only the pages it keeps.</param>
public sealed class BuildSearchIndex(Func<Division, bool>? includes = null)
{
    /// <summary>The serialised lunr index, assigned to <see cref="IndexGlobal"/>.</summary>
    public const string IndexFile = "assets/search/index.js";

    /// <summary>Per document ref, what a result shows and links to; assigned to <see cref="DocumentsGlobal"/>.</summary>
    public const string DocumentsFile = "assets/search/documents.js";

    /// <summary>lunr.js as npm installed it.</summary>
    public const string LunrFile = "assets/vendor/lunr.js";

    public const string IndexGlobal = "PlanAtlasSearchIndex";

    public const string DocumentsGlobal = "PlanAtlasSearchDocuments";

    private static readonly JsonWriterOptions JsonOptions = new()
    {
        // Chinese stays readable and small; the file is a script of its own, never inlined in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <exception cref="SearchAssetException">node_modules/lunr is missing or is not the version the index is written for.</exception>
    public void Run(SiteModel site, SiteFiles files, SiteSettings settings)
    {
        // First, so that a missing package fails the build before any work is done.
        var lunr = ReadLunr(settings.NodeModulesPath);
        var documents = Documents(site, includes);
        var options = new LunrIndexOptions { TitleBoost = settings.SearchTitleBoost };

        files.Add(LunrFile, lunr);
        files.Add(IndexFile, Assign(IndexGlobal, LunrIndexWriter.Serialize(documents, options)));
        files.Add(DocumentsFile, Assign(DocumentsGlobal, DocumentStore(site, includes)));
    }

    /// <summary>The lunr document of a provision: <c>gansu/part_2__sec_1__art_1</c>.</summary>
    public static string Ref(Plan plan, Division provision) => plan.Slug + "/" + provision.Id;

    /// <summary>One search document per provision of every plan, in site order.</summary>
    public static IReadOnlyList<SearchDocument> Documents(SiteModel site, Func<Division, bool>? includes = null) =>
        Provisions(site, includes)
            .Select(x => new SearchDocument(
                Ref(x.Plan, x.Provision),
                x.Provision.Title,
                x.Provision.Text,
                x.Plan.Metadata.Label,
                PathOf(x.Provision)))
            .ToList();

    /// <summary>The provisions to index, in site order.</summary>
    private static IEnumerable<(Plan Plan, Division Provision)> Provisions(SiteModel site, Func<Division, bool>? includes) =>
        site.Plans.SelectMany(plan => plan.Provisions
            .Where(provision => includes is null || includes(provision))
            .Select(provision => (plan, provision)));

    /// <summary>The labels of the provision's ancestors, outermost first: <c>二、主要措施 / （一）切实增强法治观念</c>.</summary>
    public static string PathOf(Division provision) => string.Join(" / ", provision.Ancestors.Select(a => a.Label));

    /// <summary>
    /// The JSON object <c>{ ref: { plan, planShort, number, marker, title, path, text, anchor, page, topic?, topicTitle? } }</c>
    /// in site order. <c>anchor</c> and <c>page</c> are paths from the site root that name a file
    /// (<c>plans/gansu/index.html#part_2__sec_1__art_1</c>): the page prefixes them with <c>&lt;html data-root&gt;</c>.
    /// </summary>
    public static string DocumentStore(SiteModel site, Func<Division, bool>? includes = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            foreach (var (plan, provision) in Provisions(site, includes))
            {
                json.WriteStartObject(Ref(plan, provision));
                json.WriteString("plan", plan.Slug);
                json.WriteString("planShort", plan.Metadata.Label);
                json.WriteString("number", provision.NumberPath);
                json.WriteString("marker", provision.Marker.Display);
                json.WriteString("title", provision.Title);
                json.WriteString("path", PathOf(provision));
                json.WriteString("text", provision.Text);
                json.WriteString("anchor", Routes.FromRoot(Routes.Anchor(plan.Slug, provision.Id)));
                json.WriteString("page", Routes.FromRoot(Routes.Provision(plan.Slug, provision.Id)));
                if (site.PlacementOf(provision)?.Topic is { } topic)
                {
                    json.WriteString("topic", topic.Id);
                    json.WriteString("topicTitle", topic.Title);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A root path (<c>/plans/gansu/#x</c>) as a path from the root to a file (<c>plans/gansu/index.html#x</c>).</summary>
    private static string Assign(string global, string json) => $"window.{global} = {json};\n";

    /// <summary>lunr.min.js when the package has it, else lunr.js, after checking the package's version.</summary>
    private static byte[] ReadLunr(string nodeModulesPath)
    {
        var package = Path.Combine(nodeModulesPath, "lunr");
        var manifest = Path.Combine(package, "package.json");
        if (!File.Exists(manifest))
        {
            throw new SearchAssetException(
                $"lunr.js is not installed ({package} is missing): run `npm ci` in the site's root folder, "
                + "which installs the browser packages the search page ships (see package.json).");
        }

        using (var doc = JsonDocument.Parse(File.ReadAllText(manifest)))
        {
            var version = doc.RootElement.TryGetProperty("version", out var v) ? v.GetString() : null;
            if (version != LunrIndexWriter.LunrVersion)
            {
                throw new SearchAssetException(
                    $"{package} is lunr {version ?? "(no version)"}, but the search index is written for lunr "
                    + $"{LunrIndexWriter.LunrVersion}: run `npm ci` to install the version package-lock.json names.");
            }
        }

        foreach (var name in new[] { "lunr.min.js", "lunr.js" })
        {
            var file = Path.Combine(package, name);
            if (File.Exists(file))
            {
                return File.ReadAllBytes(file);
            }
        }

        throw new SearchAssetException($"{package} has neither lunr.min.js nor lunr.js: run `npm ci` to reinstall it.");
    }
}

/// <summary>The search stage cannot find what it ships (lunr.js from node_modules); the message says what to run.</summary>
public sealed class SearchAssetException(string message) : Exception(message);
