using System.Globalization;
using PlanAtlas.Model;
using PlanAtlas.Render.ViewModels;

namespace PlanAtlas.Render.Views;

/// <summary>
/// How a placement is said on the pages: how a provision was matched, and the mark of a placement the machine made
/// with a low score (<see cref="TopicPlacement.UncertainBelow"/>), the same words wherever a placement is shown.
/// </summary>
public static class PlacementWords
{
    public const string UncertainText = "（对应关系不确定）";

    /// <summary>The mark for one uncertain placement, or null for a confident one.</summary>
    public static UncertainMark? Uncertain(TopicPlacement? placement) => placement is { IsUncertain: true }
        ? new UncertainMark(UncertainText, Explanation(placement.Score))
        : null;

    /// <summary>The mark for a cell that counts provisions, some of them uncertain: "1 条对应关系不确定".</summary>
    public static UncertainMark? Uncertain(IEnumerable<TopicPlacement?> placements)
    {
        var uncertain = placements.Where(p => p is { IsUncertain: true }).Select(p => p!).ToList();
        return uncertain.Count == 0
            ? null
            : new UncertainMark($"其中 {uncertain.Count} 条对应关系不确定", Explanation(uncertain.Min(p => p.Score)));
    }

    private static string Explanation(double score) =>
        $"程序自动判断的匹配度只有 {Score(score)}（低于 {Score(TopicPlacement.UncertainBelow)}），条文与纲要这项措施未必对应，请对照原文判断。";

    /// <summary>How the provision was matched, in words: the reader should know a machine decided.</summary>
    public static string PlacementText(Division provision, TopicPlacement? placement)
    {
        if (placement is null)
        {
            return string.Empty;
        }

        var score = Score(placement.Score);
        return placement.Source switch
        {
            PlacementSource.Override => "人工指定",
            PlacementSource.Inherited => $"按所属标题“{provision.Parent?.Label}”自动对应，匹配度 {score}",
            PlacementSource.Aligned => $"按标题和正文自动对应，匹配度 {score}",
            _ => string.Empty,
        };
    }

    private static string Score(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);
}
