using Scriban;

namespace PlanAtlas.Render.Theme;

/// <summary>
/// The theme's layouts (<c>layouts/*.sbn-html</c>, one per page kind and <c>baseof</c>) and partials
/// (<c>layouts/_partials/*.sbn-html</c>), each parsed once. A parsed template is immutable: any number of renders may
/// use it at once, each with its own context.
/// </summary>
public sealed class ThemeTemplates
{
    public const string Extension = ".sbn-html";
    private const string PartialsFolder = "_partials/";

    private ThemeTemplates(string layoutsFolder, IReadOnlyDictionary<string, Template> layouts, IReadOnlyDictionary<string, Template> partials)
    {
        LayoutsFolder = layoutsFolder;
        Layouts = layouts;
        Partials = partials;
    }

    /// <summary>Where a missing layout is reported.</summary>
    public string LayoutsFolder { get; }

    public IReadOnlyDictionary<string, Template> Layouts { get; }

    public IReadOnlyDictionary<string, Template> Partials { get; }

    /// <summary>Parses every template; throws the first error of each file that has one.</summary>
    public static ThemeTemplates Parse(ThemeFiles files)
    {
        var layouts = new Dictionary<string, Template>(StringComparer.Ordinal);
        var partials = new Dictionary<string, Template>(StringComparer.Ordinal);
        var errors = new List<TemplateException>();
        foreach (var (relative, fullPath) in files.List("layouts").Where(f => f.Relative.EndsWith(Extension, StringComparison.Ordinal)))
        {
            var template = Template.Parse(File.ReadAllText(fullPath), fullPath);
            if (template.HasErrors)
            {
                // Scriban goes on after an error and its later messages mostly follow from the first.
                var first = template.Messages.First(m => m.Type == Scriban.Parsing.ParserMessageType.Error);
                errors.Add(TemplateException.At(first.Span, first.Message));
                continue;
            }

            var name = relative[..^Extension.Length];
            if (name.StartsWith(PartialsFolder, StringComparison.Ordinal))
            {
                partials[name[PartialsFolder.Length..]] = template;
            }
            else
            {
                layouts[name] = template;
            }
        }

        return errors.Count switch
        {
            0 => new ThemeTemplates(Path.Combine(files.ThemePath, "layouts"), layouts, partials),
            1 => throw errors[0],
            _ => throw new AggregateException(errors),
        };
    }
}
