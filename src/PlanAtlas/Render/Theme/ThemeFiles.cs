using PlanAtlas.Diagnostics;
using PlanAtlas.IO;

namespace PlanAtlas.Render.Theme;

/// <summary>
/// Finds a theme file, letting a file of the same relative path under the site's input folder win
/// (input/layouts/plan.sbn-html overrides themes/default/layouts/plan.sbn-html), as Statiq and Hugo do.
/// </summary>
public sealed class ThemeFiles(string themePath, string inputPath)
{
    public string ThemePath { get; } = themePath;

    public string InputPath { get; } = inputPath;

    /// <summary>Every file under a theme folder, overridden by the input's copy of the same path.</summary>
    public IReadOnlyList<(string Relative, string FullPath)> List(string folder)
    {
        var found = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var root in new[] { ThemePath, InputPath })
        {
            var dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (var file in Directory.GetFiles(dir, "*", SearchOption.AllDirectories))
            {
                if (BrokenLink.Describe(file) is { } why)
                {
                    // Read later, mid-render, it would fail without saying which file it was.
                    throw new TemplateException(SourceLocation.StartOf(file), "cannot read the file: " + why);
                }

                found[Path.GetRelativePath(dir, file).Replace('\\', '/')] = file;
            }
        }

        return found.Select(kv => (kv.Key, kv.Value)).ToList();
    }
}
