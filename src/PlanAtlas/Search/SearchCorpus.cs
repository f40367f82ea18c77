using PlanAtlas.Model;
using PlanAtlas.Model.Agencies;

namespace PlanAtlas.Search;

/// <summary>What a search result is: a provision of a plan, or an agency of the responsibility index.</summary>
public enum SearchKind { Provision, Agency }

/// <summary>
/// One searchable document. <see cref="Title"/>, <see cref="Text"/> and <see cref="Note"/> are what a substring scan
/// reads (folded); a provision's plan adds its names (<see cref="SearchPlan.Names"/>) as a way to narrow, never as
/// text to show.
/// </summary>
/// <param name="Number">Its place in site order: agencies first, then the provisions plan by plan.</param>
/// <param name="Id">The provision's eId, or the agency's slug.</param>
/// <param name="Context">Shown under the title: the provision's ancestors (二、… / （一）…), or the agency's jurisdiction.</param>
/// <param name="Note">A provision's responsibility note as written (（牵头单位：县司法局…）), so that an agency's name finds
/// the provisions it leads or joins; empty for an agency and a provision without one.</param>
public sealed record SearchDocument(
    int Number,
    SearchKind Kind,
    string Id,
    string Title,
    string Text,
    string Context,
    SearchPlan? Plan = null,
    string NumberPath = "",
    string Marker = "",
    Topic? Topic = null,
    string Note = "")
{
    /// <summary>What a query word is looked for in: title, text and note.</summary>
    public IEnumerable<string> Fields => [Title, Text, Note];

    /// <summary>What tests name a result by: <c>gansu/part_2__sec_1__art_1</c>, <c>agency:quxian-justice</c>.</summary>
    public string Ref => Kind == SearchKind.Agency ? "agency:" + Id : Plan!.Slug + "/" + Id;
}

/// <summary>
/// A plan as the index knows it: its provisions are the documents <see cref="FirstDocument"/> to
/// <see cref="FirstDocument"/> + <see cref="DocumentCount"/> − 1.
/// </summary>
/// <param name="Names">Folded: its label (大足区, 渠县（征求意见稿）) and the names of its place and the places above it
/// (重庆市, 大足区). A query word found inside one of them matches every provision of the plan.</param>
/// <param name="Province">The province-level place it belongs to, for the province filter; null when its front matter names no place.</param>
public sealed record SearchPlan(int Number, string Slug, string Label, IReadOnlyList<string> Names, SearchProvince? Province)
{
    public int FirstDocument { get; internal set; }

    public int DocumentCount { get; internal set; }
}

/// <summary>A province-level place of the province filter: 510000 四川省.</summary>
public sealed record SearchProvince(string Code, string Name);

/// <summary>
/// The documents of one index, numbered in site order, with the plans and provinces they belong to. A bundle's
/// corpus holds only the plans and provisions it keeps, and the agencies that work in those plans.
/// </summary>
public sealed class SearchCorpus
{
    private SearchCorpus(IReadOnlyList<SearchDocument> documents, IReadOnlyList<SearchPlan> plans, IReadOnlyList<SearchProvince> provinces, IReadOnlyList<Topic> topics, QueryExpansion expansion)
    {
        Expansion = expansion;
        Documents = documents;
        Plans = plans;
        Provinces = provinces;
        Topics = topics;
    }

    public IReadOnlyList<SearchDocument> Documents { get; }

    public IReadOnlyList<SearchPlan> Plans { get; }

    /// <summary>The provinces of the plans, by code.</summary>
    public IReadOnlyList<SearchProvince> Provinces { get; }

    /// <summary>The site's measures, in outline order (a document names its measure by its place in this list).</summary>
    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>The other words each query word stands for (synonyms, agency aliases).</summary>
    public QueryExpansion Expansion { get; }

    public int AgencyCount => Documents.Count(d => d.Kind == SearchKind.Agency);

    /// <param name="includesPlan">The plans to index; all when null.</param>
    /// <param name="includesProvision">Of those plans' provisions, the ones to index; all when null.</param>
    public static SearchCorpus Of(SiteModel site, Func<Plan, bool>? includesPlan = null, Func<Division, bool>? includesProvision = null)
    {
        includesPlan ??= _ => true;
        includesProvision ??= _ => true;
        var documents = new List<SearchDocument>();

        // Agencies first: a name found is the most specific answer, and there are few of them per query.
        var agencies = site.Agencies.Agencies.Where(a => a.Plans.Any(includesPlan)).ToList();
        foreach (var agency in agencies)
        {
            documents.Add(new SearchDocument(
                documents.Count,
                SearchKind.Agency,
                agency.Slug,
                agency.Name,
                string.Join("\n", agency.WrittenForms.Where(f => f != agency.Name)),
                agency.Jurisdiction.Name));
        }

        var provinces = new SortedDictionary<string, SearchProvince>(StringComparer.Ordinal);
        var plans = new List<SearchPlan>();
        foreach (var plan in site.Plans.Where(includesPlan))
        {
            var chain = site.Jurisdictions.Of(plan)?.Chain.ToList() ?? [];
            SearchProvince? province = null;
            if (chain.Count > 0)
            {
                province = provinces.TryGetValue(chain[0].Code, out var known) ? known : provinces[chain[0].Code] = new SearchProvince(chain[0].Code, chain[0].Name);
            }

            var names = new[] { plan.Metadata.Label }.Concat(chain.Select(p => p.Name))
                .Select(ChineseTokenizer.Fold)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var entry = new SearchPlan(plans.Count, plan.Slug, plan.Metadata.Label, names, province) { FirstDocument = documents.Count };
            plans.Add(entry);
            foreach (var provision in plan.Provisions.Where(includesProvision))
            {
                documents.Add(new SearchDocument(
                    documents.Count,
                    SearchKind.Provision,
                    provision.Id,
                    provision.Title,
                    provision.Text,
                    PathOf(provision),
                    entry,
                    provision.NumberPath,
                    provision.Marker.Display,
                    site.PlacementOf(provision)?.Topic,
                    provision.Note?.Written ?? string.Empty));
            }

            entry.DocumentCount = documents.Count - entry.FirstDocument;
        }

        return new SearchCorpus(documents, plans, [.. provinces.Values], site.Topics, QueryExpansion.Of(site.Synonyms, agencies));
    }

    /// <summary>The labels of the provision's ancestors, outermost first: <c>二、主要措施 / （一）切实增强法治观念</c>.</summary>
    public static string PathOf(Division provision) => string.Join(" / ", provision.Ancestors.Select(a => a.Label));
}
