
using PlanAtlas.Text;

namespace PlanAtlas.Model;

/// <summary>A numbering marker such as <c>（一）</c> or <c>1.</c>, as the source wrote it.</summary>
public sealed record Marker(NumberLevel Level, int Number, string Written)
{
    /// <summary>The marker in its canonical full-width form, used in citations and headings.</summary>
    public string Display => Level switch
    {
        NumberLevel.Part => ChineseNumerals.Format(Number) + "、",
        NumberLevel.Section => "（" + ChineseNumerals.Format(Number) + "）",
        NumberLevel.Article => Number + ".",
        _ => "（" + Number + "）",
    };

    /// <summary>The eId fragment for this level: <c>part_2</c>, <c>sec_1</c>, <c>art_3</c>, <c>para_57</c>.</summary>
    public string IdPart => Level switch
    {
        NumberLevel.Part => "part_",
        NumberLevel.Section => "sec_",
        NumberLevel.Article => "art_",
        _ => "para_",
    } + Number;
}
