using AngleSharp.Html.Dom;

namespace PlanAtlas.PostProcess;

/// <summary>One change to a rendered page's DOM (links, anchors …). Passes run in order on each page, parsed once.</summary>
public interface IDomPass
{
    void Apply(IHtmlDocument document, string pageFile);
}
