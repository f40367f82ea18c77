using PlanAtlas.Routing;
using System.Text;
using PlanAtlas.Model;
using PlanAtlas.Render;
using PlanAtlas.Write;

namespace PlanAtlas.Data;

/// <summary>
/// Writes <c>data/provisions.csv</c>: every provision of every plan on one line, for readers who work in a
/// spreadsheet rather than with JSON. Agencies are joined with 、 as the notes write them.
/// </summary>
public sealed class WriteProvisionCsv(DataStamp stamp)
{
    public const string File = "data/provisions.csv";

    public static readonly IReadOnlyList<string> Columns =
        ["plan", "id", "number_path", "title", "text", "topic", "lead", "participants", "url"];

    public void Run(SiteModel site, SiteFiles files) => CsvText.Add(files, File, Text(site));

    public byte[] Csv(SiteModel site) => CsvText.Bytes(Text(site));

    private StringBuilder Text(SiteModel site)
    {
        var sb = new StringBuilder();
        CsvText.Line(sb, Columns);
        foreach (var plan in site.Plans)
        {
            foreach (var provision in plan.Provisions)
            {
                CsvText.Line(sb,
                [
                    plan.Slug,
                    provision.Id,
                    provision.NumberPath,
                    provision.Title,
                    provision.Text,
                    site.PlacementOf(provision)?.Topic?.Id ?? string.Empty,
                    string.Join("、", provision.Note?.Lead.Select(a => a.Name) ?? []),
                    string.Join("、", provision.Note?.Participants.Select(a => a.Name) ?? []),
                    Url(plan, provision),
                ]);
            }
        }

        return sb;
    }

    /// <summary>The absolute address when the site has a base URL, else the path from the site root (as in the JSON's <c>url</c>).</summary>
    private string Url(Plan plan, Division provision) =>
        stamp.Absolute(Routes.Provision(plan.Slug, provision.Id)) ?? WriteOpenData.UrlOf(plan, provision);
}
