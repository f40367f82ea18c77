namespace PlanAtlas.Tests;

/// <summary>Small plan files for site tests that need a site of their own.</summary>
public static class SitePlans
{
    public const string Minimal = """
        ---
        slug: a
        title: 甲县法治社会建设实施方案（2021—2025年）
        level: county
        ---

        一、主要任务

        1.维护宪法权威

        （1）加强宪法学习。抓好关键少数。

        （2）加强宪法宣传。推进宪法进机关。

        """;
}
