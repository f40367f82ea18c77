using System.Collections.Concurrent;
using PlanAtlas.Routing;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace PlanAtlas.Render.Theme;

/// <summary>
/// The state of one render. Everything a template writes goes through <see cref="Write(SourceSpan, object)"/>, which
/// HTML-encodes it unless it is <see cref="RawHtml"/>: a plan's <c>&lt;b&gt;</c> or <c>{{ … }}</c> is shown as
/// text whatever the template does, because values are data and are never parsed as template syntax.
/// </summary>
/// <remarks>
/// <para>Links (<see cref="SiteLink"/>) are written by the page's <see cref="LinkWriter"/>: relative to the page being
/// rendered, and recorded for the link check.</para>
/// <para>One context renders one page, its layout, shell and partials (<see cref="Capture"/>), on one thread; call
/// <see cref="Finish"/> when the page's text has been copied out.</para>
/// </remarks>
public sealed class HtmlTemplateContext : TemplateContext
{
    // How templates read a view model's type: found by reflection once per process, not once per page (Scriban keeps
    // them per context). The accessors are read-only once built; every context names members the same way.
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> Accessors = new();

    private readonly LinkWriter _links;
    private readonly OutputPool _outputs = new();

    /// <summary>The most iterations a template's loop may make on one page.</summary>
    public const int MaxLoopIterations = 10_000_000;

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
        // 1 MiB of text) would cut a large plan or index page short, silently in the case of the text. A loop still has
        // a limit, far above any page's (a page stays under 300 kB): an override's `while true` is a located error,
        // not a build that never ends.
        LoopLimit = MaxLoopIterations;
        LimitToString = 0;
        OutputLimit = 0;
    }

    /// <summary>Renders a template (a layout, a partial) with <paramref name="model"/> on top of the globals, into a builder of its own.</summary>
    public RenderedHtml Capture(Template template, ScriptObject model)
    {
        var output = new StringBuilderOutput(_outputs.Take());
        PushGlobal(model);
        PushOutput(output);
        try
        {
            Evaluate(template.Page!);
        }
        finally
        {
            PopOutput();
            PopGlobal();
        }

        return new RenderedHtml(output.Builder);
    }

    /// <summary>The page is finished: its builders go back to the pool, and no <see cref="RenderedHtml"/> of it may be read.</summary>
    public void Finish() => _outputs.Release();

    protected override IObjectAccessor GetMemberAccessorImpl(object target) =>
        (target is IScriptObject ? base.GetMemberAccessorImpl(target) : Accessors.GetOrAdd(target.GetType(), _ => base.GetMemberAccessorImpl(target) ?? NullAccessor.Default))
        ?? NullAccessor.Default;

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        RawHtml raw => Write(raw.Html),
        RenderedHtml rendered when Output is StringBuilderOutput output => Append(output, rendered),
        SiteLink link => Write(HtmlText.Encode(_links.Write(link))),
        SiteRoot => Write(HtmlText.Encode(_links.Root)),
        _ => Write(HtmlText.Encode(ObjectToString(textAsObject) ?? string.Empty)),
    };

    private HtmlTemplateContext Append(StringBuilderOutput output, RenderedHtml rendered)
    {
        output.Builder.Append(rendered.Builder);
        return this;
    }

    /// <summary>
    /// A value that already is what is asked for is handed over as it is. Scriban converts every argument of every
    /// function call (a <c>partial</c>'s model, an <c>href</c>'s link) by asking the type a chain of questions first,
    /// several times per page line; it would hand these over unchanged too.
    /// </summary>
    public override object? ToObject(SourceSpan span, object? value, Type destinationType) =>
        destinationType == typeof(object) || (value is not null && value.GetType() == destinationType)
            ? value
            : base.ToObject(span, value, destinationType);

    /// <summary>An empty text is false, as it was for Handlebars: <c>if plan.Issuer</c> hides an empty issuer.</summary>
    public override bool ToBool(SourceSpan span, object? value) =>
        value is string text ? text.Length > 0 : base.ToBool(span, value);
}
