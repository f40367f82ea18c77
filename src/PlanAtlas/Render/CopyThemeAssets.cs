using PlanAtlas.Render.Theme;
using PlanAtlas.Write;

namespace PlanAtlas.Render;

/// <summary>Copies the theme's <c>assets/</c> to <c>/assets/</c> and its <c>static/</c> files to the site root, as they are.</summary>
public sealed class CopyThemeAssets(ThemeFiles theme)
{
    public void Run(SiteFiles files)
    {
        foreach (var (relative, fullPath) in theme.List("assets"))
        {
            files.Add("assets/" + relative, File.ReadAllBytes(fullPath));
        }

        foreach (var (relative, fullPath) in theme.List("static"))
        {
            files.Add(relative, File.ReadAllBytes(fullPath));
        }
    }
}
