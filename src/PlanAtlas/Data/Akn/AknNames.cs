using System.Globalization;
using PlanAtlas.Model;
using PlanAtlas.Model.Jurisdictions;

namespace PlanAtlas.Data.Akn;

/// <summary>
/// A plan's Akoma Ntoso IRIs (Naming Convention 1.0), derived only from what does not change between builds:
/// <code>
/// work          /akn/cn-511725/bill/plan/2021/fazhi-shehui
/// expression    /akn/cn-511725/bill/plan/2021/fazhi-shehui/zho@
/// manifestation /akn/cn-511725/bill/plan/2021/fazhi-shehui/zho@/!main.xml
/// </code>
/// Country: <c>cn</c> with the GB/T 2260 code as subdivision (<c>cn</c> alone when the plan names none). Type: a
/// final text is an <c>act</c>, a draft for comment (征求意见稿) a <c>bill</c>, so that a draft and its final text are
/// two works. Subtype <c>plan</c>. Date: issued, else published, else the first year of the implementation period
/// (the convention allows a year when the day is unknown). Number: <c>fazhi-shehui</c> (法治社会), which with the
/// place and date names the plan. <c>zho@</c> is the Chinese original version.
/// </summary>
public sealed record AknNames(string DocumentType, string Country, string Date, string Number)
{
    public const string Subtype = "plan";
    public const string Language = "zho";
    public const string FazhiShehui = "fazhi-shehui";

    public static AknNames Of(Plan plan, PlanJurisdiction? jurisdiction)
    {
        var m = plan.Metadata;
        return new AknNames(
            m.Status == PlanStatus.Draft ? "bill" : "act",
            jurisdiction is null ? "cn" : "cn-" + jurisdiction.Place.Code,
            WorkDate(m) ?? "nodate",
            FazhiShehui);
    }

    public string Work => $"/akn/{Country}/{DocumentType}/{Subtype}/{Date}/{Number}";

    public string Expression => $"{Work}/{Language}@";

    public string Manifestation => $"{Expression}/!main.xml";

    /// <summary>The date the work is known by, and what that date is (FRBRdate's name).</summary>
    public static (DateOnly Date, string Name)? FrbrDate(PlanMetadata m) =>
        m.Issued is { } issued ? (issued, "issued")
        : m.Published is { } published ? (published, "published")
        : m.Period is { } period ? (new DateOnly(period.From, 1, 1), "periodStart")
        : null;

    private static string? WorkDate(PlanMetadata m) =>
        m.Issued is { } issued ? Iso(issued)
        : m.Published is { } published ? Iso(published)
        : m.Period?.From.ToString(CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
