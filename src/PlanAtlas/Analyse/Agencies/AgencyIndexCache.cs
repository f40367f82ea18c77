using System.Globalization;
using PlanAtlas.Model;
using PlanAtlas.Model.Agencies;
using PlanAtlas.Pipeline;

namespace PlanAtlas.Analyse.Agencies;

/// <summary>
/// Kept by a preview session (<see cref="BuildCache"/>): each place's agencies, reused while the place has the same plan
/// objects (an unchanged plan file gives the same object) and the registry says the same. At national scale a one-line
/// edit otherwise resolves every note of 3,000 plans again.
/// </summary>
public sealed class AgencyIndexCache
{
    private string? _key;
    private AgencyRegistry? _registry;
    private Dictionary<string, (Plan[] Plans, Reported<PlaceAgencies> Agencies)> _places = new(StringComparer.Ordinal);
    private Dictionary<string, (Plan[] Plans, Reported<PlaceAgencies> Agencies)> _next = new(StringComparer.Ordinal);

    /// <summary>
    /// Starts a build with the registry just loaded. Returns the previous build's registry when it says the same: kept
    /// agencies refer to its entries and kinds. Places not asked for in the last build are forgotten.
    /// </summary>
    public AgencyRegistry Begin(AgencyRegistry registry)
    {
        var key = Key(registry);
        (_places, _next) = (key == _key ? _next : new(StringComparer.Ordinal), new(StringComparer.Ordinal));
        if (key != _key)
        {
            _key = key;
            _registry = registry;
        }

        return _registry!;
    }

    /// <summary>The place's agencies, made only when the place's plans are not the very plans they were made from.</summary>
    internal Reported<PlaceAgencies> For(string place, IReadOnlyList<Plan> plans, Func<Reported<PlaceAgencies>> make)
    {
        var agencies = _places.TryGetValue(place, out var kept) && kept.Plans.SequenceEqual(plans, ReferenceEqualityComparer.Instance)
            ? kept.Agencies
            : make();
        _next[place] = ([.. plans], agencies);
        return agencies;
    }

    // U+0001 and U+0002 never occur in agencies.yml values; they keep fields and entries apart. Locations count: warnings cite them.
    private static string Key(AgencyRegistry registry) =>
        string.Join('\u0002', registry.Kinds.Select(k => $"{k.Id}\u0001{k.Name}\u0001{k.Group}\u0001{k.Order}")
            .Concat(registry.Agencies.Select(a => string.Join('\u0001', [
                a.Slug, a.Name, a.Kind.Id, a.Location.ToString(), .. a.Aliases,
                .. a.LevelNames.OrderBy(l => l.Key).Select(l => $"{l.Key}={l.Value}")]))))
        + '\u0002' + registry.IsPresent.ToString(CultureInfo.InvariantCulture);
}
