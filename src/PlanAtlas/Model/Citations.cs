namespace PlanAtlas.Model;

/// <summary>How a provision is cited, the same on every page and in every data file.</summary>
public static class Citations
{
    /// <summary>
    /// 《渠县法治社会建设实施方案（2021—2025年）（征求意见稿）》二、（五）19.（57）: the title exactly as written, so that
    /// a draft is never cited as if it were the final text.
    /// </summary>
    public static string Of(Plan plan, Division provision) => $"《{plan.Metadata.Title}》{provision.NumberPath}";
}
