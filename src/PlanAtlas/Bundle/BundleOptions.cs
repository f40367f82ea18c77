namespace PlanAtlas.Bundle;

/// <summary>What goes into a training bundle: all plans and measures, or the ones a trainer names.</summary>
/// <param name="Places">GB/T 2260 codes: the plans at or under these places (a province's bundle: <c>--places 510000</c>).</param>
public sealed record BundleOptions(string OutputZip, IReadOnlySet<string>? Plans = null, IReadOnlySet<string>? Topics = null, IReadOnlySet<string>? Places = null)
{
    /// <summary>The folder every file of the zip sits in, for a site without a subset.</summary>
    public const string SiteFolder = "plan-atlas";

    /// <summary>Names past this many are counted, not listed, so the folder name stays short enough for any disk.</summary>
    private const int NamesInFolder = 3;

    public bool IsSubset => Plans is not null || Topics is not null || Places is not null;

    /// <summary>
    /// The zip's one top folder, so that unpacking it never scatters loose files: <c>plan-atlas</c>, or for a subset
    /// the names chosen, places first (<c>plan-atlas-510000</c>, <c>plan-atlas-dazu-quxian</c>). Codes, slugs and
    /// measure ids are ASCII, so the name is the same on every system.
    /// </summary>
    public string TopFolder
    {
        get
        {
            var names = new[] { Places, Plans, Topics }
                .SelectMany(set => (set ?? new HashSet<string>()).Order(StringComparer.Ordinal))
                .ToList();
            var listed = names.Take(NamesInFolder).Prepend(SiteFolder);
            var rest = names.Count - NamesInFolder;
            return string.Join("-", rest > 0 ? listed.Append($"and-{rest}-more") : listed);
        }
    }
}
