using PlanAtlas.Model;
using PlanAtlas.Model.Agencies;

namespace PlanAtlas.Render.Pages;

/// <summary>Root paths of the responsibility index's pages and data (see <see cref="SitePaths"/>).</summary>
public static class AgencyPaths
{
    public const string Index = "/agencies/";

    public const string Data = "/data/agencies.json";

    public const string Csv = "/data/agency-provisions.csv";

    public static string Agency(string slug) => $"/agencies/{slug}/";

    public static string Kind(string id) => $"/agencies/kinds/{id}/";

    /// <summary>The page of the agency a note's mention means, for <c>AgencyView.Href</c>; null for a catch-all or an unknown mention.</summary>
    public static string? HrefOf(AgencyIndex index, Plan plan, AgencyMention mention) =>
        index.Find(plan, mention) is { } agency ? Agency(agency.Slug) : null;
}
