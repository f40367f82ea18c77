using PlanAtlas.Analyse.Agencies;
using PlanAtlas.Diagnostics;
using PlanAtlas.Load;
using PlanAtlas.Model;
using PlanAtlas.Model.Agencies;
using PlanAtlas.Structure;
using PlanAtlas.Testing;

namespace PlanAtlas.Tests.Analyse.Agencies;

/// <summary>
/// The real corpus (input/plans/*.md) structured in memory, the real registry (input/agencies.yml) and the index
/// built from them: loaded once and shared by the agency tests, which only read them.
/// </summary>
public static class AgencyCorpus
{
    private static readonly Lazy<Built> Instance = new(Build);

    public static IReadOnlyList<Plan> Plans => Instance.Value.Plans;

    public static AgencyRegistry Registry => Instance.Value.Registry;

    public static AgencyIndex Index => Instance.Value.Index;

    /// <summary>What loading, structuring, reading the registry and building the index reported.</summary>
    public static IReadOnlyList<Diagnostic> Diagnostics => Instance.Value.Diagnostics;

    public static SiteModel Site => new() { Plans = Plans };

    public static Plan Plan(string slug) => Plans.Single(p => p.Slug == slug);

    public static string RegistryPath => Path.Combine(RepoPaths.Input, LoadAgencyRegistry.FileName);

    /// <summary>Loads and structures plan files as the pipeline does; <paramref name="files"/> are (path shown in messages, text).</summary>
    public static List<Plan> LoadPlans(IEnumerable<(string Path, string Text)> files, DiagnosticBag diagnostics)
    {
        var structure = new BuildProvisionTree();
        return files
            .Select(f => PlanAtlas.Load.LoadPlans.Parse(f.Text, f.Path, diagnostics))
            .OfType<LoadedPlan>()
            .Select(p => structure.Run(p, diagnostics))
            .ToList();
    }

    private static Built Build()
    {
        var diagnostics = new DiagnosticBag();
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Input, "plans"), "*.md")
            .Order(StringComparer.Ordinal)
            .Select(f => ("input/plans/" + Path.GetFileName(f), File.ReadAllText(f)));
        var plans = LoadPlans(files, diagnostics);
        var registry = LoadAgencyRegistry.Parse(File.ReadAllText(RegistryPath), "input/agencies.yml", diagnostics);
        var index = new BuildAgencyIndex().Run(plans, registry, diagnostics);
        return new Built(plans, registry, index, diagnostics.Items);
    }

    private sealed record Built(IReadOnlyList<Plan> Plans, AgencyRegistry Registry, AgencyIndex Index, IReadOnlyList<Diagnostic> Diagnostics);
}
