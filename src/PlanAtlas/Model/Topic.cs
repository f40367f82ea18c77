using PlanAtlas.Text;

namespace PlanAtlas.Model;

/// <summary>
/// A measure of the national outline (《法治社会建设实施纲要（2020—2025年）》), numbered （一） to （二十八）
/// straight through its seven parts; every local provision is aligned to one of them or to none.
/// </summary>
public sealed record Topic(string Id, int Number, string Part, string Title, IReadOnlyList<string> Keywords)
{
    /// <summary>The outline's own number: （一） … （二十八）.</summary>
    public string Marker => "（" + ChineseNumerals.Format(Number) + "）";
}
