using PlanAtlas.Routing;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PlanAtlas.Render.Theme;

/// <summary>
/// Renders a page: the layout of its kind, then <c>layouts/baseof.sbn-html</c> around it. The templates are parsed
/// once (see <see cref="TemplateEngineCache"/>); each render has its own context, so pages render in parallel without
/// a lock.
/// </summary>
public sealed class TemplateEngine
{
    private const string Shell = "baseof";
    private readonly ThemeTemplates _templates;
    private readonly ScriptObject _functions;

    public TemplateEngine(ThemeTemplates templates)
    {
        _templates = templates;
        _functions = new ScriptObject();
        new PartialFunction(templates.Partials).AddTo(_functions, PartialFunction.Name);
        new HrefFunction().AddTo(_functions, HrefFunction.Name);
        // A theme without a shell fails the build at once, not at each of its pages.
        _ = Layout(Shell);
    }

    /// <param name="links">Writes the page's links relative to its file, and keeps them for the link check.</param>
    public string Render(string layout, PageShell shell, object page, LinkWriter links)
    {
        // One context for the layout, the shell and their partials: the model's accessors and the output builders serve them all.
        var context = new HtmlTemplateContext(links);
        context.PushGlobal(_functions);
        try
        {
            var main = context.Capture(Layout(layout), new ScriptObject { ["Site"] = shell, ["Page"] = page });
            return context.Capture(Layout(Shell), new ScriptObject { ["Site"] = shell, ["Page"] = page, ["Main"] = main }).ToString();
        }
        catch (ScriptRuntimeException ex)
        {
            throw TemplateException.At(ex.Span, ex.OriginalMessage, ex);
        }
        finally
        {
            context.Finish();
        }
    }

    private Template Layout(string name) =>
        _templates.Layouts.TryGetValue(name, out var template)
            ? template
            : throw new TemplateException(
                Diagnostics.SourceLocation.StartOf(_templates.LayoutsFolder),
                $"the theme has no layout '{name}{ThemeTemplates.Extension}'");
}
