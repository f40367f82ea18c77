using System.IO.Hashing;
using System.Text;
using System.Text.Json;
using PlanAtlas.IO;
using PlanAtlas.Model;

namespace PlanAtlas.Pipeline;

/// <summary>
/// What every page may show besides the content of the plans it declares (<c>RenderedPage.DependsOn</c>): the inputs
/// outside the plans (settings, build date, theme, topics and agency registries), which plans there are, and the
/// agencies found in them. Two builds with the same shape whose plans differ only in content (<see cref="OfPlan"/>
/// the same) differ only in the pages that declare the changed plans, so a preview rebuild may keep the others.
/// </summary>
public sealed record SiteShape(string Inputs, string Plans, string Agencies)
{
    public static SiteShape Of(BuildContext context, SiteModel site) => new(
        InputsOf(context),
        string.Join('\n', site.Plans.Select(p => p.Slug + '\u0001' + p.SourcePath)),
        string.Join('\n', site.Agencies.Kinds.Select(k => $"{k.Id}\u0001{k.Name}\u0001{k.Group}").Concat(site.Agencies.Agencies.Select(a =>
            string.Join('\u0001', [a.Slug, a.Name, a.Kind?.Id ?? string.Empty, a.Jurisdiction.Slug, .. a.Plans.Select(p => p.Slug)])))));

    /// <summary>
    /// What other pages may show of a plan whatever its text: its metadata (names, place, dates, aliases, overrides),
    /// its numbering (ids, markers, which divisions are provisions) and the measure each provision is placed under.
    /// Titles, text, notes and scores are content: only pages that declare the plan show them.
    /// </summary>
    public static string OfPlan(SiteModel site, Plan plan)
    {
        var shape = new StringBuilder(JsonSerializer.Serialize(plan.Metadata, MetadataShapeContract.Default.PlanMetadata)).Append('\n').Append(plan.Convention);
        foreach (var division in plan.AllDivisions)
        {
            shape.Append('\n').Append(division.Id).Append('\u0001').Append(division.Marker.Display).Append('\u0001').Append(division.IsProvision);
            if (site.PlacementOf(division) is { } placement)
            {
                shape.Append('\u0001').Append(placement.Topic?.Id).Append('\u0001').Append(placement.Source);
            }
        }

        return shape.ToString();
    }

    /// <summary>
    /// The settings, the build date, and the bytes of every theme file and every input file outside the plans (topics,
    /// agencies, theme overrides): any change to them may change any page.
    /// </summary>
    private static string InputsOf(BuildContext context)
    {
        var settings = context.Settings;
        var plans = Path.Combine(settings.InputPath, "plans");
        var sources = Path.Combine(settings.InputPath, "sources");
        var files = new[] { settings.ThemePath, settings.InputPath }
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            .Where(file => !Within(plans, file) && !Within(sources, file) && BrokenLink.Describe(file) is null) // the build reports it
            .Select(file => $"{file}\u0001{XxHash128.HashToUInt128(File.ReadAllBytes(file))}");
        return string.Join('\n', files.Prepend(context.BuildDate.ToString("O")).Prepend(JsonSerializer.Serialize(settings, JsonContracts.Default.SiteSettings)));
    }

    private static bool Within(string folder, string file) =>
        file.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
