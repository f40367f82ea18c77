using System.Collections.Concurrent;

namespace PlanAtlas.Render.Theme;

/// <summary>
/// One engine per theme and input folder for the life of the process, so that a build, and every rebuild of a
/// preview session, reuses the parsed templates; a new engine only when a template was added, removed or changed.
/// </summary>
public static class TemplateEngineCache
{
    private static readonly ConcurrentDictionary<(string Theme, string Input), (string Stamp, TemplateEngine Engine)> Engines = new();

    public static TemplateEngine For(ThemeFiles files)
    {
        var key = (Path.GetFullPath(files.ThemePath), Path.GetFullPath(files.InputPath));
        var stamp = Stamp(files);
        if (Engines.TryGetValue(key, out var cached) && cached.Stamp == stamp)
        {
            return cached.Engine;
        }

        // Two builds that miss at once both parse; the later one wins. Cheaper than a lock on every build.
        var engine = new TemplateEngine(ThemeTemplates.Parse(files));
        Engines[key] = (stamp, engine);
        return engine;
    }

    /// <summary>Which template files there are and when each was last written: a change to any makes a new stamp.</summary>
    private static string Stamp(ThemeFiles files) =>
        string.Join('\n', files.List("layouts").Select(f =>
        {
            var info = new FileInfo(f.FullPath);
            return $"{f.FullPath}|{info.LastWriteTimeUtc.Ticks}|{info.Length}";
        }));
}
