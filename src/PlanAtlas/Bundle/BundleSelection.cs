using PlanAtlas.Model;
using PlanAtlas.Routing;

namespace PlanAtlas.Bundle;

/// <summary>
/// Decides from the model which files of the full site a bundle keeps, never by reading a page. Plan and provision
/// pages follow the chosen plans (and measures); measure and agency pages stay when they still show something of the
/// chosen plans; the site's frame (home, about, search, indexes, assets) always stays.
/// </summary>
/// <param name="publicBase">The public site that links to left-out pages lead to; empty for none.</param>
public sealed class BundleSelection
{
    private readonly SiteModel site;
    private readonly BundleOptions options;

    public BundleSelection(SiteModel site, BundleOptions options, string publicBase)
    {
        this.site = site;
        this.options = options;
        _plans = Chosen(site, options);
        _bySlug = site.Plans.ToDictionary(p => p.Slug, StringComparer.Ordinal);
        var chosen = site.Plans.Where(p => _plans.Contains(p.Slug)).ToList();
        _measures = chosen.SelectMany(p => p.Provisions).Select(d => site.PlacementOf(d)?.Topic?.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var agencies = site.Agencies.Agencies.Where(WorksInChosenPlans).ToList();
        _agencies = agencies.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        _kinds = agencies.Select(a => a.Kind?.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        Scope = new LinkScope(KeepsPath, publicBase);
    }

    // Computed once: KeepsPath is asked for every file of the site (hundreds of thousands at national scale).
    private readonly HashSet<string> _plans;
    private readonly Dictionary<string, Plan> _bySlug;
    private readonly HashSet<string> _measures;
    private readonly HashSet<string> _agencies;
    private readonly HashSet<string> _kinds;

    /// <summary>The plans named (<c>--plans</c>) and those at or under the places named (<c>--places</c>); all when neither.</summary>
    private static HashSet<string> Chosen(SiteModel site, BundleOptions options)
    {
        if (options.Plans is null && options.Places is null)
        {
            return [.. site.Plans.Select(x => x.Slug)];
        }

        var chosen = new HashSet<string>(options.Plans ?? new HashSet<string>(), StringComparer.Ordinal);
        foreach (var plan in site.Plans)
        {
            if (options.Places is { } places && site.JurisdictionOf(plan) is { } at && at.Chain.Any(p => places.Contains(p.Code)))
            {
                chosen.Add(plan.Slug);
            }
        }

        return chosen;
    }

    public IReadOnlySet<string> Plans => _plans;

    /// <summary>The model of the bundle: only its plans, and only the placements of their provisions.</summary>
    public SiteModel Model() => new()
    {
        Plans = site.Plans.Where(p => _plans.Contains(p.Slug)).ToList(),
        Topics = site.Topics,
        Placements = site.Placements.Where(kv => KeepsProvision(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value),
        Agencies = site.Agencies,
    };

    /// <summary>The files the bundle writes; links to the others lead to the public site, or are plain text without one.</summary>
    public LinkScope Scope { get; }

    /// <summary>Whether the bundle is the whole site: nothing to cut, so the site's own search and pages serve as they are.</summary>
    public bool IsWholeSite => options.Topics is null && _plans.Count == site.Plans.Count;

    /// <summary>Whether a file is kept, judged by its path and the model.</summary>
    public bool KeepsPath(string file)
    {
        var parts = file.Split('/');
        switch (parts[0])
        {
            case "sitemap.xml" or "robots.txt" or "404.html":
                return false; // for hosting only: a bundle is opened from a folder
            case "plans" when parts.Length >= 3:
                return _plans.Contains(parts[1]) && (parts.Length == 3 || KeepsProvision(parts[1], parts[2]));
            case "data" when parts.Length == 3 && parts[1] is "plans" or "akn":
                return _plans.Contains(Path.GetFileNameWithoutExtension(parts[2]));
            case "compare" when parts[1] == "in":
                return true; // the comparison index of a place: part of the frame, like the national one
            case "compare" when parts.Length == 3 || (parts.Length == 5 && parts[2] == "in"):
                return (options.Topics is null || options.Topics.Contains(parts[1])) && _measures.Contains(parts[1]);
            case "compare" when parts.Length == 4:
                return (options.Topics is null || options.Topics.Contains(parts[1])) && KeepsPair(parts[2]);
            case "agencies" when parts.Length >= 4 && parts[1] == "kinds":
                return _kinds.Contains(parts[2]);
            case "agencies" when parts.Length == 3:
                return _agencies.Contains(parts[1]);
            default:
                return true;
        }
    }

    private bool WorksInChosenPlans(Model.Agencies.Agency agency) => agency.Assignments.Any(a => _plans.Contains(a.Plan.Slug));

    /// <summary>A two-plan comparison (<c>gansu--quxian</c>) is kept when both its plans are.</summary>
    private bool KeepsPair(string pair) =>
        pair.Split("--") is [var left, var right] && _plans.Contains(left) && _plans.Contains(right);

    private bool KeepsProvision(string slug, string id)
    {
        var plan = _bySlug.GetValueOrDefault(slug);
        var provision = plan?.FindDivision(id);
        return provision is null || KeepsProvision(provision);
    }

    /// <summary>Whether the provision's measure was chosen (always, when no measures were named); plans are filtered apart.</summary>
    public bool KeepsProvision(Division provision) =>
        options.Topics is null || (site.PlacementOf(provision)?.Topic is { } topic && options.Topics.Contains(topic.Id));
}
