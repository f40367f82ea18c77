using PlanAtlas.Diagnostics;
using PlanAtlas.Pipeline;
using PlanAtlas.Check;
using PlanAtlas.Routing;
using PlanAtlas.Render;
using PlanAtlas.Render.Pages;
using PlanAtlas.Search;
using PlanAtlas.Write;

namespace PlanAtlas.Bundle;

/// <summary>
/// The <c>bundle</c> command's work: builds the site in memory, keeps what the trainer chose, turns links to
/// left-out pages into links to the public site, and writes a reproducible zip that opens from <c>file://</c>.
/// </summary>
public sealed class BuildBundle(BuildContext context)
{
    public BundleResult Run(BundleOptions options)
    {
        if (!BundleTarget.Check(options.OutputZip, context.Settings, context.Diagnostics))
        {
            return new BundleResult(false, context.Diagnostics.Items, 0, 0, 0);
        }

        var (result, files) = new SitePipeline(context).BuildFiles();
        if (files is null || result.Site is null)
        {
            return new BundleResult(false, result.Diagnostics, 0, 0, 0);
        }

        var site = result.Site;
        if (!CheckNames(options, site))
        {
            return new BundleResult(false, context.Diagnostics.Items, 0, 0, 0);
        }

        var selection = new BundleSelection(site, options);
        var kept = SelectFiles(files, selection);
        if (!selection.IsWholeSite)
        {
            foreach (var (path, content) in SearchFor(selection).All)
            {
                kept[path] = content;
            }
        }

        var pass = new ExternalizeLinks(kept.Keys.ToHashSet(StringComparer.Ordinal), context.Settings.BaseUrl);
        foreach (var page in kept.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal)).ToList())
        {
            var document = HtmlDocuments.Parse(System.Text.Encoding.UTF8.GetString(kept[page]));
            pass.Apply(document, page);
            kept[page] = System.Text.Encoding.UTF8.GetBytes(HtmlDocuments.Serialize(document));
        }

        ReproducibleZip.Write(options.OutputZip, kept);
        return new BundleResult(true, context.Diagnostics.Items, kept.Count, new FileInfo(options.OutputZip).Length, pass.Externalized);
    }

    /// <summary>
    /// The search index and search page of the bundle's own content: results never lead out of the bundle, and the
    /// page's filters offer only the bundle's plans and measures.
    /// </summary>
    private SiteFiles SearchFor(BundleSelection selection)
    {
        var model = selection.Model();
        var files = new SiteFiles();
        new BuildSearchIndex(selection.KeepsProvision).Run(model, files, context.Settings);
        var render = new RenderPages(context.Settings, context.BuildDate).CreateContext(model);
        foreach (var page in new SearchPage(render).Render(model))
        {
            files.Add(page.File, page.Html);
        }

        return files;
    }

    private static SortedDictionary<string, byte[]> SelectFiles(SiteFiles files, BundleSelection selection) =>
        new(files.All.Where(f => selection.KeepsPath(f.Key)).ToDictionary(f => f.Key, f => f.Value), StringComparer.Ordinal);

    private bool CheckNames(BundleOptions options, Model.SiteModel site)
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

public sealed record BundleResult(bool Succeeded, IReadOnlyList<Diagnostic> Diagnostics, int FileCount, long ZipBytes, int ExternalizedLinks);
