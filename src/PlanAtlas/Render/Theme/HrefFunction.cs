using PlanAtlas.Routing;
using Scriban;
using Scriban.Runtime;

namespace PlanAtlas.Render.Theme;

/// <summary>
/// <c>&lt;a {{ href plan.Href }}&gt;</c> and <c>&lt;a {{ href Page.Next.Href "next" }}&gt;</c>: an anchor's
/// <c>href</c> (and <c>rel</c>) attributes, written by the page's <see cref="LinkWriter"/>. A page left out of a
/// bundle gets its public address with <c>rel="external"</c>, or no <c>href</c> at all, which shows the anchor as text.
/// </summary>
public static class HrefFunction
{
    public const string Name = "href";

    public static RawHtml Attributes(TemplateContext context, SiteLink link, string rel = "")
    {
        var target = ((HtmlTemplateContext)context).Links.Anchor(link);
        var rels = string.Join(' ', new[] { rel, target.External ? "external" : string.Empty }.Where(r => r.Length > 0));
        var href = target.Href is { } value ? $"href=\"{HtmlText.Encode(value)}\"" : string.Empty;
        var relAttribute = rels.Length > 0 ? $"rel=\"{HtmlText.Encode(rels)}\"" : string.Empty;
        return new RawHtml(string.Join(' ', new[] { href, relAttribute }.Where(a => a.Length > 0)));
    }

    public static void AddTo(ScriptObject globals)
    {
        globals.Import(Name, new Func<TemplateContext, SiteLink, string, RawHtml>(Attributes));
        globals.SetReadOnly(Name, true);
    }
}
