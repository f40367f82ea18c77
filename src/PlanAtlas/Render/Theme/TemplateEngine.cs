using System.Collections.Concurrent;
using HandlebarsDotNet;

namespace PlanAtlas.Render.Theme;

/// <summary>
/// Handlebars.Net over the theme's <c>layouts/</c>: partials from <c>layouts/_partials/</c>, one layout per
/// page kind, each rendered into <c>layouts/baseof.hbs</c>. Templates only format view models; every
/// <c>{{value}}</c> is HTML-escaped, and only C#-built markup is passed with triple braces.
/// </summary>
public sealed class TemplateEngine
{
    private readonly IHandlebars _handlebars;
    private readonly HandlebarsTemplate<object, object> _baseof;
    // Pages render in parallel: each layout is compiled once, by the first page that needs it; compiled templates
    // may then run on any thread.
    private readonly ConcurrentDictionary<string, Lazy<HandlebarsTemplate<object, object>>> _layouts = new(StringComparer.Ordinal);
    private readonly Lock _compiling = new();
    private readonly ThemeFiles _files;

    public TemplateEngine(ThemeFiles files)
    {
        _files = files;
        _handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = true });
        foreach (var (relative, fullPath) in files.List("layouts/_partials"))
        {
            var name = Path.ChangeExtension(relative, null);
            _handlebars.RegisterTemplate(name, File.ReadAllText(fullPath));
        }

        _baseof = Compile("baseof");
    }

    /// <summary>Renders a page: the layout of its kind, inside the shell.</summary>
    public string Render(string layout, PageShell shell, object page)
    {
        var template = _layouts.GetOrAdd(layout, name => new Lazy<HandlebarsTemplate<object, object>>(() => Compile(name))).Value;
        var main = template(new { Site = shell, Page = page });
        return _baseof(new { Site = shell, Page = page, Main = main });
    }

    private HandlebarsTemplate<object, object> Compile(string layout)
    {
        var source = _files.ReadText($"layouts/{layout}.hbs");
        try
        {
            lock (_compiling)
            {
                return _handlebars.Compile(source);
            }
        }
        catch (HandlebarsException ex)
        {
            throw new TemplateException($"layouts/{layout}.hbs: {ex.Message}", ex);
        }
    }
}

public sealed class TemplateException(string message, Exception inner) : Exception(message, inner);
