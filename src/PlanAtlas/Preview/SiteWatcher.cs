namespace PlanAtlas.Preview;

/// <summary>
/// Watches the input folder, the theme folder and statiq.json and calls back once per burst of changes:
/// an editor's save often writes a file several times, which should cause one rebuild, not three.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _debounce;
    private readonly string _outputPath;

    public SiteWatcher(IEnumerable<string> folders, string settingsFile, string outputPath, Action onChange, TimeSpan quiet)
    {
        _outputPath = Path.GetFullPath(outputPath);
        _debounce = new Timer(_ => onChange(), null, Timeout.Infinite, Timeout.Infinite);
        void Changed(object? sender, FileSystemEventArgs e)
        {
            // The build writes next to the output; those writes must not trigger another build.
            if (!Path.GetFullPath(e.FullPath).StartsWith(Path.GetDirectoryName(_outputPath)! + Path.DirectorySeparatorChar + ".", StringComparison.Ordinal)
                && !Path.GetFullPath(e.FullPath).StartsWith(_outputPath, StringComparison.Ordinal))
            {
                _debounce.Change(quiet, Timeout.InfiniteTimeSpan);
            }
        }

        foreach (var folder in folders.Where(Directory.Exists))
        {
            _watchers.Add(Watch(new FileSystemWatcher(folder) { IncludeSubdirectories = true }, Changed));
        }

        if (File.Exists(settingsFile))
        {
            _watchers.Add(Watch(new FileSystemWatcher(Path.GetDirectoryName(Path.GetFullPath(settingsFile))!, Path.GetFileName(settingsFile)), Changed));
        }
    }

    private static FileSystemWatcher Watch(FileSystemWatcher watcher, FileSystemEventHandler handler)
    {
        watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;
        watcher.Changed += handler;
        watcher.Created += handler;
        watcher.Deleted += handler;
        watcher.Renamed += (s, e) => handler(s, e);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _debounce.Dispose();
    }
}
