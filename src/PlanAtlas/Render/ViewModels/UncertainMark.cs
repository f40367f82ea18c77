namespace PlanAtlas.Render.ViewModels;

/// <summary>
/// A placement the machine made with a low score, said in words (“（对应关系不确定）”) with an explanation for the
/// title attribute, so that it does not depend on colour.
/// </summary>
public sealed record UncertainMark(string Text, string Explanation);
