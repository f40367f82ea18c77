using PlanAtlas.Model;

namespace PlanAtlas.Import;

/// <summary>Guesses the administrative level from the jurisdiction's name; null when the name does not say.</summary>
public static class DetectLevel
{
    private static readonly string[] Municipalities = ["北京", "天津", "上海", "重庆"];

    public static PlanLevel? FromShortName(string name)
    {
        if (name.StartsWith("中国", StringComparison.Ordinal) || name.Length == 0)
        {
            return null;
        }

        if (Municipalities.Any(m => name.StartsWith(m, StringComparison.Ordinal) && name.Length <= m.Length + 1))
        {
            return PlanLevel.Municipality;
        }

        return name[^1] switch
        {
            '省' => PlanLevel.Province,
            '州' or '盟' => PlanLevel.Prefecture,
            '县' or '旗' => PlanLevel.County,
            '区' when name.EndsWith("自治区", StringComparison.Ordinal) => PlanLevel.Province,
            '区' => PlanLevel.District,
            _ => null, // 市 is a prefecture-level or a county-level city: the name alone does not tell.
        };
    }
}
