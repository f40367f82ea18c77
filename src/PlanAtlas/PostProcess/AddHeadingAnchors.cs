using AngleSharp.Html.Dom;

namespace PlanAtlas.PostProcess;

/// <summary>Gives each group heading of a plan's text a small self-link, so a section can be linked as easily as a provision.</summary>
public sealed class AddHeadingAnchors : IDomPass
{
    public void Apply(IHtmlDocument document, string pageFile)
    {
        foreach (var heading in document.QuerySelectorAll(".division-title[id]"))
        {
            var anchor = document.CreateElement("a");
            anchor.ClassName = "heading-anchor";
            anchor.SetAttribute("href", "#" + heading.Id);
            anchor.SetAttribute("aria-label", "本节链接：" + heading.TextContent);
            anchor.TextContent = "#";
            heading.AppendChild(anchor);
        }
    }
}
