using PlanAtlas.Routing;
using Scriban.Runtime;

namespace PlanAtlas.Render.Theme;

/// <summary>
/// <c>&lt;a {{ href plan.Href }}&gt;</c> and <c>&lt;a {{ href Page.Next.Href "next" }}&gt;</c>: an anchor's
/// <c>href</c> (and <c>rel</c>) attributes, written by the page's <see cref="LinkWriter"/>. A page left out of a
/// bundle gets its public address with <c>rel="external"</c>, or no <c>href</c> at all, which shows the anchor as text.
/// </summary>
public sealed class HrefFunction()
    : TemplateFunction(new ScriptParameterInfo(typeof(SiteLink), "link"), new ScriptParameterInfo(typeof(string), "rel", string.Empty))
{
    public const string Name = "href";

    protected override object Call(HtmlTemplateContext context, Arguments arguments) =>
        Attributes(context.Links, (SiteLink)arguments[0]!, arguments[1] as string ?? string.Empty);

    public static RawHtml Attributes(LinkWriter links, SiteLink link, string rel)
    {
        var target = links.Anchor(link);
        var rels = !target.External ? rel : rel.Length == 0 ? "external" : rel + " external";
        var href = target.Href is { } value ? $"href=\"{HtmlText.Encode(value)}\"" : null;
        var relAttribute = rels.Length > 0 ? $"rel=\"{HtmlText.Encode(rels)}\"" : null;
        return new RawHtml(href is null ? relAttribute ?? string.Empty : relAttribute is null ? href : href + " " + relAttribute);
    }
}
