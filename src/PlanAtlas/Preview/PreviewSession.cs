using PlanAtlas.Configuration;
using PlanAtlas.Diagnostics;
using PlanAtlas.Pipeline;

namespace PlanAtlas.Preview;

/// <summary>
/// Build, serve, watch, rebuild: the <c>preview</c> command. A failed rebuild keeps the last good site being
/// served (the build only swaps output on success) and shows its errors in the terminal and the page.
/// </summary>
public sealed class PreviewSession : IDisposable
{
    private readonly Func<BuildContext> _newContext;
    private readonly Action<BuildResult> _report;
    // Never disposed: a watcher callback may still be waiting on it while the session stops (it has no wait handle).
    private readonly SemaphoreSlim _building = new(1, 1);
    private volatile bool _disposed;
    private readonly BuildCache _cache = new();
    private readonly SiteServer _server;
    private readonly LiveReloadHub _liveReload = new();
    private readonly Func<SiteWatcher> _newWatcher;
    private SiteWatcher? _watcher;

    /// <exception cref="ServerStartException">The host is not loopback and <paramref name="allowRemote"/> is false.</exception>
    public PreviewSession(
        SiteSettings settings, string rootPath, string host, int port, Action<BuildResult> report, string? settingsFile = null, bool allowRemote = false)
    {
        _newContext = () => new BuildContext(ServedHere(SiteSettingsReloaded(settings, rootPath, settingsFile)), rootPath);
        _report = report;
        Listen = ListenAddress.Parse(host, allowRemote);
        _server = new SiteServer(settings.OutputPath, Listen, port, _liveReload);
        _newWatcher = () => new SiteWatcher(
            [settings.InputPath, settings.ThemePath],
            settingsFile ?? Path.Combine(rootPath, "statiq.json"),
            settings.OutputPath,
            RebuildAfterChange,
            TimeSpan.FromMilliseconds(150));
    }

    public ListenAddress Listen { get; }

    /// <summary>The real address, once started (with the port found when 0 was asked for).</summary>
    public string Address => _server.Address;

    /// <summary>
    /// Listens first, so that a busy port is reported at once rather than after a whole build; then watches and builds.
    /// </summary>
    /// <exception cref="ServerStartException">The port is taken or the address cannot be listened on; nothing was built.</exception>
    public BuildResult Start()
    {
        _server.Start();
        _watcher = _newWatcher();
        return Rebuild();
    }

    // A change noticed while the session is being stopped must not start a build on a closed server.
    private void RebuildAfterChange()
    {
        if (!_disposed)
        {
            Rebuild();
        }
    }

    /// <summary>Rebuilds once (later changes queue behind a running build) and tells open pages.</summary>
    public BuildResult Rebuild()
    {
        _building.Wait();
        try
        {
            if (_disposed)
            {
                return new BuildResult(false, [], new StageTimings(), null, 0, 0);
            }

            var result = new SitePipeline(_newContext(), _cache).Build();

            // Pages first: they reload while the console prints the build's warnings.
            if (result.Succeeded)
            {
                _liveReload.NotifyReload();
            }
            else
            {
                _liveReload.NotifyFailed(string.Join("\n", result.Diagnostics.Where(d => d.Severity == Severity.Error)));
            }

            _report(result);

            _ = IdleCollection.After(IdleCollection.Delay, _building, IdleCollection.Now);
            return result;
        }
        finally
        {
            _building.Release();
        }
    }

    /// <summary>
    /// The preview's own address is the site's public address while it serves it: canonical links, og:url, absolute
    /// permalinks and sitemap.xml point at <c>http://127.0.0.1:PORT/</c>, neither absent nor at the production host.
    /// The server listens before the first build (<see cref="Start"/>), so the port is known, also when 0 was asked for.
    /// </summary>
    private SiteSettings ServedHere(SiteSettings settings)
    {
        settings.BaseUrl = _server.Address;
        settings.Locate(nameof(SiteSettings.BaseUrl), SourceLocation.Option("preview"));
        return settings;
    }

    // statiq.json is watched too, so every build reads it again; the folders (input, output, theme, packages) stay as started.
    private static SiteSettings SiteSettingsReloaded(SiteSettings started, string rootPath, string? settingsFile)
    {
        var settings = SiteSettings.Load(rootPath, settingsFile);
        settings.InputPath = started.InputPath;
        settings.OutputPath = started.OutputPath;
        settings.ThemePath = started.ThemePath;
        settings.NodeModulesPath = started.NodeModulesPath;
        return settings;
    }

    /// <summary>Stops watching, lets a running build finish, then stops the server.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _watcher?.Dispose();
        _building.Wait();
        try
        {
            _server.Dispose();
        }
        finally
        {
            _building.Release();
        }
    }
}
