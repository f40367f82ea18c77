using System.Text.RegularExpressions;

namespace PlanAtlas.Structure;

/// <summary>
/// Phrases in a responsibility note that stand for "everyone concerned" rather than a named agency:
/// 县级有关部门, 各乡镇（街道）, 州直各部门, 区级其他有关部门, 群团组织.
/// </summary>
public static partial class CatchAllPhrases
{
    [GeneratedRegex(@"^各|有关部门|其他部门|^(县|州|区|市|省)(级|直)各|^(县|州|区|市|省)(级|直)?各?部门$|^群团组织$|^相关部门$")]
    private static partial Regex Pattern();

    public static bool IsCatchAll(string phrase) => Pattern().IsMatch(phrase);
}
