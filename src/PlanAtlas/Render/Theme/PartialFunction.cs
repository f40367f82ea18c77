using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PlanAtlas.Render.Theme;

/// <summary>
/// <c>{{ partial "note" provision.Note }}</c>: renders <c>layouts/_partials/note.sbn-html</c> with its argument as
/// <c>model</c> (the page's <c>Site</c> and <c>Page</c> stay visible) and hands the result back as <see cref="RenderedHtml"/>,
/// so that the calling template writes it unencoded, and only it.
/// </summary>
public sealed class PartialFunction(IReadOnlyDictionary<string, Template> partials)
{
    public const string Name = "partial";
    public const string ModelVariable = "model";

    public RenderedHtml Render(TemplateContext context, string name, object? model = null)
    {
        if (!partials.TryGetValue(name, out var template))
        {
            throw new ScriptRuntimeException(context.CurrentSpan, $"unknown partial '{name}': there is no layouts/_partials/{name}{ThemeTemplates.Extension}");
        }

        return ((HtmlTemplateContext)context).Capture(template, new ScriptObject { [ModelVariable] = model });
    }

    /// <summary>The function as templates see it; read-only, so one instance serves every render on every thread.</summary>
    public ScriptObject AsGlobals()
    {
        var globals = new ScriptObject();
        globals.Import(Name, new Func<TemplateContext, string, object?, RenderedHtml>(Render));
        globals.SetReadOnly(Name, true);
        return globals;
    }
}
