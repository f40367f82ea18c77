using PlanAtlas.Model;

namespace PlanAtlas.Import;

/// <summary>
/// Guesses the administrative level from the jurisdiction's name, by the word that ends it. A 市 may be a
/// prefecture-level or a county-level city (县级市), which the name alone does not tell: the guess is
/// prefecture, flagged as a guess for the reviewer.
/// </summary>
public static class DetectLevel
{
    private static readonly string[] Municipalities = ["北京", "天津", "上海", "重庆"];

    // Longest ending first: 自治区 before 区, 县级市 before 市, 地区 before 区.
    private static readonly (string Ending, PlanLevel Level)[] Endings =
    [
        ("自治区", PlanLevel.Province),
        ("省", PlanLevel.Province),
        ("自治州", PlanLevel.Prefecture),
        ("地区", PlanLevel.Prefecture),
        ("州", PlanLevel.Prefecture),
        ("盟", PlanLevel.Prefecture),
        ("县级市", PlanLevel.County),
        ("自治县", PlanLevel.County),
        ("县", PlanLevel.County),
        ("自治旗", PlanLevel.County),
        ("旗", PlanLevel.County),
        ("林区", PlanLevel.County),
        ("区", PlanLevel.District),
        ("市", PlanLevel.Prefecture),
    ];

    public static LevelGuess FromShortName(string name)
    {
        if (name.Length == 0 || name.StartsWith("中国", StringComparison.Ordinal) || name.EndsWith("特别行政区", StringComparison.Ordinal))
        {
            return new LevelGuess(null, false);
        }

        if (Municipalities.Any(m => name.StartsWith(m, StringComparison.Ordinal) && name.Length <= m.Length + 1))
        {
            return new LevelGuess(PlanLevel.Municipality, false);
        }

        foreach (var (ending, level) in Endings)
        {
            if (name.EndsWith(ending, StringComparison.Ordinal))
            {
                return new LevelGuess(level, IsGuess: ending == "市");
            }
        }

        return new LevelGuess(null, false);
    }
}

/// <summary>The level a name suggests (null when it does not say), and whether the name leaves it in doubt.</summary>
public sealed record LevelGuess(PlanLevel? Level, bool IsGuess);
