using PlanAtlas.Pipeline;
using PlanAtlas.Routing;
using System.Globalization;
using PlanAtlas.Model;
using PlanAtlas.Model.Agencies;
using PlanAtlas.Model.Jurisdictions;
using PlanAtlas.Render;
using PlanAtlas.Write;

namespace PlanAtlas.Data;

/// <summary>Writes the machine-readable data under <c>data/</c>: one JSON file per plan.</summary>
public sealed class WriteOpenData(DataStamp stamp)
{
    public static string PathOf(Plan plan) => $"data/plans/{plan.Slug}.json";

    /// <param name="reuse">A preview rebuild's reuse: an unchanged plan's file is kept as last written.</param>
    public void Run(SiteModel site, SiteFiles files, PageReuse? reuse = null)
    {
        foreach (var plan in site.Plans.Where(p => reuse?.TryKeep(PathOf(p), p, files) != true))
        {
            OpenDataJson.Add(files, PathOf(plan), stamp.Apply(ToData(plan, site, stamp)));
        }
    }

    /// <summary>A plan's open data; each provision's topic and agencies from what the analyse stage found.</summary>
    public static PlanData ToData(Plan plan, SiteModel site, DataStamp stamp)
    {
        var m = plan.Metadata;
        return new PlanData(
            plan.Slug,
            m.Title,
            m.Level.ToString().ToLowerInvariant(),
            plan.Provisions.Select(p => ToData(plan, p, site, stamp)).ToList())
        {
            Short = m.Short,
            Status = m.Status.ToString().ToLowerInvariant(),
            Issuer = m.Issuer,
            Issued = m.Issued,
            Published = m.Published,
            Source = m.Source,
            Period = m.Period is { } period ? new PeriodData(period.From, period.To) : null,
            Jurisdiction = site.JurisdictionOf(plan) is { } place ? ToData(place, plan) : null,
            Preamble = plan.Preamble,
            Unnumbered = plan.AllDivisions
                .Where(d => !d.IsProvision && d.Paragraphs.Count > 0)
                .Select(d => new UnnumberedTextData(d.Id, d.Label, d.Paragraphs))
                .ToList(),
        };
    }

    /// <summary>The address of a provision's page from the site root, as the data files write it: <c>plans/gansu/part_2__sec_1__art_1/</c>.</summary>
    public static string UrlOf(Plan plan, Division provision) => Routes.Provision(plan.Slug, provision.Id).Path.TrimStart('/');

    private static ProvisionData ToData(Plan plan, Division provision, SiteModel site, DataStamp stamp)
    {
        var placement = site.PlacementOf(provision);
        return new ProvisionData(
            provision.Id,
            provision.Marker.Written,
            provision.Marker.Number.ToString(CultureInfo.InvariantCulture),
            provision.Title,
            provision.Ancestors.Select(a => a.Label).ToList(),
            provision.Text,
            Topic: placement?.Topic?.Id,
            TopicScore: placement?.Topic is null ? null : placement.Score,
            provision.Note?.Lead.Select(a => a.Name).ToList() ?? [],
            provision.Note?.Participants.Select(a => a.Name).ToList() ?? [],
            provision.Note?.CatchAll ?? [],
            UrlOf(plan, provision))
        {
            NumberPath = provision.NumberPath,
            Citation = Citations.Of(plan, provision),
            Permalink = stamp.Absolute(Routes.Provision(plan.Slug, provision.Id)),
            LeadAgencies = Refs(plan, provision.Note?.Lead, site.Agencies),
            ParticipantAgencies = Refs(plan, provision.Note?.Participants, site.Agencies),
        };
    }

    private static List<AgencyRefData> Refs(Plan plan, IReadOnlyList<AgencyMention>? mentions, AgencyIndex agencies) =>
        mentions?.Select(a => new AgencyRefData(a.Name, agencies.Find(plan, a) is { IsRegistered: true } agency ? agency.Slug : null)).ToList() ?? [];

    /// <summary>The chain ends with the place itself, whose plan is this one.</summary>
    private static JurisdictionData ToData(PlanJurisdiction jurisdiction, Plan plan) => new(
        jurisdiction.Place.Code,
        jurisdiction.Place.Name,
        JurisdictionLevels.Name(jurisdiction.Place.Level),
        jurisdiction.Ancestors
            .Select(a => Place(a.Place, a.Plan))
            .Append(Place(jurisdiction.Place, plan))
            .ToList());

    private static PlaceData Place(AdministrativeDivision place, Plan? plan) =>
        new(place.Code, place.Name, JurisdictionLevels.Name(place.Level), plan?.Slug);
}
