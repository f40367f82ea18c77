using System.Text;
using System.Text.Json.Serialization;
using PlanAtlas.Model;
using PlanAtlas.Model.Agencies;
using PlanAtlas.Pipeline;
using PlanAtlas.Routing;
using PlanAtlas.Write;

namespace PlanAtlas.Data;

/// <summary>
/// Writes the responsibility index as open data: <c>data/agencies.json</c> (each agency with its kind, plans and
/// the measures it leads and joins) and <c>data/agency-provisions.csv</c> (one row per agency and provision, for
/// spreadsheet users: UTF-8 with a byte-order mark so that spreadsheet programs read the Chinese correctly,
/// RFC 4180 quoting and CRLF line ends).
/// </summary>
public sealed class WriteAgencyData(AgencyIndex agencies, DataStamp stamp)
{
    public const string JsonFile = "data/agencies.json";
    public const string CsvFile = "data/agency-provisions.csv";

    public static readonly IReadOnlyList<string> CsvColumns =
        ["agency", "agency_slug", "kind", "plan", "provision_id", "provision_title", "role", "url"];

    /// <param name="reuse">A preview rebuild's reuse: an agency none of whose plans changed is kept as last written.</param>
    public void Run(SiteFiles files, PageReuse? reuse = null)
    {
        var parts = agencies.Agencies
            .Select(a => PageReuse.Part(reuse, JsonFile, a.Slug, a.Plans, () => new AgencyPart(JsonPart.Of([ToData(a)], depth: 2), Lines(a))))
            .ToList();
        OpenDataJson.Add(files, JsonFile, stamp.Apply(new AgenciesData(Kinds(agencies), new SplicedList<AgencyData>(parts.Select(p => p.Json).ToList()))));
        CsvText.Add(files, CsvFile, CsvColumns, parts.Select(p => p.Csv));
    }

    public static AgenciesData ToData(AgencyIndex agencies) => new(Kinds(agencies), agencies.Agencies.Select(ToData).ToList());

    /// <summary>The CSV as bytes: a UTF-8 byte-order mark, a header line, then one line per agency and provision.</summary>
    public static byte[] Csv(AgencyIndex agencies) => CsvText.Bytes(CsvColumns, agencies.Agencies.Select(Lines));

    private static List<AgencyKindData> Kinds(AgencyIndex agencies) =>
        agencies.Kinds.Select(k => new AgencyKindData(k.Id, k.Name, k.Group, agencies.OfKind(k).Select(a => a.Slug).ToList())).ToList();

    private static AgencyData ToData(Agency a) => new(
        a.Slug,
        a.Name,
        a.Kind?.Id,
        a.IsRegistered,
        a.Jurisdiction.Name,
        a.Jurisdiction.Code,
        a.WrittenForms,
        Routes.Agency(a.Slug).Path.TrimStart('/'),
        a.Plans.Select(p => new AgencyPlanData(
            p.Slug,
            a.Assignments.Where(x => x.Plan == p && x.Role == AgencyRole.Lead).Select(x => x.Provision.Id).ToList(),
            a.Assignments.Where(x => x.Plan == p && x.Role == AgencyRole.Participant).Select(x => x.Provision.Id).ToList())).ToList());

    private static byte[] Lines(Agency agency)
    {
        var sb = new StringBuilder();
        foreach (var x in agency.Assignments)
        {
            CsvText.Line(sb,
            [
                agency.Name,
                agency.Slug,
                agency.Kind?.Id ?? string.Empty,
                x.Plan.Slug,
                x.Provision.Id,
                x.Provision.Title,
                x.Role == AgencyRole.Lead ? "lead" : "participant",
                WriteOpenData.UrlOf(x.Plan, x.Provision),
            ]);
        }

        return CsvText.Part(sb);
    }

    /// <summary>An agency's share of both files: its entry in the JSON and its lines in the CSV.</summary>
    private sealed record AgencyPart(JsonPart Json, byte[] Csv);
}

/// <summary>The shape of <c>data/agencies.json</c>.</summary>
public sealed record AgenciesData(
    [property: JsonPropertyName("kinds")] IReadOnlyList<AgencyKindData> Kinds,
    [property: JsonPropertyName("agencies")] IReadOnlyList<AgencyData> Agencies) : OpenDataFile;

public sealed record AgencyKindData(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("group")] string Group,
    [property: JsonPropertyName("agencies")] IReadOnlyList<string> Agencies);

public sealed record AgencyData(
    [property: JsonPropertyName("slug")] string Slug,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("kind")] string? Kind,
    [property: JsonPropertyName("registered")] bool Registered,
    [property: JsonPropertyName("jurisdiction")] string Jurisdiction,
    [property: JsonPropertyName("jurisdictionCode")] string? JurisdictionCode,
    [property: JsonPropertyName("written")] IReadOnlyList<string> Written,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("plans")] IReadOnlyList<AgencyPlanData> Plans);

/// <summary>What an agency does in one plan: the provision ids it leads and those it joins, in document order.</summary>
public sealed record AgencyPlanData(
    [property: JsonPropertyName("plan")] string Plan,
    [property: JsonPropertyName("lead")] IReadOnlyList<string> Lead,
    [property: JsonPropertyName("participant")] IReadOnlyList<string> Participant);
