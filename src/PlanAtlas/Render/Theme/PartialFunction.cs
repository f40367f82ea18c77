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
    : TemplateFunction(new ScriptParameterInfo(typeof(string), "name"), new ScriptParameterInfo(typeof(object), ModelVariable, null))
{
    public const string Name = "partial";
    public const string ModelVariable = "model";

    protected override object Call(HtmlTemplateContext context, Arguments arguments)
    {
        var name = arguments[0] as string ?? string.Empty;
        if (!partials.TryGetValue(name, out var template))
        {
            throw new ScriptRuntimeException(context.CurrentSpan, $"unknown partial '{name}': there is no layouts/_partials/{name}{ThemeTemplates.Extension}");
        }

        return context.Capture(template, new ScriptObject { [ModelVariable] = arguments[1] });
    }
}
