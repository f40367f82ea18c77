using PlanAtlas.Diagnostics;
using PlanAtlas.Model;
using PlanAtlas.Pipeline;

namespace PlanAtlas.Bundle;

/// <summary>
/// The <c>bundle</c> command's work: the site's pipeline run with the trainer's selection (the pages written are
/// chosen from the model, links to left-out pages are written to the public site as the pages render), then a
/// reproducible zip that opens from <c>file://</c>.
/// </summary>
public sealed class BuildBundle(BuildContext context)
{
    public BundleResult Run(BundleOptions options)
    {
        if (!BundleTarget.Check(options.OutputZip, context.Settings, context.Diagnostics))
        {
            return Failed(context.Diagnostics.Items);
        }

        BundleSelection? selection = null;
        var (result, files) = new SitePipeline(context).BuildFiles(site =>
            CheckNames(options, site) ? selection = new BundleSelection(site, options, context.Settings.BaseUrl) : null);
        if (files is null || selection is null)
        {
            return Failed(result.Diagnostics);
        }

        ReproducibleZip.Write(options.OutputZip, options.TopFolder, files.All);
        return new BundleResult(true, context.Diagnostics.Items, files.Count, new FileInfo(options.OutputZip).Length,
            selection.Scope.OutsideLinks, selection.Scope.HasPublicSite) { TopFolder = options.TopFolder };
    }

    private static BundleResult Failed(IReadOnlyList<Diagnostic> diagnostics) => new(false, diagnostics, 0, 0, 0, false);

    private bool CheckNames(BundleOptions options, SiteModel site)
    {
        var at = SourceLocation.StartOf("bundle");
        foreach (var slug in options.Plans ?? new HashSet<string>())
        {
            if (site.FindPlan(slug) is null)
            {
                context.Diagnostics.Error(DiagnosticCodes.InvalidField, at,
                    $"--plans names '{slug}', which is not a plan; known plans: {string.Join(", ", site.Plans.Select(p => p.Slug))}");
            }
        }

        foreach (var code in options.Places ?? new HashSet<string>())
        {
            if (!site.Plans.Any(p => site.JurisdictionOf(p)?.Chain.Any(place => place.Code == code) == true))
            {
                context.Diagnostics.Error(DiagnosticCodes.InvalidField, at,
                    $"--places names '{code}', but no plan is at or under that place (give GB/T 2260 codes, e.g. 510000 for 四川省)");
            }
        }

        foreach (var topic in options.Topics ?? new HashSet<string>())
        {
            if (site.Topics.All(t => t.Id != topic))
            {
                context.Diagnostics.Error(DiagnosticCodes.UnknownTopic, at, $"--topics names '{topic}', which is not a measure of input/topics.yml");
            }
        }

        return !context.Diagnostics.HasErrors;
    }
}

/// <param name="OutsideLinks">Links to left-out pages: to the public site when <paramref name="LinkedToPublicSite"/>, else plain text.</param>
public sealed record BundleResult(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, int FileCount, long ZipBytes, int OutsideLinks, bool LinkedToPublicSite)
{
    /// <summary>The folder the zip unpacks into (<see cref="BundleOptions.TopFolder"/>); empty when nothing was written.</summary>
    public string TopFolder { get; init; } = string.Empty;
}
