using PlanAtlas.Routing;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PlanAtlas.Render.Theme;

/// <summary>
/// The state of one render. Everything a template writes goes through <see cref="Write(SourceSpan, object)"/>, which
/// HTML-encodes it unless it is <see cref="RawHtml"/>: a plan's <c>&lt;b&gt;</c> or <c>{{ … }}</c> is shown as
/// text whatever the template does, because values are data and are never parsed as template syntax.
/// </summary>
/// <remarks>
/// Links (<see cref="SiteLink"/>) are written by the page's <see cref="LinkWriter"/>: relative to the page being
/// rendered, and recorded for the link check.
/// </remarks>
public sealed class HtmlTemplateContext : TemplateContext
{
    private readonly LinkWriter _links;

    /// <summary>The page's link writer, for <see cref="HrefFunction"/>.</summary>
    public LinkWriter Links => _links;

    /// <summary>No built-in functions: templates loop and test what C# computed; they do not compute.</summary>
    public HtmlTemplateContext(LinkWriter links)
        : base(new ScriptObject())
    {
        _links = links;
        // A typo in a template (an unknown variable or member) is an error, not an empty string.
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;

        // The view models' C# names, as written (Scriban would otherwise expect snake_case).
        MemberRenamer = member => member.Name;

        // The output is exactly the template's text: no indentation added to multi-line values.
        AutoIndent = false;

        // Scriban's sandbox limits are for untrusted templates; ours are the theme's. Its defaults (1000 iterations,
        // 1 MiB of text) would cut a large plan or index page short, silently in the case of the text.
        LoopLimit = 0;
        LimitToString = 0;
        OutputLimit = 0;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        RawHtml raw => Write(raw.Html),
        SiteLink link => Write(HtmlText.Encode(_links.Write(link))),
        SiteRoot => Write(HtmlText.Encode(_links.Root)),
        _ => Write(HtmlText.Encode(ObjectToString(textAsObject) ?? string.Empty)),
    };

    /// <summary>An empty text is false, as it was for Handlebars: <c>if plan.Issuer</c> hides an empty issuer.</summary>
    public override bool ToBool(SourceSpan span, object? value) =>
        value is string text ? text.Length > 0 : base.ToBool(span, value);
}
