using PlanAtlas.Model;
using PlanAtlas.Render.Theme;
using PlanAtlas.Routing;

namespace PlanAtlas.Render.Views;

/// <summary>
/// The Highwire Press <c>citation_*</c> tags that Zotero and other reference managers read from a page: the title as
/// cited (a draft keeps （征求意见稿）), the issuing body as author, the date of issue, language and public URL.
/// </summary>
public sealed class CitationTags(RenderContext context)
{
    public IReadOnlyList<MetaTag> ForPlan(Plan plan) => Tags(plan, $"《{plan.Metadata.Title}》", Routes.Plan(plan.Slug));

    public IReadOnlyList<MetaTag> ForProvision(Plan plan, Division provision) =>
        Tags(plan, Citations.Of(plan, provision), Routes.Provision(plan.Slug, provision.Id));

    private List<MetaTag> Tags(Plan plan, string title, SiteLink page)
    {
        var m = plan.Metadata;
        var tags = new List<MetaTag> { MetaTag.Name("citation_title", title), MetaTag.Name("citation_language", "zh") };
        if (m.Issuer is { } issuer)
        {
            tags.Add(MetaTag.Name("citation_author", issuer));
        }

        if (m.Issued is { } issued)
        {
            tags.Add(MetaTag.Name("citation_date", issued.ToString("yyyy/MM/dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (context.Absolute(page) is { } url)
        {
            tags.Add(MetaTag.Name("citation_public_url", url));
        }

        return tags;
    }
}
