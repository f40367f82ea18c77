using PlanAtlas.Model;
using PlanAtlas.Routing;

namespace PlanAtlas.Render.Cite;

/// <summary>
/// What every citation style needs to know about a plan or one of its provisions. The address and the access date
/// are not known here for good: the reader's copy fills them (<see cref="CitationPart.Slot"/>).
/// </summary>
/// <param name="Key">Unique and ASCII: <c>quxian</c> or <c>quxian-part_2__sec_5</c>, for BibTeX keys and CSL ids.</param>
/// <param name="Title">The title exactly as written, （征求意见稿） included.</param>
/// <param name="Issued">The date of issue, or for a text that gives none, the date it was published.</param>
/// <param name="Place">The provision's place in the plan (二、（五）19.（57）); null when the whole plan is cited.</param>
/// <param name="Url">The public address when the site has one; otherwise the reader's own address is filled in.</param>
/// <param name="Accessed">The date shown until the reader's copy puts in the day it is read.</param>
public sealed record CitedWork(
    string Key,
    string? Issuer,
    string Title,
    DateOnly? Issued,
    string? Place,
    bool IsDraft,
    string? JurisdictionCode,
    string? Url,
    DateOnly Accessed,
    SiteLink Page)
{
    public static CitedWork Of(Plan plan, Division? provision, RenderContext context)
    {
        var page = provision is null ? Routes.Plan(plan.Slug) : Routes.Provision(plan.Slug, provision.Id);
        var m = plan.Metadata;
        return new(
            provision is null ? plan.Slug : $"{plan.Slug}-{provision.Id}",
            m.Issuer,
            m.Title,
            m.Issued ?? m.Published,
            provision?.NumberPath,
            m.IsDraft,
            m.Jurisdiction?.Code,
            context.Absolute(page),
            context.BuildDate,
            page);
    }

    /// <summary>The title with the provision's place: 渠县……（征求意见稿）：二、（五）19.（57）.</summary>
    public string TitleWithPlace(string separator) => Place is null ? Title : Title + separator + Place;
}
