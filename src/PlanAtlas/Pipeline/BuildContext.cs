using PlanAtlas.Configuration;
using PlanAtlas.Diagnostics;

namespace PlanAtlas.Pipeline;

/// <summary>What every stage may read: settings, the diagnostics sink, and a way to report progress.</summary>
public sealed class BuildContext(SiteSettings settings, string rootPath, IProgress<string>? progress = null)
{
    public SiteSettings Settings { get; } = settings;

    /// <summary>Findings of every stage; a command passes in the bag that already holds the settings' warnings.</summary>
    public DiagnosticBag Diagnostics { get; init; } = new();

    public string RootPath { get; } = Path.GetFullPath(rootPath);

    /// <summary>"Today" for the build (whether a plan's period has ended); fixed by tests so output is reproducible.</summary>
    public DateOnly BuildDate { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>How long a build waits for another build into the same output folder before it gives up.</summary>
    public TimeSpan OutputLockWait { get; init; } = TimeSpan.FromSeconds(60);

    public void Report(string message) => progress?.Report(message);

    /// <summary>A path as messages show it: relative to the site root, with forward slashes.</summary>
    public string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(RootPath, Path.GetFullPath(path));
        return relative.Replace('\\', '/');
    }
}
