using PlanAtlas.Pipeline;
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

    /// <param name="reuse">A preview rebuild's reuse: an unchanged plan's lines are kept as last made.</param>
    public void Run(SiteModel site, SiteFiles files, PageReuse? reuse = null) =>
        CsvText.Add(files, File, Columns, site.Plans.Select(plan => PageReuse.Part(reuse, File, plan.Slug, [plan], () => Lines(site, plan))));

    public byte[] Csv(SiteModel site) => CsvText.Bytes(Columns, site.Plans.Select(plan => Lines(site, plan)));

    private byte[] Lines(SiteModel site, Plan plan)
    {
        var sb = new StringBuilder();
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

        return CsvText.Part(sb);
    }

    /// <summary>The absolute address when the site has a base URL, else the path from the site root (as in the JSON's <c>url</c>).</summary>
    private string Url(Plan plan, Division provision) =>
        stamp.Absolute(Routes.Provision(plan.Slug, provision.Id)) ?? WriteOpenData.UrlOf(plan, provision);
}
