using PlanAtlas.Diagnostics;
using PlanAtlas.Load;
using PlanAtlas.Model;
using PlanAtlas.Search;
using PlanAtlas.Structure;

namespace PlanAtlas.Tests.Search;

/// <summary>
/// The documents the search tests index: one per provision of the real plans (input/plans/*.md),
/// exactly as the build's <see cref="SearchCorpus"/> makes them (no agencies, topics or places: those come from the analyse stage).
/// </summary>
internal static class SearchTestCorpus
{
    private static readonly Lazy<SiteModel> CachedSite = new(LoadSite);
    private static readonly Lazy<SearchCorpus> Cached = new(Load);

    /// <summary>The real plans, loaded and structured (no topics: those come from the analyse stage).</summary>
    public static SiteModel Site => CachedSite.Value;

    public static SearchCorpus Corpus => Cached.Value;

    public static SearchCorpus Load()
    {
        var docs = SearchCorpus.Of(Site);
        if (docs.Documents.Count == 0)
        {
            throw new InvalidOperationException("No provisions in input/plans: the search tests need the real corpus.");
        }

        return docs;
    }

    /// <summary>
    /// A larger corpus, as the scaling benchmark makes it: the real plans copied round-robin under new slugs
    /// (gansu, …, gansu-5, …) until there are <paramref name="planCount"/>.
    /// </summary>
    /// <param name="edit">Changes the text of plan i before it is parsed (an edit made in preview).</param>
    public static SiteModel Synthetic(int planCount, Func<int, string, string>? edit = null) => LoadSite(planCount, edit);

    /// <summary>input/plans/*.md through <see cref="LoadPlans.Parse"/> and <see cref="BuildProvisionTree"/>, in file-name order.</summary>
    private static SiteModel LoadSite() => LoadSite(null, null);

    private static SiteModel LoadSite(int? planCount, Func<int, string, string>? edit)
    {
        var diagnostics = new DiagnosticBag();
        var structure = new BuildProvisionTree();
        var plans = new List<Plan>();
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Input, "plans"), "*.md").Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < (planCount ?? files.Count); i++)
        {
            var file = files[i % files.Count];
            var slug = Path.GetFileNameWithoutExtension(file);
            var text = File.ReadAllText(file);
            if (i >= files.Count)
            {
                text = text.Replace($"slug: {slug}\n", $"slug: {slug}-{i}\n", StringComparison.Ordinal);
            }

            text = edit?.Invoke(i, text) ?? text;

            var loaded = LoadPlans.Parse(text, "input/plans/" + Path.GetFileName(file), diagnostics)
                ?? throw new InvalidOperationException($"{file} did not load: {string.Join("; ", diagnostics.Items)}");
            plans.Add(structure.Run(loaded, diagnostics));
        }

        if (diagnostics.HasErrors)
        {
            throw new InvalidOperationException("The real plans have errors: " + string.Join("; ", diagnostics.Items));
        }

        return new SiteModel { Plans = plans };
    }
}
