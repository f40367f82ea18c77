using PlanAtlas.Analyse.Topics;
using PlanAtlas.Diagnostics;
using PlanAtlas.Load;
using PlanAtlas.Model;
using PlanAtlas.Structure;

namespace PlanAtlas.Tests.Analyse.Topics;

/// <summary>The real corpus (input/plans/*.md and input/topics.yml), loaded and structured once, without building a site.</summary>
public static class TopicCorpus
{
    private static readonly Lazy<IReadOnlyList<Plan>> LazyPlans = new(() => LoadAll(Path.Combine(RepoPaths.Input, "plans")));
    private static readonly Lazy<IReadOnlyList<Topic>> LazyTopics = new(() =>
        Load(LoadTopics.Parse(File.ReadAllText(Path.Combine(RepoPaths.Input, LoadTopics.FileName)), "input/topics.yml", new DiagnosticBag())));

    public static IReadOnlyList<Plan> Plans => LazyPlans.Value;

    public static IReadOnlyList<Topic> Topics => LazyTopics.Value;

    /// <summary>The minimum score the site uses (statiq.json's TopicMinimumScore).</summary>
    public static double MinimumScore => TestSettings.Default().TopicMinimumScore;

    public static Plan Plan(string slug) => Plans.Single(p => p.Slug == slug);

    /// <summary>Aligns the given plans (all by default) with the real topics, without overrides being read from disk.</summary>
    public static (IReadOnlyDictionary<Division, TopicPlacement> Placements, DiagnosticBag Diagnostics) Align(IReadOnlyList<Plan>? plans = null)
    {
        var diagnostics = new DiagnosticBag();
        var placements = new AlignTopics().Run(plans ?? Plans, Topics, MinimumScore, diagnostics);
        return (placements, diagnostics);
    }

    /// <summary>Loads and structures every plan file of a folder, as the load and structure stages do.</summary>
    public static IReadOnlyList<Plan> LoadAll(string folder)
    {
        var diagnostics = new DiagnosticBag();
        return Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal)
            .Select(file => Parse(File.ReadAllText(file), "input/plans/" + Path.GetFileName(file), diagnostics))
            .ToList();
    }

    public static Plan Parse(string text, string path, DiagnosticBag diagnostics)
    {
        var loaded = LoadPlans.Parse(text, path, diagnostics) ?? throw new InvalidOperationException($"{path} did not load: {string.Join("\n", diagnostics.Items)}");
        return new BuildProvisionTree().Run(loaded, diagnostics);
    }

    private static IReadOnlyList<Topic> Load(IReadOnlyList<Topic> topics) =>
        topics.Count > 0 ? topics : throw new InvalidOperationException("input/topics.yml holds no topics");
}
